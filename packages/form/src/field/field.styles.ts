import { css } from 'lit';
import { token } from '@ias-kit/ui';

export const fieldStyles = css`
  @layer ias-component {
    /* Plain block layout: the cheapest to lay out, so long forms render close to the plain-DOM floor. */
    .field {
      display: block;
      margin-block-end: ${token('space-m')};
    }
    .field > label,
    .field > .help,
    .field > .error {
      display: block;
      margin-block: ${token('space-xs')};
    }
    .field.check > label {
      display: inline;
      margin-inline-start: ${token('space-s')};
    }
    .field.check > .help,
    .field.check > .error {
      margin-inline-start: 1.75rem;
    }
    label,
    legend {
      font-weight: 600;
    }
    /* Long words (German compounds) wrap instead of widening the page at 320 px (WCAG 1.4.10). */
    label,
    legend,
    .help,
    .error {
      overflow-wrap: anywhere;
    }
    fieldset {
      min-inline-size: 0;
    }
    /* Checkboxes and radios are targets of at least 24 × 24 px (WCAG 2.5.8). */
    input[type='checkbox'],
    input[type='radio'] {
      inline-size: 1.5rem;
      block-size: 1.5rem;
      margin: 0;
      vertical-align: middle;
      flex: none;
    }
    .option {
      font-weight: normal;
      display: flex;
      gap: ${token('space-s')};
      align-items: center;
    }
    .date-time {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${token('space-s')};
    }
    .entries {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .entry {
      margin-block-end: ${token('space-m')};
    }
    .options {
      display: flex;
      flex-wrap: wrap;
      gap: ${token('space-s')} ${token('space-m')};
    }
    input:not([type='checkbox']):not([type='radio']),
    select,
    textarea {
      font: inherit;
      color: inherit;
      background: ${token('color-surface')};
      border: 1px solid ${token('color-border')};
      border-radius: ${token('radius')};
      padding: ${token('space-xs')} ${token('space-s')};
      inline-size: 100%;
      max-inline-size: var(--ias-form-control-max-width, 40rem);
    }
    textarea.json {
      font-family: ui-monospace, monospace;
      font-size: ${token('font-size-small')};
    }
    [readonly] {
      background: ${token('color-surface-raised')};
      border-style: dashed;
    }
    [aria-invalid='true'] {
      border-color: ${token('color-error')} !important;
      border-width: 2px !important;
    }
    .req {
      color: ${token('color-error')};
    }
    .help {
      color: ${token('color-text-muted')};
      font-size: ${token('font-size-small')};
    }
    .error {
      color: ${token('color-error')};
      font-size: ${token('font-size-small')};
      font-weight: 600;
    }
    .error::before {
      content: '⚠ ';
    }
    /* Off-screen groups of a long form skip layout and paint until scrolled to (still in the a11y tree). */
    fieldset.object,
    fieldset.array {
      content-visibility: auto;
      contain-intrinsic-size: auto 12rem;
    }
    fieldset {
      border: 1px solid ${token('color-border-subtle')};
      border-radius: ${token('radius')};
      padding: ${token('space-s')} ${token('space-m')};
      margin: 0 0 ${token('space-m')};
      min-inline-size: 0;
    }
    fieldset.invalid {
      border-color: ${token('color-error')};
    }
    .cols-2,
    .cols-3,
    .cols-4 {
      display: grid;
      column-gap: ${token('space-m')};
    }
    .cols-2 {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .cols-3 {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
    .cols-4 {
      grid-template-columns: repeat(4, minmax(0, 1fr));
    }
    .items {
      list-style: none;
      padding: 0;
      margin: 0;
      display: grid;
      gap: ${token('space-s')};
    }
    .item {
      border-inline-start: 3px solid ${token('color-border-subtle')};
      padding-inline-start: ${token('space-s')};
    }
    .item-actions {
      display: flex;
      gap: ${token('space-xs')};
      margin-block-end: ${token('space-s')};
    }
    button {
      font: inherit;
      font-size: ${token('font-size-small')};
      color: ${token('color-primary')};
      background: ${token('color-surface')};
      border: 1px solid ${token('color-primary')};
      border-radius: ${token('radius')};
      padding: ${token('space-xs')} ${token('space-s')};
      cursor: pointer;
    }
    button:disabled {
      color: ${token('color-text-muted')};
      border-color: ${token('color-border-subtle')};
      cursor: default;
    }
    .empty {
      color: ${token('color-text-muted')};
      margin: 0 0 ${token('space-s')};
    }
    @media (max-width: 40rem) {
      .fields {
        grid-template-columns: 1fr !important;
      }
    }
  }
`;
