import { css } from 'lit';
import { token } from '@ias-kit/ui';

export const caseListStyles = css`
  @layer ias-component {
    /* display, colour, font and [hidden]: baseStyles of @ias-kit/ui */
    [part='base'] {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: ${token('space-m')};
    }
    .scroll:focus-visible {
      outline: 2px solid ${token('color-focus')};
      outline-offset: 2px;
    }
    h2,
    h3 {
      margin: 0;
    }
    [part='filters'] {
      display: flex;
      flex-wrap: wrap;
      gap: ${token('space-s')} ${token('space-m')};
      align-items: end;
    }
    label {
      display: grid;
      min-inline-size: 0;
      max-inline-size: 100%;
      gap: ${token('space-xs')};
      font-size: ${token('font-size-small')};
    }
    input,
    select,
    button {
      font: inherit;
      max-inline-size: 100%;
      min-block-size: 1.5rem;
    }
    button {
      cursor: pointer;
    }
    :is(input, select, button):focus-visible {
      outline: 2px solid ${token('color-focus')};
      outline-offset: 2px;
    }
    /* Wide tables scroll inside their own labelled region (WCAG 1.4.10), not the page. */
    .scroll {
      overflow-x: auto;
      max-inline-size: 100%;
    }
    [part='table'] {
      min-inline-size: 62rem;
    }
    select,
    input {
      max-inline-size: 100%;
    }
    [part='filters'] label {
      max-inline-size: 100%;
      min-inline-size: 0;
    }
    .row > [role='cell'],
    .row > [role='columnheader'] {
      min-inline-size: 0;
      overflow: hidden;
      white-space: nowrap;
      text-overflow: ellipsis;
    }
    .row {
      display: grid;
      grid-template-columns:
        9rem minmax(10rem, 1.5fr) minmax(8rem, 1fr) 5rem 6rem 6rem minmax(10rem, 1.5fr)
        minmax(10rem, 1.5fr);
      gap: ${token('space-s')};
      align-items: center;
      inline-size: 100%;
      block-size: 2.75rem;
      overflow: hidden;
      box-sizing: border-box;
      padding-inline: ${token('space-s')};
      border-block-end: 1px solid ${token('color-border-subtle')};
    }
    [role='columnheader'] {
      font-weight: 600;
    }
    [role='columnheader'] button {
      background: none;
      border: none;
      padding: 0;
      font-weight: inherit;
      text-align: start;
      color: inherit;
    }
    [part='list'] {
      block-size: var(--ias-case-list-height, 28rem);
      overflow: auto;
      contain: strict;
    }
    .name {
      background: none;
      border: none;
      padding: 0;
      color: ${token('color-primary')};
      text-decoration: underline;
      text-align: start;
    }
    table {
      border-collapse: collapse;
    }
    th,
    td {
      text-align: start;
      padding-block: ${token('space-xs')};
      padding-inline: ${token('space-s')};
      border-block-end: 1px solid ${token('color-border-subtle')};
    }
    td.num {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
    @media print {
      [part='list'] {
        block-size: auto;
        overflow: visible;
        contain: none;
      }
    }
  }
`;
