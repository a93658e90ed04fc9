import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { ref, type Ref } from 'lit/directives/ref.js';
import type { ScaleLinear } from 'd3-scale';
import type { CalendarDate } from '@ias-kit/core';
import {
  AXIS_HEIGHT,
  calendarTicks,
  COMPACT_AXIS_HEIGHT,
  dayOf,
  MARGIN,
  yearBands,
  type ChartLayout,
  type Placement,
} from './layout.js';
import type { ItemText } from './item-text.js';
import type { TimelineModel } from './model.js';
import type { TimelineKey } from './timeline.l10n.js';
import type { TimelineItem } from './timeline.types.js';

/** What the SVG renderers of the full chart and the compact strip need from the element. */
export interface ChartContext {
  t: (key: TimelineKey, params?: Record<string, string | number>) => string;
  text: ItemText;
  model: TimelineModel;
  layout: ChartLayout;
  /** Drawn items in keyboard order, each with its label and description. */
  order: Placement[];
  labels: Map<TimelineItem, { label: string; aria: string }>;
  /** The scale at the current zoom. */
  x: ScaleLinear<number, number>;
  /** The zoom factor (1: the whole period). */
  zoom: number;
  /** What was last drawn of each item (kept by the element between renders). */
  drawn: WeakMap<Placement, DrawnItem>;
  width: number;
  compact: boolean;
  today?: CalendarDate;
  chartLabel: string;
  activeKey?: string;
  svgRef: Ref<SVGSVGElement>;
  textWidth: (text: string) => number;
  onKeydown: (e: KeyboardEvent) => void;
  /** Click and focus on the listbox, for the item they happened in (one listener each, not one per item). */
  onItemClick: (e: Event) => void;
  onItemFocus: (e: Event) => void;
}

/**
 * The one `<defs>` of both charts: the hatch of critical periods and the clip path that keeps items
 * inside the plotting area. The clip is a `<rect>`, not a path: Chromium clips to a rectangle directly,
 * while a path made the items layer a clip-path resource to repaint on every zoom step (about twice the
 * cost of a whole step).
 */
function defs(width: number, height: number): SVGTemplateResult {
  const clipWidth = width - MARGIN.left - MARGIN.right + 20;
  return svg`<defs>
    <pattern id="ias-hatch" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width="4" height="4" fill="var(--_surface)"></rect>
      <line x1="0" y1="0" x2="0" y2="4" stroke="var(--_critical)" stroke-width="2"></line>
    </pattern>
    <clipPath id="ias-clip"><rect x=${MARGIN.left - 10} y="0" width=${clipWidth} height=${height}></rect></clipPath>
  </defs>`;
}

/** The `<svg>` shell both charts share: size, name, defs, then their layers. */
function shell(ctx: ChartContext, cls: string, layers: SVGTemplateResult): TemplateResult {
  const { width } = ctx;
  const height = ctx.layout.height;
  return html`<svg
    ${ref(ctx.svgRef)}
    part="chart"
    class=${cls}
    role="group"
    aria-label=${ctx.chartLabel}
    width=${width}
    height=${height}
    viewBox="0 0 ${width} ${height}"
  >
    ${defs(width, height)} ${layers}
  </svg>`;
}

function items(ctx: ChartContext, label: string, clip: boolean): SVGTemplateResult {
  const activeKey = (ctx.order.find((p) => p.item.key === ctx.activeKey) ?? ctx.order[0])?.item.key;
  return svg`<g
    role="listbox"
    aria-label=${label}
    aria-orientation="horizontal"
    clip-path=${clip ? 'url(#ias-clip)' : nothing}
    @keydown=${ctx.onKeydown}
    @click=${ctx.onItemClick}
    @focusin=${ctx.onItemFocus}
  >
    ${ctx.order.map((p) => renderItem(ctx, p, p.item.key === activeKey))}
  </g>`;
}

