import { html, nothing, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createRef, ref } from 'lit/directives/ref.js';
import { ContextConsumer } from '@lit/context';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import type { ScaleLinear } from 'd3-scale';
import {
  countingDeadline,
  formatDate,
  GOAL_DOMAINS,
  isCalendarDate,
  PERMIT_OF_STATUS,
  type CalendarDate,
  type Case,
  type IntegrationPlan,
  type MilestoneOptions,
  type Person,
  type StatusChange,
} from '@ias-kit/core';
import {
  baseStyles,
  caseContext,
  IasElement,
  LocalizeController,
  ResizeController,
  todayContext,
} from '@ias-kit/ui';
import {
  AXIS_HEIGHT,
  baseScale,
  calendarTicks,
  COMPACT_AXIS_HEIGHT,
  dayOf,
  labelWidth,
  layoutChart,
  layoutCompact,
  MARGIN,
  timeDomain,
  yearBands,
  type ChartLayout,
  type Placement,
  type SectionKey,
} from './layout.js';
import { buildTimeline, type TimelineModel } from './model.js';
import { timelineMessages, type TimelineKey } from './timeline.l10n.js';
import { timelineStyles } from './timeline.styles.js';
import { IasTimelineSelectEvent } from './timeline.events.js';
import {
  TIMELINE_VIEWS,
  type TimelineItem,
  type TimelineNotice,
  type TimelineView,
} from './timeline.types.js';

const SECTION_ORDER: readonly SectionKey[] = ['milestones', ...GOAL_DOMAINS, 'andere', 'events'];
const MAX_ZOOM = 40;
const DEFAULT_WIDTH = 640;
const MIN_WIDTH = 300;

const MEASURE_GLYPH: Record<string, string> = {
  geplant: '○ ',
  angemeldet: '○ ',
  laufend: '▶ ',
  abgeschlossen: '✓ ',
  abgebrochen: '✕ ',
  nicht_angetreten: '✕ ',
};
const MILESTONE_GLYPH: Record<string, string> = {
  reached: '✓ ',
  overdue: '! ',
  'not-applicable': '– ',
  open: '',
};

interface Derived {
  model: TimelineModel;
  domain?: [number, number];
  scale?: ScaleLinear<number, number>;
  layout?: ChartLayout;
  /** Drawn items in keyboard order (by date). */
  order: Placement[];
  /** Label and accessible description of each drawn item (independent of zoom, so computed once). */
  text: Map<TimelineItem, { label: string; aria: string }>;
}

/**
 * A visual integration timeline of one person: from entry to the end of the federal responsibility
 * (5 years from the asylum application for recognised refugees, B; 7 years from entry for provisionally
 * admitted persons, F), with the IAS milestones, measures, reviews, assessments, open tasks and status
 * changes. Zoom and pan with mouse, touch or keyboard; every item is reachable with the arrow keys; a
 * table shows the same data (and is always used for print).
 *
 * Milestones and the horizon come from `computeMilestones` / `computeHorizon` of `@ias-kit/core`.
 * Data problems (no entry date, a measure without dates, an end before its start) are shown as notices,
 * never thrown. Without a `case` the element uses the case of an enclosing `caseContext` provider.
 *
 * With `compact` it becomes a small strip of the measures only (one lane of 24 px per overlapping
 * measure) under a thin horizon line with the years since entry (`J1 … J7`): no milestones, toolbar,
 * notices or zoom, the same keyboard listbox and `ias-timeline-select`, and a visually hidden table for
 * screen readers. It needs no full `Case`: `entry-date` and `plan` (optionally `statusHistory` and
 * `asylum-application-date` for the horizon) are enough; set on top of a `case`, they replace its values.
 *
 * @tagname ias-timeline
 * @summary Integration timeline from entry to the end of the 5/7-year responsibility, with milestones, measures and a table view.
 * @since 0.1
 * @status experimental
 *
 * @event {IasTimelineSelectEvent} ias-timeline-select - When an item is clicked or chosen with Enter or Space. Fields: `item: TimelineItem` (typed by `kind`). The element changes nothing.
 *
 * @csspart base - The wrapper of everything.
 * @csspart notices - The list of data notices.
 * @csspart toolbar - The zoom, pan, reset and table controls.
 * @csspart chart - The SVG chart.
 * @csspart axis - The axis with the years since entry and calendar dates.
 * @csspart bar - A measure's bar group.
 * @csspart marker - A point item's group (milestone, review, assessment, task, status change).
 * @csspart table - The table alternative.
 *
 * @cssproperty --ias-timeline-axis-color - Colour of the axis lines and year bands.
 * @cssproperty --ias-timeline-today-color - Colour of the "today" line.
 * @cssproperty --ias-timeline-horizon-color - Background of the responsibility period.
 */
