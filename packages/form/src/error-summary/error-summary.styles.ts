import { css } from 'lit';
import { token } from '@ias-kit/ui';

export const errorSummaryStyles = css`
  @layer ias-component {
    .summary {
      border: 4px solid ${token('color-error')};
      border-radius: ${token('radius')};
      padding: ${token('space-s')} ${token('space-m')};
      margin-block-end: ${token('space-m')};
    }
    .summary:focus {
      outline: 3px solid ${token('color-focus')};
      outline-offset: 2px;
    }
    .heading {
      font-size: 1.2em;
      font-weight: 700;
      margin: 0 0 ${token('space-xs')};
    }
    .count {
      margin: 0 0 ${token('space-xs')};
    }
    ul {
      margin: 0;
      padding-inline-start: 1.2em;
    }
    li {
      margin-block: ${token('space-xs')};
    }
    .group {
      font-weight: 700;
    }
    .group > ul {
      font-weight: 400;
    }
    a {
      color: ${token('color-error')};
      font-weight: 700;
      text-decoration: underline;
    }
    a:focus-visible {
      outline: 3px solid ${token('color-focus')};
      outline-offset: 1px;
    }
  }
`;
