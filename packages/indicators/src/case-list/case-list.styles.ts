import { css } from 'lit';
import { token } from '@ias-kit/ui';

export const caseListStyles = css`
  @layer ias-component {
    /* display, colour, font and [hidden]: baseStyles of @ias-kit/ui */
    :host {
      container-type: inline-size;
    }
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
    /* The cockpit's toolbar: the kit's selects and buttons, all 24 px targets, in one wrapping row. */
    [part='filters'] {
      display: flex;
      flex-wrap: wrap;
      gap: ${token('space-s')} ${token('space-m')};
      align-items: end;
    }
    [part='filters'] ias-select {
      max-inline-size: 14rem;
    }
    /* The search field in the look of <ias-select size="small"> (the kit has no text field of its own). */
    .search {
      display: inline-flex;
      flex-direction: column;
      gap: 0.125rem;
      min-inline-size: 0;
      max-inline-size: 100%;
    }
    .search span {
      font-size: ${token('font-size-small')};
      color: ${token('color-text-muted')};
    }
    .search input {
      box-sizing: border-box;
      min-block-size: max(24px, var(--ias-control-height-small, 1.5rem));
      inline-size: 14rem;
      max-inline-size: 100%;
      margin: 0;
      padding-block: 0;
      padding-inline: 0.5rem;
      border: 1px solid ${token('color-border')};
      border-radius: ${token('radius')};
      background: ${token('color-surface')};
      color: ${token('color-text')};
      font: inherit;
      font-size: ${token('font-size-small')};
    }
    .search input:focus-visible {
      outline: 2px solid ${token('color-focus')};
      outline-offset: 2px;
    }
    @media (forced-colors: active) {
      .search input {
        border-color: ButtonText;
      }
    }
    /* Wide tables scroll inside their own labelled region (WCAG 1.4.10), not the page. */
    .scroll {
      overflow-x: auto;
      max-inline-size: 100%;
    }
    [part='table'] {
      min-inline-size: 77rem;
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
        10.5rem minmax(10rem, 1.5fr) minmax(8rem, 1fr) minmax(9rem, 1fr) 7rem 7rem
        minmax(10rem, 1.5fr) minmax(10rem, 1.5fr);
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
    /* The light's word ends in an ellipsis like every cell's text (the full word is the cell's title). */
    .light ias-status-light {
      display: block;
      max-inline-size: 100%;
    }
    .light ias-status-light::part(base) {
      display: flex;
      max-inline-size: 100%;
    }
    .light ias-status-light::part(text) {
      min-inline-size: 0;
      overflow: hidden;
      white-space: nowrap;
      text-overflow: ellipsis;
    }
    /* Headers may wrap to two lines inside the row's height; their buttons' focus ring stays visible. */
    .row > [role='columnheader'] {
      overflow: visible;
      white-space: normal;
      line-height: 1.2;
      font-size: ${token('font-size-small')};
    }
    /* A sortable header: a quiet kit button (24 px target) holding the label and the sort arrow. */
    [role='columnheader'] ias-button {
      --ias-button-padding-inline-small: 0.25rem;
      --ias-button-quiet-fg: ${token('color-text')};
      max-inline-size: 100%;
      margin-inline-start: -0.25rem;
    }
    [role='columnheader'] ias-button::part(base) {
      justify-content: start;
      text-align: start;
    }
    .arrow {
      inline-size: 0.75rem;
      block-size: 0.75rem;
      flex: none;
    }
    [part='list'] {
      block-size: var(--ias-case-list-height, 28rem);
      overflow: auto;
      contain: strict;
    }
    /* The person's name opens the case: a link-like button (one tab stop per row), a 24 px target. */
    .name {
      min-block-size: 24px;
      max-inline-size: 100%;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
      margin: 0;
      background: none;
      border: none;
      padding: 0;
      font: inherit;
      color: ${token('color-primary')};
      text-decoration: underline;
      text-align: start;
      cursor: pointer;
    }
    .name:focus-visible {
      outline: 2px solid ${token('color-focus')};
      outline-offset: -2px;
    }
    @media (forced-colors: active) {
      .name {
        color: LinkText;
      }
    }
    .hint {
      margin: 0;
      color: ${token('color-text-muted')};
      font-size: ${token('font-size-small')};
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
    /*
     * Narrow (as the cockpit): the filters two by two; each person on four short lines (light and name; status
     * and age; worker and years; resources and measures), the values that need it named; the headers become a
     * wrapping row of sort buttons. The list never scrolls sideways.
     */
    @container (max-width: 40rem) {
      [part='table'] {
        min-inline-size: 0;
      }
      .row.head {
        display: flex;
        flex-wrap: wrap;
        block-size: auto;
        gap: ${token('space-xs')} ${token('space-s')};
        padding-block: ${token('space-xs')};
      }
      .row.head > [role='columnheader'] {
        white-space: nowrap;
      }
      .row:not(.head) {
        grid-template-columns: 1.25rem minmax(0, 1fr) minmax(0, 1fr);
        grid-template-areas:
          'light person person'
          '. status age'
          '. worker years'
          '. resources measures';
        row-gap: 0;
        align-content: center;
        block-size: 5.75rem;
        font-size: ${token('font-size-small')};
      }
      .light {
        grid-area: light;
      }
      .person {
        grid-area: person;
        font-size: ${token('font-size')};
      }
      .status {
        grid-area: status;
      }
      .age {
        grid-area: age;
      }
      .worker {
        grid-area: worker;
      }
      .years {
        grid-area: years;
      }
      .resources {
        grid-area: resources;
      }
      .measures {
        grid-area: measures;
      }
      [data-label]::before {
        content: attr(data-label) ': ';
        color: ${token('color-text-muted')};
      }
      /* The light as its icon (its word stays for screen readers and in the cell's title). */
      .light ias-status-light::part(text) {
        position: absolute;
        inline-size: 1px;
        block-size: 1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
      [part='filters'] {
        display: grid;
        grid-template-columns: repeat(2, minmax(0, 1fr));
        gap: ${token('space-xs')} ${token('space-s')};
      }
      [part='filters'] ias-select,
      .search input {
        max-inline-size: none;
        inline-size: 100%;
      }
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
