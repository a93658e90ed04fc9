import { css } from 'lit';
import { token } from '@ias-kit/ui';

export const integrationPlanStyles = css`
  @layer ias-component {
    :host {
      display: block;
    }
    /* Reflow at 320 px (WCAG 1.4.10): long words wrap instead of widening the page. */
    h2,
    h3,
    h4,
    label,
    legend,
    summary,
    p,
    li {
      overflow-wrap: anywhere;
    }
    fieldset {
      min-inline-size: 0;
    }
    h2 {
      font-size: ${token('font-size-large')};
      margin: ${token('space-l')} 0 ${token('space-s')};
    }
    h3,
    h4 {
      font-size: ${token('font-size')};
      margin: ${token('space-m')} 0 ${token('space-xs')};
    }
    h2:focus {
      outline: none;
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${token('space-s')} ${token('space-m')};
      position: sticky;
      inset-block-start: 0;
      z-index: 1;
      padding-block: ${token('space-xs')};
      background: ${token('color-surface')};
      border-block-end: 1px solid ${token('color-border-subtle')};
    }
    .toolbar p {
      margin: 0;
      font-size: ${token('font-size-small')};
    }
    .announce:empty {
      display: none;
    }
    .grid {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(14rem, 100%), 1fr));
      gap: ${token('space-s')} ${token('space-m')};
    }
    .wide,
    .field.wide {
      grid-column: 1 / -1;
    }
    .field {
      display: grid;
      gap: ${token('space-xs')};
      align-content: start;
      min-inline-size: 0;
    }
    .field label {
      font-size: ${token('font-size-small')};
      font-weight: 600;
    }
    fieldset.goals {
      display: flex;
      flex-wrap: wrap;
      gap: ${token('space-xs')} ${token('space-m')};
      margin: 0;
      padding: ${token('space-xs')} ${token('space-s')};
      border: 1px solid ${token('color-border-subtle')};
      border-radius: ${token('radius')};
    }
    legend {
      font-size: ${token('font-size-small')};
      font-weight: 600;
    }
    .field.check {
      display: flex;
      align-items: center;
      gap: ${token('space-xs')};
    }
    /* Targets of at least 24 × 24 px (WCAG 2.5.8). */
    input[type='checkbox'],
    input[type='radio'] {
      inline-size: 1.5rem;
      block-size: 1.5rem;
      margin: 0;
      flex: none;
    }
    input[type='file'] {
      max-inline-size: 100%;
      min-block-size: 1.5rem;
    }
    input,
    select,
    textarea,
    button {
      font: inherit;
      color: ${token('color-text')};
    }
    input[type='text'],
    select,
    textarea {
      box-sizing: border-box;
      inline-size: 100%;
      max-inline-size: 100%;
      min-inline-size: 0;
      padding: ${token('space-xs')} ${token('space-s')};
      border: 1px solid ${token('color-border')};
      border-radius: ${token('radius')};
      background: ${token('color-surface')};
    }
    [aria-invalid='true'] {
      border-color: ${token('color-error')};
      box-shadow: 0 0 0 1px ${token('color-error')};
    }
    button {
      padding: ${token('space-xs')} ${token('space-s')};
      border: 1px solid ${token('color-border')};
      border-radius: ${token('radius')};
      background: ${token('color-surface')};
      cursor: pointer;
      font-size: ${token('font-size-small')};
    }
    button:disabled,
    button[aria-disabled='true'] {
      cursor: default;
      color: ${token('color-text-muted')};
    }
    button.add {
      margin-block-start: ${token('space-s')};
      background: ${token('color-primary')};
      border-color: ${token('color-primary')};
      color: ${token('color-primary-contrast')};
    }
    button.danger {
      color: ${token('color-error')};
    }
    button.link {
      border: none;
      background: none;
      text-decoration: underline;
      padding: 0;
      min-block-size: 1.5rem;
    }
    .items {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: ${token('space-s')};
    }
    .items > li {
      min-inline-size: 0;
    }
    .item {
      border: var(--ias-integration-plan-row-border, 1px solid ${token('color-border-subtle')});
      border-radius: ${token('radius')};
      padding: ${token('space-s')};
      background: ${token('color-surface')};
    }
    summary {
      cursor: pointer;
      display: list-item;
    }
    summary .title {
      font-weight: 600;
    }
    summary .meta {
      color: ${token('color-text-muted')};
      margin-inline-start: ${token('space-s')};
    }
    details[open] > summary {
      margin-block-end: ${token('space-s')};
    }
    .badge {
      margin-inline-start: ${token('space-s')};
      padding-inline: ${token('space-xs')};
      border-radius: ${token('radius')};
      font-size: ${token('font-size-small')};
    }
    .badge.error {
      background: ${token('color-status-critical-surface')};
      color: ${token('color-status-critical')};
    }
    .badge.warning {
      background: ${token('color-status-warn-surface')};
      color: ${token('color-status-warn')};
    }
    .messages p {
      margin: 0;
      font-size: ${token('font-size-small')};
    }
    .messages .error {
      color: ${token('color-error')};
    }
    .messages .warning {
      color: ${token('color-status-warn')};
    }
    .hint,
    .muted {
      margin: 0;
      color: ${token('color-text-muted')};
      font-size: ${token('font-size-small')};
    }
    .capacity {
      margin: 0;
      align-self: end;
      font-size: ${token('font-size-small')};
    }
    .capacity.ok {
      color: ${token('color-status-ok')};
    }
    .capacity.full {
      color: ${token('color-status-critical')};
      font-weight: 600;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: ${token('space-s')};
      margin-block-start: ${token('space-s')};
    }
    .documents {
      margin-block-start: ${token('space-s')};
      padding: ${token('space-s')};
      border: 1px dashed ${token('color-border')};
      border-radius: ${token('radius')};
    }
    .documents.drag {
      background: ${token('color-surface-raised')};
      border-color: ${token('color-primary')};
    }
    .documents ul {
      margin: 0 0 ${token('space-s')};
      padding-inline-start: ${token('space-m')};
    }
    .documents li {
      display: flex;
      gap: ${token('space-s')};
      flex-wrap: wrap;
    }
    .attach {
      display: block;
      font-size: ${token('font-size-small')};
      font-weight: 600;
    }
    .table-wrap {
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
      font-size: ${token('font-size-small')};
      inline-size: 100%;
    }
    th,
    td {
      text-align: start;
      vertical-align: top;
      padding: ${token('space-xs')} ${token('space-s')};
      border-block-end: 1px solid ${token('color-border-subtle')};
    }
    code {
      word-break: break-all;
    }
    @media (forced-colors: active) {
      [aria-invalid='true'] {
        outline: 2px solid CanvasText;
      }
    }
  }
`;