export class IasTimeline extends IasElement {
  static override styles = [baseStyles, timelineStyles];

  /** The case to show (a core `Case`). When not set, the case of an enclosing `caseContext` provider is used. */
  @property({ attribute: false }) case?: Case;

  /** The reference date `YYYY-MM-DD` for the "today" line and overdue states; never read from the clock. Falls back to `todayContext`. */
  @property() today?: string;

  /** Locale override (`de`, `fr`, `it`, `en`); otherwise the nearest `lang` attribute decides. */
  @property() locale?: string;

  /** `chart` (default) or `table`. Print always uses the table. */
  @property({ reflect: true }) view: TimelineView = 'chart';

  /** Accessible name of the chart and caption of the table; default "Integrationsverlauf von <name>". */
  @property() label?: string;

  /** Overrides of any localized text, by message key (see `timeline.l10n.ts`), e.g. `{ today: 'Stichtag' }`. */
  @property({ attribute: false }) strings: Partial<Record<TimelineKey, string>> = {};

  /** Options of the milestone engine, e.g. a canton's school start (`schoolStartAge`, `schoolAgeCutoff`). */
  @property({ attribute: false }) milestoneOptions?: MilestoneOptions;

  /** A small strip of the measures only: no milestones, toolbar, notices or zoom; ~24 px per lane. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** The entry date `YYYY-MM-DD`, instead of (or replacing) the entry date of `case`; with `plan` enough without a case. */
  @property({ attribute: 'entry-date' }) entryDate?: string;

  /** The integration plan whose measures are shown, instead of (or replacing) the plan of `case`. */
  @property({ attribute: false }) plan?: IntegrationPlan;

  /** The residence status history (oldest first), instead of that of `case`; with `entryDate` it gives the horizon. */
  @property({ attribute: false }) statusHistory?: StatusChange[];

  /** The asylum application date `YYYY-MM-DD` (start of the 5-year horizon of recognised refugees), instead of that of `case`. */
  @property({ attribute: 'asylum-application-date' }) asylumApplicationDate?: string;

  @state() private transform: ZoomTransform = zoomIdentity;
  @state() private activeKey?: string;

