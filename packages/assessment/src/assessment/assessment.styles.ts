import { css } from 'lit';
import { token } from '@ias-kit/ui';

export const assessmentStyles = css`
  @layer ias-component {
    :host {
      display: block;
    }
    /* Reflow at 320 px (WCAG 1.4.10): long words wrap, label columns shrink instead of widening the page. */
    h2,
    h3,
    h4,
    dt,
    dd,
    p,
    li,
    summary,
    code,
    caption,
    th,
    td {
      overflow-wrap: anywhere;
    }
    .header {
      border-block-end: 1px solid ${token('color-border-subtle')};
      padding-block-end: ${token('space-s')};
      margin-block-end: ${token('space-m')};
    }
    .title-row {
      display: flex;
      align-items: center;
      gap: ${token('space-s')};
      flex-wrap: wrap;
    }
    h2,
    h3,
    h4 {
      margin-block: ${token('space-s')};
      line-height: 1.25;
    }
    h2 {
      font-size: ${token('font-size-large')};
    }
    h3 {
      font-size: 1.1rem;
    }
    h4 {
      font-size: 1rem;
    }
    .state {
      border: 1px solid currentColor;
      border-radius: ${token('radius')};
      padding-inline: ${token('space-xs')};
      font-size: ${token('font-size-small')};
    }
    .state.draft {
      color: ${token('color-status-warn')};
      background: ${token('color-status-warn-surface')};
    }
    .state.final {
      color: ${token('color-status-ok')};
      background: ${token('color-status-ok-surface')};
    }
    .facts {
      display: flex;
      flex-wrap: wrap;
      gap: ${token('space-xs')} ${token('space-l')};
      margin: 0;
    }
    .facts div {
      display: flex;
      gap: ${token('space-xs')};
    }
    .facts dt {
      color: ${token('color-text-muted')};
    }
    .facts dt::after {
      content: ':';
    }
    .facts dd {
      margin: 0;
    }
    .progress {
      display: flex;
      align-items: center;
      gap: ${token('space-s')};
      margin-block-start: ${token('space-s')};
      font-size: ${token('font-size-small')};
    }
    progress {
      inline-size: 12rem;
      accent-color: ${token('color-primary')};
    }
    .layout {
      display: grid;
      grid-template-columns: var(--ias-assessment-nav-width, 14rem) minmax(0, 1fr);
      gap: ${token('space-l')};
    }
    @media (max-width: 48rem) {
      .layout {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    nav ol {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 2px;
    }
    nav button {
      inline-size: 100%;
      display: flex;
      justify-content: space-between;
      gap: ${token('space-s')};
      text-align: start;
      font: inherit;
      color: inherit;
      background: none;
      border: 0;
      border-inline-start: 3px solid transparent;
      border-radius: 0;
      padding: ${token('space-xs')} ${token('space-s')};
      cursor: pointer;
    }
    nav button:hover {
      background: ${token('color-surface-raised')};
    }
    nav button[aria-current] {
      border-inline-start-color: ${token('color-primary')};
      background: ${token('color-surface-raised')};
      font-weight: 600;
    }
    nav .count {
      color: ${token('color-text-muted')};
      font-size: ${token('font-size-small')};
      font-variant-numeric: tabular-nums;
    }
    nav button.done .count {
      color: ${token('color-status-ok')};
    }
    #view-title:focus {
      outline: none;
    }
    #view-title:focus-visible {
      outline: 2px solid ${token('color-focus')};
    }
    .message {
      padding: ${token('space-s')};
      border-inline-start: 3px solid ${token('color-status-ok')};
      background: ${token('color-surface-raised')};
    }
    .message.alert {
      border-inline-start-color: ${token('color-error')};
    }
    .done {
      padding: ${token('space-s')} ${token('space-m')};
      border: 3px solid ${token('color-status-ok')};
      border-radius: ${token('radius')};
      background: ${token('color-status-ok-surface')};
      margin-block-end: ${token('space-m')};
    }
    .done p {
      margin-block: ${token('space-xs')};
    }
    .done-title {
      font-size: 1.1rem;
    }
    .check-section {
      border-block-start: 1px solid ${token('color-border-subtle')};
      padding-block: ${token('space-s')};
    }
    .check-head {
      display: flex;
      align-items: baseline;
      gap: ${token('space-s')};
      flex-wrap: wrap;
    }
    .check-head h4 {
      margin: 0;
    }
    .check-count {
      color: ${token('color-text-muted')};
      font-size: ${token('font-size-small')};
    }
    .check-rows {
      display: grid;
      grid-template-columns: minmax(min(10rem, 35%), 1fr) minmax(0, 2fr);
      gap: 2px ${token('space-m')};
      margin: ${token('space-xs')} 0 0;
    }
    .check-rows .row {
      display: contents;
    }
    .check-rows dt {
      color: ${token('color-text-muted')};
    }
    .check-rows dd {
      margin: 0;
    }
    .check-rows .missing dd {
      font-style: italic;
      color: ${token('color-text-muted')};
    }
    .actions {
      display: flex;
      gap: ${token('space-s')};
      margin-block-start: ${token('space-m')};
      flex-wrap: wrap;
    }
    .actions button {
      font: inherit;
      padding: ${token('space-xs')} ${token('space-m')};
      border: 1px solid ${token('color-border')};
      border-radius: ${token('radius')};
      background: ${token('color-surface')};
      color: inherit;
      cursor: pointer;
    }
    .actions button.primary {
      background: ${token('color-primary')};
      border-color: ${token('color-primary')};
      color: ${token('color-primary-contrast')};
      margin-inline-start: auto;
    }
    .actions button:disabled {
      cursor: default;
      opacity: 0.6;
    }
    .muted {
      color: ${token('color-text-muted')};
    }
    .error {
      color: ${token('color-error')};
    }
    table {
      border-collapse: collapse;
      margin-block: ${token('space-s')} ${token('space-m')};
      font-size: ${token('font-size-small')};
    }
    caption {
      text-align: start;
      font-weight: 600;
      padding-block: ${token('space-xs')};
    }
    th,
    td {
      text-align: start;
      padding: ${token('space-xs')} ${token('space-s')};
      border-block-end: 1px solid ${token('color-border-subtle')};
      vertical-align: top;
    }
    td.changed {
      font-weight: 600;
    }
    .was {
      color: ${token('color-text-muted')};
      font-weight: normal;
    }
    tr.current th,
    tr.current td {
      background: ${token('color-surface-raised')};
    }
    /* profile */
    .profile {
      display: grid;
      grid-template-columns: minmax(0, 3fr) minmax(10rem, 1fr);
      gap: ${token('space-l')};
      align-items: start;
    }
    figure {
      margin: 0;
    }
    figcaption {
      font-weight: 600;
    }
    .profile-svg {
      display: block;
      max-inline-size: 40rem;
    }
    .profile-svg text {
      font-size: 12px;
      fill: ${token('color-text')};
    }
    .profile-svg .grid {
      stroke: ${token('color-border-subtle')};
    }
    .profile-svg .track {
      fill: ${token('color-surface-raised')};
      stroke: ${token('color-border-subtle')};
    }
    .profile-svg .bar {
      fill: var(--ias-assessment-bar-color, ${token('color-primary')});
    }
    .profile-svg + .profile-svg {
      margin-block-start: ${token('space-s')};
    }
    .profile-svg .axis line {
      stroke: ${token('color-border')};
    }
    .profile-svg .axis-title {
      font-weight: 600;
    }
    .table-alt summary {
      cursor: pointer;
      color: ${token('color-primary')};
      font-size: ${token('font-size-small')};
    }
    .triage {
      border: 1px solid ${token('color-border-subtle')};
      border-radius: ${token('radius')};
      padding: ${token('space-s')} ${token('space-m')};
    }
    .triage .track {
      font-size: ${token('font-size-large')};
      font-weight: 600;
      margin-block: ${token('space-xs')};
    }
    @media (forced-colors: active) {
      .profile-svg .bar {
        fill: CanvasText;
      }
      .profile-svg text {
        fill: CanvasText;
      }
    }
    /* report (mode="print") */
    .report {
      max-inline-size: 190mm;
      margin-inline: auto;
    }
    .report .fields {
      display: grid;
      grid-template-columns: minmax(min(10rem, 35%), 1fr) minmax(0, 2fr);
      margin: 0 0 ${token('space-s')};
    }
    .report .row {
      display: contents;
    }
    .report dt {
      color: ${token('color-text-muted')};
      padding-block: 2px;
    }
    .report dd {
      margin: 0;
      padding-block: 2px;
    }
    .report .nested {
      grid-template-columns: minmax(min(8rem, 35%), 1fr) minmax(0, 2fr);
    }
    /* Narrow screens (reflow at 320 px): label above value, nested lists without extra indentation. */
    @media screen and (max-width: 40rem) {
      .profile {
        grid-template-columns: minmax(0, 1fr);
      }
      .table-alt {
        max-inline-size: 100%;
        overflow-x: auto;
      }
      .table-alt th,
      .table-alt td {
        overflow-wrap: anywhere;
      }
      .report .fields,
      .report .nested,
      .check-rows {
        grid-template-columns: minmax(0, 1fr);
      }
      .report dd,
      .check-rows dd {
        padding-inline-start: ${token('space-s')};
        overflow-wrap: anywhere;
      }
      .report ol.items {
        padding-inline-start: 0.8rem;
      }
    }
    .report ol.items {
      margin: 0;
      padding-inline-start: 1.2rem;
    }
    .report-section {
      break-inside: avoid;
      border-block-start: 1px solid ${token('color-border-subtle')};
    }
    .signatures {
      break-inside: avoid;
      margin-block-start: ${token('space-l')};
    }
    .sig-grid {
      display: grid;
      grid-template-columns: repeat(3, 1fr);
      gap: ${token('space-l')};
    }
    .sig .line {
      border-block-start: 1px solid ${token('color-text')};
      margin-block-start: 2.5rem;
      padding-block-start: 2px;
      font-size: ${token('font-size-small')};
      color: ${token('color-text-muted')};
    }
    .sig-role {
      font-weight: 600;
      margin: 0;
    }
    @media print {
      :host {
        color: #000;
        font-size: 10.5pt;
      }
      nav,
      .actions,
      .progress {
        display: none;
      }
      .layout {
        display: block;
      }
      .report {
        max-inline-size: none;
      }
      .profile {
        grid-template-columns: 3fr 1fr;
      }
      .profile-svg .bar {
        fill: #333;
      }
      .profile-svg .track {
        fill: #fff;
        stroke: #000;
      }
      .table-alt {
        display: none;
      }
      .state {
        background: none;
        color: #000;
      }
      h2,
      h3 {
        break-after: avoid;
      }
    }
  }
`;