/** The full chart: year bands, calendar ticks, sections with their lanes of items. */
export function renderChart(ctx: ChartContext): TemplateResult {
  const { model, layout } = ctx;
  const active = ctx.order.find((p) => p.item.key === ctx.activeKey);
  const horizon = model.horizon;
  const summary = [
    horizon
      ? ctx.t('horizon', { date: ctx.text.date(horizon.end), status: ctx.text.statusName(horizon.status) })
      : '',
    ctx.today ? `${ctx.t('today')}: ${ctx.text.date(ctx.today)}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
  return html`<p class="detail summary">${summary}</p>
    <p class="detail active-detail">${active ? ctx.text.describe(active.item) : ''}</p>
    ${shell(
      ctx,
      'full',
      svg`<g aria-hidden="true" clip-path="url(#ias-clip)">${renderBackground(ctx, layout.height)}</g>
        <g aria-hidden="true">${layout.sections.map((s) => {
          const key =
            s.key === 'milestones'
              ? 'sectionMilestones'
              : s.key === 'events'
                ? 'sectionEvents'
                : (`domain.${s.key}` as TimelineKey);
          return svg`<text class="section-title" x=${MARGIN.left} y=${s.y + 13}>${ctx.t(key)}</text>`;
        })}</g>
        ${items(ctx, ctx.t('itemsLabel'), true)}`,
    )}`;
}

/** The compact strip: a thin horizon line with the years since entry, then the measures in lanes. */
export function renderCompact(ctx: ChartContext): TemplateResult {
  const { model, x, layout } = ctx;
  const height = layout.height;
  const active = ctx.order.find((p) => p.item.key === ctx.activeKey);
  const entry = model.entryDate;
  const horizon = model.horizon;
  const bands = entry ? yearBands(entry, horizon?.end) : [];
  const px = (d: CalendarDate) => x(dayOf(d));
  const lineY = COMPACT_AXIS_HEIGHT - 4;
  const today = ctx.today;
  return html`${shell(
    ctx,
    'compact',
    svg`<g aria-hidden="true" clip-path="url(#ias-clip)">
        ${
          horizon
            ? svg`<rect class="horizon-line" x=${px(horizon.start)} y=${lineY - 2} width=${Math.max(0, px(horizon.end) - px(horizon.start))} height="4"></rect>`
            : nothing
        }
        <g part="axis">
          ${bands.map((b) => {
            const x0 = x(b.start);
            const w = x(b.end) - x0;
            return svg`<line class="tick major" x1=${x0} x2=${x0} y1=${lineY - 4} y2=${lineY + 4}></line>
              <line class="band-line" x1=${x0} x2=${x0 + w} y1=${lineY} y2=${lineY}></line>
              ${w >= 22 ? svg`<text class="year" x=${x0 + w / 2} y=${lineY - 4} text-anchor="middle">${ctx.t('yearShort', { n: b.n })}</text>` : nothing}`;
          })}
        </g>
        ${entry ? svg`<line class="entry-line" x1=${px(entry)} x2=${px(entry)} y1=${lineY} y2=${height}></line>` : nothing}
        ${horizon ? svg`<line class="end-line" data-day=${horizon.end} x1=${px(horizon.end)} x2=${px(horizon.end)} y1=${lineY} y2=${height}></line>` : nothing}
        ${today ? svg`<line class="today-line" x1=${px(today)} x2=${px(today)} y1=${lineY - 6} y2=${height}></line>` : nothing}
      </g>
      ${items(ctx, ctx.t('itemsLabelCompact'), false)}`,
  )}
  ${active ? html`<p class="detail active-detail">${ctx.text.describe(active.item)}</p>` : nothing}`;
}

function renderBackground(ctx: ChartContext, height: number): SVGTemplateResult {
  const { model, x, today } = ctx;
  const entry = model.entryDate;
  const horizon = model.horizon;
  const bands = entry ? yearBands(entry, horizon?.end) : [];
  const ticks = calendarTicks(x);
  const px = (d: CalendarDate) => x(dayOf(d));
  return svg`
    ${horizon ? svg`<rect class="horizon" x=${px(horizon.start)} y="0" width=${Math.max(0, px(horizon.end) - px(horizon.start))} height=${height}></rect>` : nothing}
    <g part="axis">
      ${bands.map((b) => {
        const x0 = x(b.start);
        const w = x(b.end) - x0;
        const text = w >= 52 ? ctx.t('year', { n: b.n }) : ctx.t('yearShort', { n: b.n });
        return svg`<rect class="band" x=${x0} y="1" width=${Math.max(0, w)} height="18"></rect>
          ${w >= 22 ? svg`<text x=${x0 + w / 2} y="14" text-anchor="middle">${text}</text>` : nothing}`;
      })}
      ${ticks.map(
        (t) => svg`<line class="grid" x1=${x(t.day)} x2=${x(t.day)} y1=${AXIS_HEIGHT - 4} y2=${height}></line>
          <line class="tick ${t.major ? 'major' : ''}" x1=${x(t.day)} x2=${x(t.day)} y1="22" y2="28"></line>
          ${x(t.day) + 3 + ctx.textWidth(t.label) <= ctx.width ? svg`<text class="muted" x=${x(t.day) + 3} y="39">${t.label}</text>` : nothing}`,
      )}
    </g>
    ${entry ? svg`<line class="entry-line" x1=${px(entry)} x2=${px(entry)} y1="0" y2=${height}></line>` : nothing}
    ${horizon ? svg`<line class="end-line" data-day=${horizon.end} x1=${px(horizon.end)} x2=${px(horizon.end)} y1="0" y2=${height}></line>` : nothing}
    ${
      today
        ? svg`<line class="today-line" x1=${px(today)} x2=${px(today)} y1="20" y2=${height}></line>
          <text class="today-label" x=${px(today) + 3} y=${AXIS_HEIGHT + 10} font-weight="600">${ctx.t('today')}</text>`
        : nothing
    }
  `;
}

/** What was last drawn of an item, and whether it was outside the chart. */
export interface DrawnItem {
  result: SVGTemplateResult;
  offscreen: boolean;
}

/** Local geometry of an item at the current zoom, relative to its start date (x 0). */
function itemBox(ctx: ChartContext, p: Placement) {
  const item = p.item;
  const origin = ctx.x(dayOf(item.start!));
  const at = (d: CalendarDate) => ctx.x(dayOf(d)) - origin;
  const isBar = item.kind === 'measure';
  const x0 = isBar ? 0 : -8;
  const x1 = isBar ? Math.max(at(item.end ?? item.start!), 4) : 8;
  const textX = x0 + p.labelOffset;
  const boxX = Math.min(x0, textX);
  const boxW = Math.max(x1 + (isBar && item.actual?.openEnd ? 7 : 0), textX + p.labelWidth) - boxX;
  return { origin, at, isBar, x0, x1, textX, boxX, boxW };
}

/**
 * One item: a group placed by one `transform` (all a pan writes; a zoom also redraws a bar's length),
 * with its shapes and label relative to its start date, memoized per placement (and zoom factor for
 * bars), so a zoom step neither rebuilds them nor lays the labels out again. An item that was outside
 * the chart and still is keeps its last drawing, `data-x` included: a zoom step writes nothing for it.
 * In the full chart only the active item carries a focus box.
 */
function renderItem(ctx: ChartContext, p: Placement, active: boolean): SVGTemplateResult {
  const box = itemBox(ctx, p);
  const offscreen = box.origin + box.boxX + box.boxW < 0 || box.origin + box.boxX > ctx.width;
  const last = ctx.drawn.get(p);
  // `last` of an inactive item only: the active one is never kept out of the chart
  if (offscreen && last?.offscreen && !active) return last.result;
  const result = drawItem(ctx, p, active, box);
  ctx.drawn.set(p, { result, offscreen: offscreen && !active });
  return result;
}

function drawItem(
  ctx: ChartContext,
  p: Placement,
  active: boolean,
  box: ReturnType<typeof itemBox>,
): SVGTemplateResult {
  const item = p.item;
  const text = ctx.labels.get(item)!;
  const x = box.origin.toFixed(2);
  const classes = [
    'item',
    `kind-${item.kind}`,
    item.kind === 'milestone' ? `m-${item.state}` : '',
    item.kind === 'measure' ? `s-${item.status}` : '',
    item.kind === 'task' && item.overdue ? 'overdue' : '',
    active ? 'active' : '',
  ].join(' ');
  return svg`<g
    class=${classes}
    part=${box.isBar ? 'bar' : 'marker'}
    role="option"
    aria-selected=${active ? 'true' : 'false'}
    aria-label=${text.aria}
    tabindex=${active ? 0 : -1}
    data-key=${item.key}
    data-x=${x}
    data-lane=${p.lane}
    transform="translate(${x} 0)"
  >
    ${active && !ctx.compact ? focusBox(p, box) : nothing}
    ${guard([p, text.label, ctx.compact, box.isBar ? ctx.zoom : 0], () => itemShapes(ctx, p, text.label, box))}
  </g>`;
}

/** The focus box of the full chart's active item (drawn while it has focus). */
function focusBox(p: Placement, { boxX, boxW }: ReturnType<typeof itemBox>): SVGTemplateResult {
  return svg`<rect class="focus" x=${boxX - 2} y=${p.y - 2} width=${boxW + 4} height="30" rx="3"></rect>`;
}

/** The shapes and label of one item, relative to its start date (x 0). */
function itemShapes(
  ctx: ChartContext,
  p: Placement,
  label: string,
  { at, isBar, x0, x1, textX }: ReturnType<typeof itemBox>,
): SVGTemplateResult {
  const y = p.y;
  if (ctx.compact) {
    // Every item is a 24 px high target at least (WCAG 2.5.8): its focus box fills the lane. The strip
    // does not zoom, so each item keeps its box (the full chart draws one for the active item only).
    const w = Math.max(24, x1 - x0 + (p.item.kind === 'measure' && p.item.actual?.openEnd ? 13 : 6));
    return svg`<title>${label}</title>
      <rect class="focus" x=${Math.min(x0 - 3, (x0 + x1) / 2 - w / 2)} y=${y - 4} width=${w} height="24" rx="3"></rect>
      ${renderBar(p.item, at, y)}`;
  }
  return svg`${isBar ? renderBar(p.item, at, y) : renderMarker(p.item, 0, y + 9)}
    <text x=${textX} y=${y + 25}>${label}</text>`;
}

/** A measure's planned and actual bars (and the arrow of an open end); `at` gives x of a date. */
function renderBar(item: TimelineItem, at: (d: CalendarDate) => number, y: number): SVGTemplateResult {
  if (item.kind !== 'measure') return svg``;
  const rect = (s: CalendarDate, e: CalendarDate, cls: string, top: number, h: number) => {
    const a = at(s);
    const w = Math.max(4, at(e) - a);
    return svg`<rect class=${cls} x=${a} y=${top} width=${w} height=${h} rx="2"></rect>`;
  };
  const open = item.actual?.openEnd;
  const endX = item.actual ? at(item.actual.end) : 0;
  return svg`
    ${item.planned ? rect(item.planned.start, item.planned.end, 'planned', y + 1, 14) : nothing}
    ${item.actual ? rect(item.actual.start, item.actual.end, 'actual', y + 4, 8) : nothing}
    ${open ? svg`<path class="actual" d="M${Math.max(endX, at(item.actual!.start) + 4)},${y + 2}l6,6l-6,6z"></path>` : nothing}
  `;
}

/** The marker shapes: diamond (milestone), circle (review), square (assessment), triangle (task), bar (status). */
export function renderMarker(
  item: Pick<TimelineItem, 'kind'> & Partial<{ state: string }>,
  cx: number,
  cy: number,
): SVGTemplateResult {
  switch (item.kind) {
    case 'milestone': {
      const glyph =
        item.state === 'reached'
          ? svg`<path class="glyph" d="M${cx - 3.5},${cy}l2.5,2.5l4.5,-5"></path>`
          : item.state === 'overdue'
            ? svg`<path class="glyph" d="M${cx},${cy - 4}v4.5M${cx},${cy + 2.5}v1.5"></path>`
            : item.state === 'not-applicable'
              ? svg`<path class="glyph" d="M${cx - 3},${cy}h6"></path>`
              : nothing;
      return svg`<path class="marker" d="M${cx},${cy - 8}l8,8l-8,8l-8,-8z"></path>${glyph}`;
    }
    case 'review':
      return svg`<circle class="marker" cx=${cx} cy=${cy} r="6"></circle>`;
    case 'assessment':
      return svg`<rect class="marker" x=${cx - 5.5} y=${cy - 5.5} width="11" height="11"></rect>`;
    case 'task':
      return svg`<path class="marker" d="M${cx - 6},${cy - 6}h12l-6,12z"></path>`;
    default:
      return svg`<rect class="marker" x=${cx - 2} y=${cy - 8} width="4" height="16"></rect>`;
  }
}
