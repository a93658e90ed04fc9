import { css } from 'lit';
import { token } from '@ias-kit/ui';

export const indicatorsStyles = css`
  @layer ias-component {
    /* display, colour, font and [hidden]: baseStyles of @ias-kit/ui */
    [part='base'] {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: ${token('space-m')};
    }
    section {
      min-inline-size: 0;
    }
    /* Wide tables scroll inside their own labelled region (WCAG 1.4.10), not the page. */
    .scroll {
      overflow-x: auto;
      max-inline-size: 60rem;
    }
    .scroll:focus-visible {
      outline: 2px solid ${token('color-focus')};
      outline-offset: 2px;
    }
    h2,
    h3,
    h4 {
      margin: 0;
    }
    h3 {
      font-size: 1.1em;
      margin-block-start: ${token('space-m')};
    }
    h4 {
      font-size: 1em;
    }
    .meta {
      margin: 0;
      color: ${token('color-text-muted')};
    }
    section {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: ${token('space-s')};
      break-inside: avoid;
      border-block-start: 1px solid ${token('color-border')};
      padding-block-start: ${token('space-s')};
    }
    svg {
      inline-size: 100%;
      max-inline-size: 40rem;
      block-size: auto;
      overflow: visible;
    }
    [part~='bar'] {
      fill: var(--ias-indicators-bar-color, ${token('color-primary')});
      cursor: pointer;
    }
    .track {
      fill: var(--ias-indicators-track-color, ${token('color-border-subtle')});
    }
    [part='axis'] text,
    .label {
      font-size: 12px;
      fill: currentColor;
    }
    table {
      border-collapse: collapse;
      inline-size: 100%;
      max-inline-size: 60rem;
    }
    th,
    td {
      text-align: start;
      padding-block: ${token('space-xs')};
      padding-inline: ${token('space-s')};
      border-block-end: 1px solid ${token('color-border-subtle')};
      vertical-align: top;
    }
    td.num {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
    button {
      font: inherit;
      color: ${token('color-primary')};
      background: none;
      border: none;
      padding: 0;
      text-decoration: underline;
      cursor: pointer;
    }
    button:focus-visible {
      outline: 2px solid ${token('color-focus')};
      outline-offset: 2px;
    }
    ul.excluded {
      margin: 0;
      padding-inline-start: 1.2em;
    }
    @media print {
      button {
        color: inherit;
        text-decoration: none;
      }
      [part~='bar'] {
        fill: #555;
      }
    }
    [part~='report-figure'],
    [part~='drilldown'] {
      border-block-start: 1px solid currentColor;
      padding-block: 0.5rem;
      break-inside: avoid;
    }
    [part~='report-figure'] dl {
      display: grid;
      grid-template-columns: minmax(0, max-content) minmax(0, 1fr);
      gap: 0.125rem 1rem;
      margin: 0;
    }
    [part~='report-figure'] :is(dt, dd) {
      overflow-wrap: anywhere;
    }
    [part~='report-figure'] dd {
      margin: 0;
    }
    .ids,
    .params,
    .drill-ids {
      overflow-wrap: anywhere;
      font-size: 0.875em;
    }
    .drill-ids {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.75rem;
      padding: 0;
      list-style: none;
    }
    @media print {
      :host([view='report']) button,
      [part~='drilldown'] button {
        display: none;
      }
    }
    @media (forced-colors: active) {
      [part~='bar'] {
        fill: CanvasText;
      }
      .track {
        fill: Canvas;
        stroke: CanvasText;
      }
    }
  }
`;
