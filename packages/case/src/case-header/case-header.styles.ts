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
      flex: 1 1 100%;
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
    :host(:lang(fr)) dt::after {
      content: '\\202f:';
    }
    dd {
      margin: 0;
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    /* The exit control: its button and live message beside the name, the form below the facts. */
    .exit {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${token('space-xs')} ${token('space-m')};
      margin-inline-start: auto;
    }
    .message {
      margin: 0;
      font-size: ${token('font-size-small')};
    }
    .message.failed {
      color: ${token('color-error')};
      font-weight: 600;
    }
    [part='exit-form'] {
      flex: 1 1 100%;
      min-inline-size: 0;
    }
    fieldset {
      margin: 0;
      padding: ${token('space-s')} ${token('space-m')};
      border: 1px solid ${token('color-border-subtle')};
      border-radius: ${token('radius')};
      background: var(--ias-case-header-form-bg, ${token('color-surface-raised')});
      min-inline-size: 0;
    }
    legend {
      padding-inline: ${token('space-xs')};
      font-weight: 600;
    }
    .fields {
      display: flex;
      flex-wrap: wrap;
      align-items: start;
      gap: ${token('space-s')} ${token('space-m')};
    }
    .fields > * {
      min-inline-size: 0;
      max-inline-size: 100%;
    }
    .field {
      display: grid;
      gap: ${token('space-xs')};
    }
    /* The date input's label is bold; the selects' labels match it. */
    ias-select::part(label) {
      font-size: inherit;
      font-weight: 600;
      color: inherit;
    }
    .field-error,
    .errors {
      margin: 0;
      color: ${token('color-error')};
      font-weight: 600;
    }
    .errors {
      margin-block-end: ${token('space-s')};
      padding: ${token('space-xs')} ${token('space-s')};
      border-inline-start: 4px solid ${token('color-error')};
    }
    .errors p,
    .errors ul {
      margin: 0;
    }
    .errors ul {
      padding-inline-start: 1.25rem;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: ${token('space-s')};
      margin-block-start: ${token('space-s')};
    }
    @media (forced-colors: active) {
      .errors {
        border-inline-start-color: CanvasText;
      }
    }
  }
`;
