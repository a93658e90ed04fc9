import { css } from 'lit';
import { token } from '@ias-kit/ui';

export const overlayEditorStyles = css`
  @layer ias-component {
    :host {
      container-type: inline-size;
    }
    h2 {
      font-size: ${token('font-size-large')};
      margin: 0 0 ${token('space-s')};
    }
    h3 {
      font-size: 1.05rem;
      margin: ${token('space-m')} 0 ${token('space-s')};
    }
    h3:focus {
      outline: none;
    }
    h3:focus-visible {
      outline: 2px solid ${token('color-focus')};
    }
    fieldset {
      border: 1px solid ${token('color-border-subtle')};
      border-radius: ${token('radius')};
      margin: 0 0 ${token('space-m')};
      padding: ${token('space-s')} ${token('space-m')} ${token('space-m')};
      min-inline-size: 0;
    }
    legend {
      font-weight: 600;
      padding-inline: ${token('space-xs')};
    }
    input[type='text'],
    input[type='number'],
    select {
      font: inherit;
      min-block-size: 2rem;
      max-inline-size: 100%;
      inline-size: 100%;
      padding: ${token('space-xs')} ${token('space-s')};
      border: 1px solid ${token('color-border')};
      border-radius: ${token('radius')};
      background: ${token('color-surface')};
      color: inherit;
    }
    input[type='checkbox'] {
      inline-size: 1.5rem;
      block-size: 1.5rem;
      margin: 0;
      flex: none;
    }
    .help,
    .base,
    .kind {
      color: ${token('color-text-muted')};
      font-size: ${token('font-size-small')};
      margin: 0 0 ${token('space-s')};
      overflow-wrap: anywhere;
    }
    .missing,
    .error {
      color: ${token('color-error')};
      font-size: ${token('font-size-small')};
      font-weight: 600;
    }
    .lock-note {
      border-inline-start: 4px solid ${token('color-status-warn')};
      background: ${token('color-status-warn-surface')};
      padding: ${token('space-s')} ${token('space-m')};
      margin: 0 0 ${token('space-m')};
    }
    .problems,
    .all-problems {
      border-inline-start: 4px solid ${token('color-error')};
      background: ${token('color-status-critical-surface')};
      padding: ${token('space-s')} ${token('space-m')} ${token('space-s')} 1.75rem;
      margin: 0 0 ${token('space-m')};
    }
    .all-problems {
      padding-inline-start: ${token('space-m')};
    }
    .all-problems ul {
      padding-inline-start: 1.25rem;
    }
    .all-problems li,
    .problems li {
      margin-block: ${token('space-xs')};
      overflow-wrap: anywhere;
    }
    .meta {
      display: grid;
      gap: ${token('space-s')};
    }
    .limit,
    .text-row {
      display: grid;
      gap: ${token('space-xs')};
      margin-block-end: ${token('space-s')};
    }
    .text-row {
      grid-template-columns: minmax(0, 1fr);
    }
    .check {
      display: flex;
      align-items: center;
      gap: ${token('space-s')};
      min-block-size: 2rem;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: ${token('space-s')};
      align-items: center;
      margin-block: ${token('space-s')} ${token('space-m')};
    }
    .file {
      position: relative;
      display: inline-flex;
    }
    .file input {
      position: absolute;
      inset: 0;
      opacity: 0;
      inline-size: 1px;
      block-size: 1px;
    }
    .file input:focus-visible + label {
      outline: 2px solid ${token('color-focus')};
      outline-offset: 2px;
    }
    .columns {
      display: grid;
      gap: ${token('space-m')};
      grid-template-columns: minmax(0, 1fr);
    }
    .structure {
      min-inline-size: 0;
    }
    .tree,
    .tree ul {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .tree ul {
      padding-inline-start: 1rem;
    }
    [role='treeitem'] {
      cursor: pointer;
    }
    [role='treeitem'] {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${token('space-xs')};
      min-block-size: 1.75rem;
      padding: 2px ${token('space-xs')};
      border-radius: ${token('radius')};
    }
    [role='treeitem'][aria-selected='true'] {
      background: ${token('color-primary')};
      color: ${token('color-primary-contrast')};
    }
    [role='treeitem']:focus {
      outline: none;
    }
    [role='treeitem']:focus-visible {
      outline: 2px solid ${token('color-focus')};
      outline-offset: 1px;
    }
    .is-hidden .name {
      text-decoration: line-through;
    }
    .twisty {
      inline-size: 1rem;
      flex: none;
    }
    .name {
      overflow-wrap: anywhere;
    }
    .badges {
      display: inline-flex;
      flex-wrap: wrap;
      gap: 2px;
    }
    .badge {
      font-size: 0.75rem;
      border: 1px solid currentColor;
      border-radius: 999px;
      padding: 0 0.4rem;
    }
    .badge-problem {
      background: ${token('color-status-critical-surface')};
      color: ${token('color-error')};
    }
    .tabs {
      display: flex;
      flex-wrap: wrap;
      gap: ${token('space-xs')};
      border-block-end: 1px solid ${token('color-border')};
      margin-block-start: ${token('space-l')};
    }
    [role='tab'] {
      font: inherit;
      min-block-size: 2rem;
      padding: ${token('space-xs')} ${token('space-m')};
      border: 1px solid transparent;
      border-block-end: none;
      border-radius: ${token('radius')} ${token('radius')} 0 0;
      background: transparent;
      color: ${token('color-primary')};
      cursor: pointer;
    }
    [role='tab'][aria-selected='true'] {
      border-color: ${token('color-border')};
      background: ${token('color-surface')};
      color: ${token('color-text')};
      font-weight: 600;
      margin-block-end: -1px;
    }
    .tabpanel {
      padding-block: ${token('space-m')};
    }
    .scroll {
      overflow-x: auto;
      max-inline-size: 100%;
    }
    code {
      overflow-wrap: anywhere;
    }
    .status {
      min-block-size: 1.5em;
      font-weight: 600;
    }
    .changes li,
    .broken li {
      margin-block: ${token('space-xs')};
    }
    @container (min-width: 48rem) and (max-width: 79.99rem) {
      .views {
        grid-column: 1 / -1;
      }
    }
    @container (min-width: 48rem) {
      .columns {
        grid-template-columns: var(--ias-overlay-editor-tree-width, 20rem) minmax(0, 1fr);
      }
      .meta {
        grid-template-columns: 2fr 1fr 1fr;
        align-items: start;
      }
      .text-row {
        grid-template-columns: 8rem minmax(0, 1fr);
        align-items: center;
        row-gap: 0;
      }
      .text-row .base,
      .text-row .missing {
        grid-column: 2;
      }
      .roles-pair {
        display: grid;
        grid-template-columns: 1fr 1fr;
        gap: ${token('space-m')};
      }
    }
    @container (min-width: 80rem) {
      .columns {
        grid-template-columns: var(--ias-overlay-editor-tree-width, 18rem) minmax(0, 1fr) minmax(0, 1.1fr);
      }
      .views {
        grid-column: 3;
        grid-row: 1;
      }
      .views .tabs {
        margin-block-start: 0;
      }
      .views .tabpanel {
        max-block-size: 85vh;
        overflow: auto;
      }
    }
  }
`;