  private readonly l10n = new LocalizeController(this, timelineMessages, () => this.strings);
  private readonly caseConsumer = new ContextConsumer(this, { context: caseContext, subscribe: true });
  private readonly todayConsumer = new ContextConsumer(this, { context: todayContext, subscribe: true });
  private readonly resize = new ResizeController(this, () => this.renderRoot.querySelector('.measure-box'));
  private readonly svgRef = createRef<SVGSVGElement>();
  private readonly zoomBehavior: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
    .scaleExtent([1, MAX_ZOOM])
    .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      this.transform = event.transform;
    });
  private zoomedSvg?: SVGSVGElement;
  private renderedWidth?: number;
  private cache?: { key: unknown[]; derived: Derived };
  private canvas?: CanvasRenderingContext2D;
  private measuredFont?: string;
  private readonly textWidths = new Map<string, number>();
  /** The CSS font of the labels, read once per render. */
  private labelFont = '12px sans-serif';

  /** The items of the timeline (dated ones in date order, then undated ones), as `ias-timeline-select` reports them. */
  get items(): TimelineItem[] {
    return this.derive().model.items;
  }

  /** The current zoom factor (1 = the whole period). */
  get zoomLevel(): number {
    return this.transform.k;
  }

  /** Zooms in (factor > 1) or out (factor < 1) around the centre of the chart. */
  zoomBy(factor: number): void {
    const svgEl = this.svgRef.value;
    if (svgEl) this.zoomBehavior.scaleBy(select(svgEl), factor);
  }

  /** Moves the visible period by `fraction` of the chart width (negative: earlier). */
  panBy(fraction: number): void {
    const svgEl = this.svgRef.value;
    if (svgEl) this.zoomBehavior.translateBy(select(svgEl), (-fraction * this.width) / this.transform.k, 0);
  }

  /** Shows the whole period again (zoom 1). */
  resetZoom(): void {
    const svgEl = this.svgRef.value;
    if (svgEl) this.zoomBehavior.transform(select(svgEl), zoomIdentity);
    else this.transform = zoomIdentity;
  }

  private get width(): number {
    return Math.max(MIN_WIDTH, this.resize.width ?? DEFAULT_WIDTH);
  }

  private merged?: { key: unknown[]; value: Case | undefined };

  /** The case shown: `case` (or the context's) with `entryDate`, `plan`, … on top, or a minimal case built from them. */
  private get currentCase(): Case | undefined {
    const base = this.case ?? this.caseConsumer.value;
    const { entryDate, plan, statusHistory, asylumApplicationDate } = this;
    const key = [base, entryDate, plan, statusHistory, asylumApplicationDate];
    if (this.merged && this.merged.key.every((v, i) => v === key[i])) return this.merged.value;
    let value = base;
    // null (a removed attribute) counts as unset
    const own = [entryDate, plan, statusHistory, asylumApplicationDate].some((v) => v != null);
    if (own) {
      value = base
        ? { ...base }
        : { id: '', person: { id: '' } as Person, statusHistory: [], assessments: [], tasks: [] };
      if (entryDate != null) value.entryDate = entryDate;
      if (plan != null) value.plan = plan;
      if (statusHistory != null) value.statusHistory = statusHistory;
      if (asylumApplicationDate != null) value.asylumApplicationDate = asylumApplicationDate;
    }
    this.merged = { key, value };
    return value;
  }

  private get currentToday(): CalendarDate | undefined {
    return this.today ?? this.todayConsumer.value;
  }

  private derive(): Derived {
    const c = this.currentCase;
    const today = this.currentToday;
    const compact = this.compact;
    const key = [
      c,
      today,
      this.milestoneOptions,
      this.width,
      this.l10n.locale,
      this.strings,
      this.labelFont,
      compact,
    ];
    if (this.cache && this.cache.key.every((v, i) => v === key[i])) return this.cache.derived;
    const full = buildTimeline(c, today, this.milestoneOptions);
    // compact: the measures only; their data problems stay in each item's description and the table
    const model: TimelineModel = compact
      ? { ...full, items: full.items.filter((i) => i.kind === 'measure'), notices: [] }
      : full;
    const derived: Derived = { model, order: [], text: new Map() };
    const domain = timeDomain(model, model.items.length ? this.validToday : undefined);
    if (domain && model.items.some((i) => i.start)) {
      derived.domain = domain;
      derived.scale = baseScale(domain, this.width);
      derived.layout = compact
        ? layoutCompact(model.items, derived.scale)
        : layoutChart(
            model.items,
            derived.scale,
            (i) => this.shortLabel(i),
            SECTION_ORDER,
            (text) => this.textWidth(text),
          );
      derived.order = [...derived.layout.placements].sort(
        (a, b) => model.items.indexOf(a.item) - model.items.indexOf(b.item),
      );
      for (const { item } of derived.order) {
        derived.text.set(item, { label: this.shortLabel(item), aria: this.describe(item) });
      }
    }
    this.cache = { key, derived };
    return derived;
  }

  /** Width of a 12 px label in the host's font, measured on a canvas (an estimate where there is none). */
  private textWidth(text: string): number {
    const font = this.labelFont;
    if (font !== this.measuredFont) {
      this.measuredFont = font;
      this.textWidths.clear();
      this.canvas ??= document.createElement('canvas').getContext('2d') ?? undefined;
      if (this.canvas) this.canvas.font = font;
    }
    let width = this.textWidths.get(text);
    if (width === undefined) {
      width = Math.max(this.canvas?.measureText(text).width ?? 0, 0) || labelWidth(text);
      this.textWidths.set(text, width);
    }
    return width;
  }

  private get validToday(): CalendarDate | undefined {
    const today = this.currentToday;
    return isCalendarDate(today) ? today : undefined;
  }

  private date(value: CalendarDate | undefined): string {
    if (!value) return this.l10n.t('noDate');
    try {
      return formatDate(value);
    } catch {
      return value;
    }
  }

  private range(from: CalendarDate, to: CalendarDate): string {
    return from === to ? this.date(from) : this.l10n.t('range', { from: this.date(from), to: this.date(to) });
  }

  /** The label drawn next to an item. */
  private shortLabel(item: TimelineItem): string {
    const warn = item.problem ? '⚠ ' : '';
    switch (item.kind) {
      case 'milestone':
        return `${MILESTONE_GLYPH[item.state] ?? ''}${this.l10n.t(`msShort.${item.id}`)}`;
      case 'measure':
        return `${warn}${MEASURE_GLYPH[item.status] ?? ''}${item.measure.title ?? ''}`;
      case 'review':
        return this.l10n.t('kind.review');
      case 'assessment':
        return this.l10n.t('kind.assessment');
      case 'task':
        return `${item.overdue ? '! ' : ''}${item.task.title ?? ''}`;
      case 'status':
        return `${item.status} (${PERMIT_OF_STATUS[item.status] ?? '?'})`;
    }
  }

  /** Name of an item (table "item" column). */
  private itemName(item: TimelineItem): string {
    switch (item.kind) {
      case 'milestone':
        return this.l10n.t(`ms.${item.id}`);
      case 'measure':
        return `${item.measure.title ?? ''} (${this.l10n.t(`domain.${item.domain}`)})`;
      case 'review':
        return this.l10n.t('kind.review');
      case 'assessment':
        return item.assessment.templateId ?? this.l10n.t('kind.assessment');
      case 'task':
        return item.task.title ?? '';
      case 'status':
        return this.statusName(item.status);
    }
  }

  private statusName(status: string): string {
    return status === 'FL' || status === 'VA' || status === 'VA-FL'
      ? this.l10n.t(`status.${status}`)
      : status;
  }

  /** Dates of an item as text. */
  private itemDates(item: TimelineItem): string {
    if (item.kind === 'measure') {
      const parts: string[] = [];
      if (item.planned)
        parts.push(this.l10n.t('planned', { range: this.range(item.planned.start, item.planned.end) }));
      if (item.actual) {
        const range = item.actual.openEnd
          ? this.l10n.t('since', { date: this.date(item.actual.start) })
          : this.range(item.actual.start, item.actual.end);
        parts.push(this.l10n.t('actual', { range }));
      }
      return parts.length ? parts.join(', ') : this.l10n.t('noDate');
    }
    if (item.kind === 'task')
      return item.start ? this.l10n.t('due', { date: this.date(item.start) }) : this.l10n.t('noDate');
    if (item.kind === 'milestone' && item.milestone.applicable && item.milestone.latestDueDate) {
      return this.range(item.milestone.dueDate, item.milestone.latestDueDate);
    }
    // The indicators count a goal milestone until 31 December: both deadlines where they differ.
    const counts =
      item.kind === 'milestone' ? countingDeadline(item.milestone.id, item.milestone.dueDate) : undefined;
    if (counts)
      return `${this.date(item.start)} · ${this.l10n.t('countsFor', { year: counts.year, date: this.date(counts.until) })}`;
    return this.date(item.start);
  }

  /** State of an item as text. */
  private itemState(item: TimelineItem): string {
    switch (item.kind) {
      case 'milestone':
        return item.milestone.applicable
          ? this.l10n.t(`state.${item.state}`)
          : `${this.l10n.t('state.not-applicable')} (${this.l10n.t(`reason.${item.milestone.reason}`)})`;
      case 'measure':
        return this.l10n.t(`measure.${item.status}`);
      case 'task':
        return item.overdue ? this.l10n.t('state.overdue') : this.l10n.t('state.open');
      case 'assessment':
        return item.assessment.status ?? '';
      default:
        return '';
    }
  }

  private problemText(item: TimelineItem): string {
    return item.problem ? this.noticeText({ code: item.problem, subject: this.itemName(item) }) : '';
  }

  /** Everything a screen reader announces for an item. */
  private describe(item: TimelineItem): string {
    const parts = [this.itemDates(item), this.itemState(item), this.problemText(item)].filter(Boolean);
    const name = this.itemName(item);
    // the accessible name must contain the visible label (WCAG 2.5.3), without its status glyphs
    const visible = this.shortLabel(item).replace(/^[^\p{L}\p{N}]+/u, '');
    const named = name.includes(visible) ? name : `${visible} – ${name}`;
    return `${this.l10n.t(`kind.${item.kind}`)}: ${named}, ${parts.join(', ')}`;
  }

  private noticeText(n: TimelineNotice): string {
    const reason = n.reason ? this.l10n.t(`reason.${n.reason}` as TimelineKey) : '';
    return this.l10n.t(`notice.${n.code}`, { subject: n.subject ?? '?', reason });
  }

  private get chartLabel(): string {
    if (this.label) return this.label;
    const p = this.currentCase?.person;
    const name = p ? [p.firstName, p.officialName].filter(Boolean).join(' ') : '';
    return name ? this.l10n.t('chartLabelFor', { name }) : this.l10n.t('chartLabel');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('view') && !TIMELINE_VIEWS.includes(this.view))
      this.devWarn(`unknown view "${this.view}"`);
    if (changed.has('compact') && this.compact) this.transform = zoomIdentity; // the strip never zooms
  }

  protected override updated(): void {
    // the compact strip does not zoom (and so never captures the wheel of the page it sits in)
    const svgEl = this.compact ? undefined : this.svgRef.value;
    if (svgEl !== this.zoomedSvg) {
      if (this.zoomedSvg) select(this.zoomedSvg).on('.zoom', null);
      this.zoomedSvg = svgEl;
      if (svgEl) select(svgEl).call(this.zoomBehavior).on('dblclick.zoom', null);
    }
    if (svgEl) {
      const w = this.width;
      const h = Number(svgEl.getAttribute('height')) || 1;
      this.zoomBehavior
        .extent([
          [0, 0],
          [w, h],
        ])
        .translateExtent([
          [0, 0],
          [w, h],
        ]);
      if (this.renderedWidth && this.renderedWidth !== w && this.transform.k !== 1) {
        const t = this.transform;
        this.zoomBehavior.transform(
          select(svgEl),
          zoomIdentity.translate((t.x * w) / this.renderedWidth, 0).scale(t.k),
        );
      }
      this.renderedWidth = w;
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.requestUpdate(); // re-attach the zoom behaviour after a move in the DOM
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.zoomedSvg) select(this.zoomedSvg).on('.zoom', null);
    this.zoomedSvg = undefined;
  }

  private select(item: TimelineItem): void {
    this.emit(new IasTimelineSelectEvent(item));
  }

  private async focusItem(placement: Placement): Promise<void> {
    this.activeKey = placement.item.key;
    await this.updateComplete;
    this.ensureVisible(placement);
    await this.updateComplete;
    this.renderRoot.querySelector<SVGGElement>(`[data-key="${CSS.escape(placement.item.key)}"]`)?.focus();
  }

  /** Pans so that a focused item is inside the visible period. */
  private ensureVisible(placement: Placement): void {
    const { scale } = this.derive();
    const svgEl = this.svgRef.value;
    if (!scale || !svgEl || !placement.item.start) return;
    const x = this.transform.applyX(scale(dayOf(placement.item.start)));
    if (x < MARGIN.left || x > this.width - MARGIN.right) {
      this.zoomBehavior.translateBy(select(svgEl), (this.width / 2 - x) / this.transform.k, 0);
    }
  }

  private onKeydown(event: KeyboardEvent): void {
    const { order } = this.derive();
    if (!order.length) return;
    const index = Math.max(
      0,
      order.findIndex((p) => p.item.key === this.activeKey),
    );
    const go = (i: number) => {
      event.preventDefault();
      const target = order[Math.min(order.length - 1, Math.max(0, i))];
      if (target) void this.focusItem(target);
    };
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        return go(index + 1);
      case 'ArrowLeft':
      case 'ArrowUp':
        return go(index - 1);
      case 'Home':
        return go(0);
      case 'End':
        return go(order.length - 1);
      case 'Enter':
      case ' ': {
        event.preventDefault();
        const item = order[index]?.item;
        if (item) this.select(item);
        return;
      }
      case '+':
      case '=':
        if (this.compact) return;
        event.preventDefault();
        return this.zoomBy(1.5);
      case '-':
        if (this.compact) return;
        event.preventDefault();
        return this.zoomBy(1 / 1.5);
      case '0':
        if (this.compact) return;
        event.preventDefault();
        return this.resetZoom();
    }
  }

  private onItemClick(placement: Placement): void {
    this.activeKey = placement.item.key;
    this.select(placement.item);
  }

  protected override render(): TemplateResult {
    this.labelFont = `12px ${getComputedStyle(this).fontFamily || 'sans-serif'}`;
    const derived = this.derive();
    const { model } = derived;
    const c = this.currentCase;
    const notices = [...model.notices];
    if (c && !this.validToday) notices.push({ code: 'no-today' });
    const drawable = !!derived.layout;
    if (this.compact) {
      return html`<div part="base">
        <div class="measure-box"></div>
        <div class="chart-area">
          ${drawable ? this.renderCompact(derived) : html`<p class="empty">${this.l10n.t('compactEmpty')}</p>`}
        </div>
        ${this.renderTable(model)}
      </div>`;
    }
    return html`<div part="base">
      <div class="measure-box"></div>
      ${
        notices.length
          ? html`<ul part="notices" aria-label=${this.l10n.t('notices')}>
              ${notices.map((n) => html`<li>${this.noticeText(n)}</li>`)}
            </ul>`
          : nothing
      }
      ${this.renderToolbar(drawable)}
      <div class="chart-area">
        ${
          drawable
            ? this.renderChart(derived)
            : html`<p class="empty">${c ? this.l10n.t('empty') : this.l10n.t('noCase')}</p>`
        }
      </div>
      ${this.renderTable(model)}
    </div>`;
  }

  private renderToolbar(drawable: boolean): TemplateResult {
    const chart = this.view !== 'table';
    const zoomed = this.transform.k > 1;
    return html`<div part="toolbar" role="group" aria-label=${this.l10n.t('toolbar')}>
      ${
        chart && drawable
          ? html`<button
                type="button"
                class="zoom-out"
                aria-label=${this.l10n.t('zoomOut')}
                ?disabled=${!zoomed}
                @click=${() => this.zoomBy(1 / 1.5)}
              >
                −
              </button>
              <button
                type="button"
                class="zoom-in"
                aria-label=${this.l10n.t('zoomIn')}
                ?disabled=${this.transform.k >= MAX_ZOOM}
                @click=${() => this.zoomBy(1.5)}
              >
                +
              </button>
              <button
                type="button"
                class="pan-earlier"
                aria-label=${this.l10n.t('panEarlier')}
                ?disabled=${!zoomed}
                @click=${() => this.panBy(-0.3)}
              >
                ◀
              </button>
              <button
                type="button"
                class="pan-later"
                aria-label=${this.l10n.t('panLater')}
                ?disabled=${!zoomed}
                @click=${() => this.panBy(0.3)}
              >
                ▶
              </button>
              <button type="button" class="reset" ?disabled=${!zoomed} @click=${() => this.resetZoom()}>
                ${this.l10n.t('reset')}
              </button>`
          : nothing
      }
      <button
        type="button"
        class="toggle-table"
        aria-pressed=${this.view === 'table' ? 'true' : 'false'}
        @click=${() => (this.view = this.view === 'table' ? 'chart' : 'table')}
      >
        ${this.l10n.t('showTable')}
      </button>
    </div>`;
  }

  private renderChart(derived: Derived): TemplateResult {
    const { model, layout } = derived;
    const base = derived.scale!;
    const x = this.transform.rescaleX(base);
    const width = this.width;
    const height = layout!.height;
    const active = derived.order.find((p) => p.item.key === this.activeKey) ?? derived.order[0];
    const activeKey = active?.item.key;
    const today = this.validToday;
    const horizon = model.horizon;
    const summary = [
      horizon
        ? this.l10n.t('horizon', { date: this.date(horizon.end), status: this.statusName(horizon.status) })
        : '',
      today ? `${this.l10n.t('today')}: ${this.date(today)}` : '',
    ]
      .filter(Boolean)
      .join(' · ');
    const innerRight = width - MARGIN.right;
    const clip = `M${MARGIN.left - 10},0H${innerRight + 10}V${height}H${MARGIN.left - 10}Z`;
    return html`<p class="detail summary">${summary}</p>
      <p class="detail active-detail">${active && this.activeKey ? this.describe(active.item) : ''}</p>
      <svg
        ${ref(this.svgRef)}
        part="chart"
        role="group"
        aria-label=${this.chartLabel}
        width=${width}
        height=${height}
        viewBox="0 0 ${width} ${height}"
      >
        <defs>
          <pattern
            id="ias-hatch"
            width="4"
            height="4"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="4" height="4" fill="var(--_surface)"></rect>
            <line x1="0" y1="0" x2="0" y2="4" stroke="var(--_critical)" stroke-width="2"></line>
          </pattern>
          <clipPath id="ias-clip"><path d=${clip}></path></clipPath>
        </defs>
        <g aria-hidden="true" clip-path="url(#ias-clip)">${this.renderBackground(derived, x, height)}</g>
        <g aria-hidden="true">${this.renderSectionTitles(layout!)}</g>
        <g
          role="listbox"
          aria-label=${this.l10n.t('itemsLabel')}
          aria-orientation="horizontal"
          clip-path="url(#ias-clip)"
          @keydown=${this.onKeydown}
        >
          ${derived.order.map((p) => this.renderItem(p, x, p.item.key === activeKey, derived.text.get(p.item)!))}
        </g>
      </svg>`;
  }

  /** The compact strip: a thin horizon line with the years since entry, then the measures in lanes. */
  private renderCompact(derived: Derived): TemplateResult {
    const { model, layout } = derived;
    const x = derived.scale!;
    const width = this.width;
    const height = layout!.height;
    const active = derived.order.find((p) => p.item.key === this.activeKey) ?? derived.order[0];
    const activeKey = active?.item.key;
    const today = this.validToday;
    const entry = model.entryDate;
    const horizon = model.horizon;
    const bands = entry ? yearBands(entry, horizon?.end) : [];
    const px = (d: CalendarDate) => x(dayOf(d));
    const lineY = COMPACT_AXIS_HEIGHT - 4;
    const innerRight = width - MARGIN.right;
    const clip = `M${MARGIN.left - 10},0H${innerRight + 10}V${height}H${MARGIN.left - 10}Z`;
    return html`<svg
        ${ref(this.svgRef)}
        part="chart"
        class="compact"
        role="group"
        aria-label=${this.chartLabel}
        width=${width}
        height=${height}
        viewBox="0 0 ${width} ${height}"
      >
        <defs>
          <pattern
            id="ias-hatch"
            width="4"
            height="4"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="4" height="4" fill="var(--_surface)"></rect>
            <line x1="0" y1="0" x2="0" y2="4" stroke="var(--_critical)" stroke-width="2"></line>
          </pattern>
          <clipPath id="ias-clip"><path d=${clip}></path></clipPath>
        </defs>
        <g aria-hidden="true" clip-path="url(#ias-clip)">
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
                ${w >= 22 ? svg`<text class="year" x=${x0 + w / 2} y=${lineY - 4} text-anchor="middle">${this.l10n.t('yearShort', { n: b.n })}</text>` : nothing}`;
            })}
          </g>
          ${entry ? svg`<line class="entry-line" x1=${px(entry)} x2=${px(entry)} y1=${lineY} y2=${height}></line>` : nothing}
          ${horizon ? svg`<line class="end-line" data-day=${horizon.end} x1=${px(horizon.end)} x2=${px(horizon.end)} y1=${lineY} y2=${height}></line>` : nothing}
          ${today ? svg`<line class="today-line" x1=${px(today)} x2=${px(today)} y1=${lineY - 6} y2=${height}></line>` : nothing}
        </g>
        <g
          role="listbox"
          aria-label=${this.l10n.t('itemsLabelCompact')}
          aria-orientation="horizontal"
          @keydown=${this.onKeydown}
        >
          ${derived.order.map((p) => this.renderItem(p, x, p.item.key === activeKey, derived.text.get(p.item)!))}
        </g>
      </svg>
      ${
        active && this.activeKey
          ? html`<p class="detail active-detail">${this.describe(active.item)}</p>`
          : nothing
      }`;
  }

  private renderBackground(
    derived: Derived,
    x: ScaleLinear<number, number>,
    height: number,
  ): SVGTemplateResult {
    const { model } = derived;
    const today = this.validToday;
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
          const x1 = x(b.end);
          const w = x1 - x0;
          const text = w >= 52 ? this.l10n.t('year', { n: b.n }) : this.l10n.t('yearShort', { n: b.n });
          return svg`<rect class="band" x=${x0} y="1" width=${Math.max(0, w)} height="18"></rect>
            ${w >= 22 ? svg`<text x=${x0 + w / 2} y="14" text-anchor="middle">${text}</text>` : nothing}`;
        })}
        ${ticks.map(
          (
            t,
          ) => svg`<line class="grid" x1=${x(t.day)} x2=${x(t.day)} y1=${AXIS_HEIGHT - 4} y2=${height}></line>
            <line class="tick ${t.major ? 'major' : ''}" x1=${x(t.day)} x2=${x(t.day)} y1="22" y2="28"></line>
            ${x(t.day) + 3 + this.textWidth(t.label) <= this.width ? svg`<text class="muted" x=${x(t.day) + 3} y="39">${t.label}</text>` : nothing}`,
        )}
      </g>
      ${entry ? svg`<line class="entry-line" x1=${px(entry)} x2=${px(entry)} y1="0" y2=${height}></line>` : nothing}
      ${horizon ? svg`<line class="end-line" data-day=${horizon.end} x1=${px(horizon.end)} x2=${px(horizon.end)} y1="0" y2=${height}></line>` : nothing}
      ${
        today
          ? svg`<line class="today-line" x1=${px(today)} x2=${px(today)} y1="20" y2=${height}></line>
            <text class="today-label" x=${px(today) + 3} y=${AXIS_HEIGHT + 10} font-weight="600">${this.l10n.t('today')}</text>`
          : nothing
      }
    `;
  }

  private renderSectionTitles(layout: ChartLayout): SVGTemplateResult[] {
    return layout.sections.map((s) => {
      const key =
        s.key === 'milestones'
          ? 'sectionMilestones'
          : s.key === 'events'
            ? 'sectionEvents'
            : (`domain.${s.key}` as TimelineKey);
      return svg`<text class="section-title" x=${MARGIN.left} y=${s.y + 13}>${this.l10n.t(key)}</text>`;
    });
  }

  private renderItem(
    p: Placement,
    x: ScaleLinear<number, number>,
    active: boolean,
    text: { label: string; aria: string },
  ): SVGTemplateResult {
    const item = p.item;
    const start = x(dayOf(item.start!));
    const end = x(dayOf(item.end ?? item.start!));
    const y = p.y;
    const label = text.label;
    const isBar = item.kind === 'measure';
    const x0 = isBar ? start : start - 8;
    const x1 = isBar ? Math.max(end, start + 4) : start + 8;
    const textX = x0 + p.labelOffset;
    const boxX = Math.min(x0, textX);
    const boxW = Math.max(x1, textX + p.labelWidth) - boxX;
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
      part=${isBar ? 'bar' : 'marker'}
      role="option"
      aria-selected=${active ? 'true' : 'false'}
      aria-label=${text.aria}
      tabindex=${active ? 0 : -1}
      data-key=${item.key}
      data-x=${start.toFixed(2)}
      data-lane=${p.lane}
      @click=${() => this.onItemClick(p)}
      @focus=${() => {
        if (this.activeKey !== item.key) this.activeKey = item.key;
      }}
    >
      ${
        this.compact
          ? svg`<title>${label}</title>
            <rect class="focus" x=${x0 - 3} y=${y - 2} width=${x1 - x0 + (item.kind === 'measure' && item.actual?.openEnd ? 13 : 6)} height="20" rx="3"></rect>
            ${this.renderBar(item, x, y)}`
          : svg`<rect class="focus" x=${boxX - 2} y=${y - 2} width=${boxW + 4} height="30" rx="3"></rect>
            ${isBar ? this.renderBar(item, x, y) : this.renderMarker(item, start, y + 9)}
            <text x=${textX} y=${y + 25}>${label}</text>`
      }
    </g>`;
  }

  private renderBar(item: TimelineItem, x: ScaleLinear<number, number>, y: number): SVGTemplateResult {
    if (item.kind !== 'measure') return svg``;
    const rect = (s: CalendarDate, e: CalendarDate, cls: string, top: number, h: number) => {
      const a = x(dayOf(s));
      const w = Math.max(4, x(dayOf(e)) - a);
      return svg`<rect class=${cls} x=${a} y=${top} width=${w} height=${h} rx="2"></rect>`;
    };
    const open = item.actual?.openEnd;
    const endX = item.actual ? x(dayOf(item.actual.end)) : 0;
    return svg`
      ${item.planned ? rect(item.planned.start, item.planned.end, 'planned', y + 1, 14) : nothing}
      ${item.actual ? rect(item.actual.start, item.actual.end, 'actual', y + 4, 8) : nothing}
      ${open ? svg`<path class="actual" d="M${Math.max(endX, x(dayOf(item.actual!.start)) + 4)},${y + 2}l6,6l-6,6z"></path>` : nothing}
    `;
  }

  private renderMarker(item: TimelineItem, cx: number, cy: number): SVGTemplateResult {
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

  private renderTable(model: TimelineModel): TemplateResult {
    // compact chart: the table is for screen readers only, without focusable buttons nobody can see
    const hidden = this.compact && this.view !== 'table';
    return html`<div part="table" class=${hidden ? 'visually-hidden' : ''}>
      <table>
        <caption>
          ${this.l10n.t('tableCaption', { label: this.chartLabel })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${this.l10n.t('colKind')}</th>
            <th scope="col">${this.l10n.t('colItem')}</th>
            <th scope="col">${this.l10n.t('colDate')}</th>
            <th scope="col">${this.l10n.t('colState')}</th>
          </tr>
        </thead>
        <tbody>
          ${
            model.items.length
              ? model.items.map(
                  (item) =>
                    html`<tr data-key=${item.key}>
                      <td>${this.l10n.t(`kind.${item.kind}`)}</td>
                      <td>
                        ${
                          hidden
                            ? this.itemName(item)
                            : html`<button type="button" @click=${() => this.select(item)}>
                                ${this.itemName(item)}
                              </button>`
                        }
                      </td>
                      <td>${this.itemDates(item)}</td>
                      <td>${[this.itemState(item), this.problemText(item)].filter(Boolean).join(' – ')}</td>
                    </tr>`,
                )
              : html`<tr>
                  <td colspan="4">
                    ${this.compact ? this.l10n.t('compactEmpty') : this.currentCase ? this.l10n.t('empty') : this.l10n.t('noCase')}
                  </td>
                </tr>`
          }
        </tbody>
      </table>
    </div>`;
  }
}
