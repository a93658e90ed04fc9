import { css } from 'lit';
import { token } from '@ias-kit/ui';

export const timelineStyles = css`
  @layer ias-component {
    :host {
      display: block;
      min-inline-size: 300px;
      --_axis: var(--ias-timeline-axis-color, ${token('color-border')});
      --_today: var(--ias-timeline-today-color, ${token('color-status-warn')});
      --_horizon: var(--ias-timeline-horizon-color, ${token('color-surface-raised')});
      --_ok: ${token('color-status-ok')};
      --_warn: ${token('color-status-warn')};
      --_critical: ${token('color-status-critical')};
      --_primary: ${token('color-primary')};
      --_muted: ${token('color-text-muted')};
      --_surface: ${token('color-surface')};
    }
    [part='base'] {
      display: grid;
      gap: ${token('space-s')};
    }
    .measure-box {
      block-size: 0;
      inline-size: 100%;
    }
    [part='toolbar'] {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${token('space-xs')};
    }
    [part='toolbar'] button,
    td button {
      font: inherit;
      font-size: ${token('font-size-small')};
      color: ${token('color-text')};
      background: ${token('color-surface')};
      border: 1px solid ${token('color-border')};
      border-radius: ${token('radius')};
      padding: 0.125rem 0.5rem;
      min-block-size: 2rem;
      min-inline-size: 2rem;
      cursor: pointer;
    }
    [part='toolbar'] button[aria-pressed='true'] {
      background: ${token('color-primary')};
      border-color: ${token('color-primary')};
      color: ${token('color-primary-contrast')};
    }
    td button {
      min-block-size: auto;
      border: none;
      background: none;
      padding: 0;
      text-align: start;
      text-decoration: underline;
      color: ${token('color-primary')};
    }
    .detail {
      margin: 0;
      min-block-size: 1.5em;
      font-size: ${token('font-size-small')};
      color: ${token('color-text')};
    }
    [part='notices'] {
      margin: 0;
      padding: ${token('space-s')} ${token('space-m')};
      padding-inline-start: 2rem;
      border-inline-start: 4px solid var(--_warn);
      background: ${token('color-status-warn-surface')};
      font-size: ${token('font-size-small')};
    }
    [part='chart'] {
      display: block;
      inline-size: 100%;
      overflow: visible;
      font-size: 12px;
      user-select: none;
      -webkit-user-select: none;
      cursor: grab;
    }
    svg text {
      fill: ${token('color-text')};
    }
    /* A halo in the surface colour keeps every label readable where a grid, today or horizon line crosses it. */
    .item text,
    .today-label,
    .section-title {
      paint-order: stroke;
      stroke: var(--_surface);
      stroke-width: 3px;
      stroke-linejoin: round;
    }
    svg .muted {
      fill: var(--_muted);
    }
    .horizon {
      fill: var(--_horizon);
    }
    .band {
      fill: none;
      stroke: var(--_axis);
    }
    .tick {
      stroke: var(--_axis);
    }
    .tick.major {
      stroke-width: 2;
    }
    .grid {
      stroke: ${token('color-border-subtle')};
    }
    .today-line {
      stroke: var(--_today);
      stroke-width: 2;
    }
    .entry-line,
    .end-line {
      stroke: ${token('color-text')};
      stroke-dasharray: 4 3;
    }
    .section-title {
      font-weight: 600;
    }
    /* on the listbox, not on each item: an inherited property set on every item makes moving an item
       restyle its shapes too (a zoom step would restyle the whole chart) */
    [role='listbox'] {
      cursor: pointer;
    }
    .item {
      outline: none;
    }
    .item .focus {
      fill: none;
      stroke: none;
    }
    .item:focus .focus,
    .item.active:focus-within .focus {
      stroke: ${token('color-focus')};
      stroke-width: 3;
    }
    .planned {
      fill: var(--_surface);
      stroke: var(--_primary);
      stroke-dasharray: 3 2;
    }
    .actual {
      fill: var(--_primary);
    }
    .s-abgeschlossen .actual {
      fill: var(--_ok);
    }
    .s-abgebrochen .actual,
    .s-nicht_angetreten .actual {
      fill: url(#ias-hatch);
      stroke: var(--_critical);
    }
    .marker {
      stroke: ${token('color-text')};
      stroke-width: 1.5;
      fill: var(--_surface);
    }
    .m-reached .marker {
      fill: var(--_ok);
      stroke: var(--_ok);
    }
    .m-open .marker {
      stroke: var(--_primary);
    }
    .m-overdue .marker,
    .overdue .marker {
      fill: var(--_critical);
      stroke: var(--_critical);
    }
    .m-not-applicable .marker {
      stroke: var(--_muted);
      stroke-dasharray: 2 2;
    }
    .glyph {
      stroke: var(--_surface);
      stroke-width: 1.8;
      fill: none;
    }
    .m-open .glyph,
    .m-not-applicable .glyph {
      stroke: var(--_muted);
    }
    .problem-glyph {
      fill: var(--_critical);
      font-weight: 700;
    }
    [part='table'] {
      display: none;
      overflow-x: auto;
    }
    :host([view='table']) [part='table'] {
      display: block;
    }
    :host([view='table']) .chart-area {
      display: none;
    }
    .table-wrap {
      overflow-x: auto;
      max-inline-size: 100%;
    }
    .legend {
      font-size: ${token('font-size-small')};
      color: ${token('color-text')};
    }
    .legend-title {
      margin: 0 0 ${token('space-xs')};
      font-size: ${token('font-size-small')};
    }
    .legend ul {
      display: flex;
      flex-wrap: wrap;
      gap: ${token('space-xs')} ${token('space-m')};
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .legend li {
      display: inline-flex;
      align-items: center;
      gap: ${token('space-xs')};
    }
    .swatch {
      flex: none;
      overflow: visible;
    }

    table {
      inline-size: 100%;
    }
    .empty {
      margin: 0;
      color: ${token('color-text-muted')};
    }
    :host([compact]) [part='base'] {
      gap: ${token('space-xs')};
    }
    :host([compact]) [part='chart'] {
      cursor: default;
    }
    .horizon-line {
      fill: var(--_horizon);
      stroke: var(--_axis);
    }
    .band-line {
      stroke: var(--_axis);
    }
    .compact .year {
      font-size: 10px;
    }
    .visually-hidden {
      display: block;
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    @media (forced-colors: active) {
      .actual,
      .m-reached .marker,
      .m-overdue .marker,
      .overdue .marker {
        fill: CanvasText;
        stroke: CanvasText;
      }
      .item:focus .focus {
        stroke: Highlight;
      }
    }
    @media print {
      [part='toolbar'],
      .detail,
      .chart-area {
        display: none !important;
      }
      [part='table'] {
        display: block !important;
        overflow: visible;
        position: static !important;
        inline-size: auto !important;
        block-size: auto !important;
        clip-path: none !important;
        white-space: normal !important;
      }
      td button {
        color: inherit;
        text-decoration: none;
      }
    }
  }
`;
