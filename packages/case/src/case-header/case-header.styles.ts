import { css } from 'lit';
import { token } from '@ias-kit/ui';

export const caseHeaderStyles = css`
  @layer ias-component {
    [part='base'] {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: ${token('space-xs')} ${token('space-l')};
      padding-block-end: ${token('space-s')};
      border-block-end: var(--ias-case-header-border, 2px solid ${token('color-border-subtle')});
    }
    [part='name'] {
      margin: 0;
      font-size: var(--ias-case-header-name-size, ${token('font-size-large')});
      font-weight: 700;
      line-height: 1.25;
      overflow-wrap: anywhere;
    }
    [part='facts'] {
      display: flex;
      flex-wrap: wrap;
      gap: ${token('space-xs')} ${token('space-l')};
      margin: 0;
    }
    .fact {
      display: flex;
      flex-wrap: wrap;
      gap: 0 ${token('space-xs')};
      min-inline-size: 0;
    }
    dt {
      color: ${token('color-text-muted')};
      font-size: ${token('font-size-small')};
    }
    dt::after {
      content: ':';
    }
    dd {
      margin: 0;
      font-weight: 600;
      overflow-wrap: anywhere;
    }
  }
`;
