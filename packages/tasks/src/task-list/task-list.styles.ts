import { css } from 'lit';
import { token } from '@ias-kit/ui';

export const taskListStyles = css`
  @layer ias-component {
    :host {
      display: block;
      container-type: inline-size;
    }
    [part='toolbar'] {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: ${token('space-s')} ${token('space-m')};
      margin-block-end: ${token('space-s')};
    }
    [part='toolbar'] ias-select {
      max-inline-size: 14rem;
    }
    /* Its options come when it is first focused: a fixed width, so the toolbar does not move then. */
    [part='toolbar'] ias-select[name='person']::part(select) {
      inline-size: 14rem;
    }
    .lights {
      display: flex;
      flex-wrap: wrap;
      gap: ${token('space-xs')};
    }
    .light-filter .n {
      font-variant-numeric: tabular-nums;
    }
    .light-filter ias-status-light {
      font-weight: 400;
      margin-inline-end: ${token('space-xs')};
    }
    .status-line {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${token('space-xs')} ${token('space-m')};
      min-block-size: 1.75rem;
    }
    [part='progress'] {
      inline-size: 10rem;
      max-inline-size: 100%;
      accent-color: ${token('color-primary')};
    }
    .notice {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${token('space-s')};
    }
    .notice p {
      margin: 0;
    }
    .notice.failed p {
      color: ${token('color-error')};
      font-weight: 600;
    }
    [part='count'] {
      margin: 0;
      color: ${token('color-text-muted')};
      font-size: ${token('font-size-small')};
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    h3 {
      margin: ${token('space-s')} 0 0;
      padding-block: ${token('space-xs')};
      font-size: ${token('font-size')};
      border-block-end: 2px solid ${token('color-border-subtle')};
    }
    .muted {
      color: ${token('color-text-muted')};
      font-weight: 400;
      font-size: ${token('font-size-small')};
    }
    /* One grid for the header and every row, so the columns line up whatever the text. */
    .head,
    [part~='row'] {
      display: grid;
      grid-template-columns: var(
        --ias-task-list-columns,
        1.5rem minmax(0, 3fr) minmax(0, 2fr) 6.5rem minmax(0, 1.2fr) 2rem
      );
      align-items: center;
      column-gap: ${token('space-s')};
      padding-inline: ${token('space-xs')};
    }
    .no-person .head,
    .no-person [part~='row'] {
      grid-template-columns: 1.5rem minmax(0, 4fr) 6.5rem minmax(0, 1.2fr) 2rem;
    }
    .head {
      font-size: ${token('font-size-small')};
      font-weight: 600;
      color: ${token('color-text-muted')};
      border-block-end: 1px solid ${token('color-border')};
      padding-block: ${token('space-xs')};
    }
    [part~='row'] {
      min-block-size: var(--ias-task-list-row-height, 2rem);
      border-block-end: var(--ias-task-list-row-border, 1px solid ${token('color-border-subtle')});
    }
    [part~='row'].critical {
      background: ${token('color-status-critical-surface')};
    }
    [part~='row']:focus-visible {
      outline-offset: -2px;
    }
    [part~='row']:hover {
      background-image: linear-gradient(rgb(0 0 0 / 0.04), rgb(0 0 0 / 0.04));
    }
    .cell {
      min-inline-size: 0;
      overflow: hidden;
      white-space: nowrap;
      text-overflow: ellipsis;
    }
    /* The focused row shows its full text. */
    [part~='row']:focus-within .cell {
      white-space: normal;
      overflow-wrap: anywhere;
    }
    .title {
      font-weight: 600;
    }
    .reason {
      color: ${token('color-text-muted')};
      font-size: ${token('font-size-small')};
      margin-inline-start: ${token('space-xs')};
    }
    .due {
      font-variant-numeric: tabular-nums;
    }
    .assignee {
      font-size: ${token('font-size-small')};
    }
    .menu {
      overflow: visible;
      justify-self: end;
      font-size: ${token('font-size')};
      line-height: ${token('line-height')};
    }
    .dots {
      inline-size: 1rem;
      block-size: 1rem;
      flex: none;
    }
    .state {
      display: inline-block;
      margin-inline-end: ${token('space-xs')};
      padding: 0 ${token('space-xs')};
      border-radius: ${token('radius')};
      font-size: ${token('font-size-small')};
      font-weight: 600;
      background: ${token('color-surface-raised')};
      border: 1px solid ${token('color-border')};
    }
    .state.failed {
      color: ${token('color-error')};
      border-color: ${token('color-error')};
    }
    .acted.done .title,
    .acted.pending .title {
      text-decoration: line-through;
    }
    .acted.done,
    .acted.pending {
      background: ${token('color-surface-raised')};
    }
    .scroll {
      overflow-x: auto;
      max-inline-size: 100%;
    }
    table {
      border-collapse: collapse;
      margin-block-end: ${token('space-m')};
    }
    caption {
      text-align: start;
      font-weight: 600;
      padding-block-end: ${token('space-xs')};
    }
    th,
    td {
      padding: ${token('space-xs')} ${token('space-s')};
      border-block-end: 1px solid ${token('color-border-subtle')};
      text-align: start;
    }
    td {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
    [part='pager'] {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${token('space-s')};
      margin-block-start: ${token('space-s')};
    }
    .empty {
      color: ${token('color-text-muted')};
    }
    .hint {
      margin: ${token('space-s')} 0 0;
      color: ${token('color-text-muted')};
      font-size: ${token('font-size-small')};
    }
    @container (max-width: 40rem) {
      [part='toolbar'] {
        display: grid;
        grid-template-columns: repeat(2, minmax(0, 1fr));
        gap: ${token('space-xs')} ${token('space-s')};
      }
      .lights {
        grid-column: 1 / -1;
      }
      [part='toolbar'] ias-select {
        max-inline-size: none;
      }
      [part='toolbar'] ias-select[name='person']::part(select) {
        inline-size: auto;
      }
    }
    /* Narrow: three short lines per task (what; then person, due date and assignee), the menu beside them. */
    @container (max-width: 40rem) {
      .head {
        display: none;
      }
      [part~='row'],
      .no-person [part~='row'] {
        grid-template-columns: 1.5rem auto minmax(0, 1fr) auto;
        grid-template-areas: 'light what what menu' '. person person menu' '. due assignee menu';
        row-gap: 0;
        padding-block: ${token('space-xs')};
      }
      .light {
        grid-area: light;
      }
      .what {
        grid-area: what;
      }
      .person {
        grid-area: person;
        font-size: ${token('font-size-small')};
      }
      .due {
        grid-area: due;
        font-size: ${token('font-size-small')};
      }
      .assignee {
        grid-area: assignee;
        color: ${token('color-text-muted')};
      }
      .menu {
        grid-area: menu;
      }
      .reason {
        display: block;
        margin: 0;
        overflow: hidden;
        text-overflow: ellipsis;
      }
    }
    @media (forced-colors: active) {
      [part~='row'].critical {
        border-inline-start: 4px solid CanvasText;
      }
    }
  }
`;
