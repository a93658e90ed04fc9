import { css } from 'lit';
import { token } from '@ias-kit/ui';

export const taskListStyles = css`
  @layer ias-component {
    :host {
      display: block;
    }
    [part='toolbar'] {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: ${token('space-s')} ${token('space-m')};
      margin-block-end: ${token('space-s')};
    }
    [part='toolbar'] label:not(.check) {
      display: grid;
      gap: ${token('space-xs')};
      font-size: ${token('font-size-small')};
    }
    fieldset {
      display: flex;
      flex-wrap: wrap;
      gap: ${token('space-s')};
      margin: 0;
      padding: ${token('space-xs')} ${token('space-s')};
      border: 1px solid ${token('color-border-subtle')};
      border-radius: ${token('radius')};
      font-size: ${token('font-size-small')};
    }
    legend {
      padding-inline: ${token('space-xs')};
    }
    .check {
      display: inline-flex;
      align-items: center;
      gap: ${token('space-xs')};
    }
    select,
    button {
      font: inherit;
      font-size: ${token('font-size-small')};
    }
    button {
      padding: ${token('space-xs')} ${token('space-s')};
      border: 1px solid ${token('color-border')};
      border-radius: ${token('radius')};
      background: ${token('color-surface')};
      color: ${token('color-text')};
      cursor: pointer;
    }
    button:disabled {
      cursor: default;
      color: ${token('color-text-muted')};
    }
    button[aria-pressed='true'] {
      background: ${token('color-primary')};
      color: ${token('color-primary-contrast')};
    }
    [part='count'] {
      margin: 0 0 ${token('space-xs')};
      color: ${token('color-text-muted')};
      font-size: ${token('font-size-small')};
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    h3 {
      margin: ${token('space-m')} 0 ${token('space-xs')};
      font-size: ${token('font-size')};
    }
    [part~='row'] {
      display: grid;
      grid-template-columns: minmax(9rem, auto) 1fr auto;
      align-items: start;
      gap: ${token('space-s')};
      padding: var(--ias-task-list-row-padding, ${token('space-s')});
      border-block-end: var(--ias-task-list-row-border, 1px solid ${token('color-border-subtle')});
    }
    [part~='row'].critical {
      background: ${token('color-status-critical-surface')};
    }
    [part~='row']:focus-visible {
      outline-offset: -2px;
    }
    .main {
      display: grid;
      min-inline-size: 0;
    }
    .title {
      font-weight: 600;
    }
    .meta {
      color: ${token('color-text-muted')};
      font-size: ${token('font-size-small')};
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: ${token('space-xs')};
      justify-content: end;
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
    }
    [part='pager'] {
      display: flex;
      align-items: center;
      gap: ${token('space-s')};
      margin-block-start: ${token('space-s')};
    }
    .empty {
      color: ${token('color-text-muted')};
    }
    @media (max-width: 40rem) {
      [part~='row'] {
        grid-template-columns: 1fr;
      }
      .actions {
        justify-content: start;
      }
    }
    @media (forced-colors: active) {
      button[aria-pressed='true'] {
        border: 2px solid Highlight;
      }
    }
  }
`;
