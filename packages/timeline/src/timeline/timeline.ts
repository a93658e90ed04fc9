import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { createRef } from 'lit/directives/ref.js';
import { ContextConsumer } from '@lit/context';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import type { ScaleLinear } from 'd3-scale';
import {
  GOAL_DOMAINS,
  isCalendarDate,
  type CalendarDate,
  type Case,
  type IntegrationPlan,
  type MilestoneOptions,
  type Person,
  type StatusChange,
} from '@ias-kit/core';
import {
  baseStyles,
  tableStyles,
  caseContext,
  IasElement,
  LocalizeController,
  ResizeController,
  todayContext,
} from '@ias-kit/ui';
import { renderChart, renderCompact, type ChartContext, type DrawnItem } from './chart-svg.js';
import { ItemText } from './item-text.js';
import { TimelineKeyboardController } from './keyboard-controller.js';
import {
  baseScale,
  dayOf,
  labelWidth,
  layoutChart,
  layoutCompact,
  MARGIN,
  timeDomain,
  type ChartLayout,
  type Placement,
  type SectionKey,
} from './layout.js';
import { buildTimeline, type TimelineModel } from './model.js';
import { renderLegend, renderTable } from './table.js';
import { timelineMessages, type TimelineKey } from './timeline.l10n.js';
import { timelineStyles } from './timeline.styles.js';
import { IasTimelineSelectEvent } from './timeline.events.js';
import { TIMELINE_VIEWS, type TimelineItem, type TimelineView } from './timeline.types.js';

const SECTION_ORDER: readonly SectionKey[] = ['milestones', ...GOAL_DOMAINS, 'andere', 'events'];
const MAX_ZOOM = 40;
const DEFAULT_WIDTH = 640;
const MIN_WIDTH = 300;

interface Derived {
  model: TimelineModel;
  domain?: [number, number];
  scale?: ScaleLinear<number, number>;
  layout?: ChartLayout;
  /** Drawn items in keyboard order (by date). */
  order: Placement[];
  /** Drawn items by key. */
  byKey: Map<string, Placement>;
  /** Label and accessible description of each drawn item (independent of zoom, so computed once). */
  text: Map<TimelineItem, { label: string; aria: string }>;
}

/**
 * A visual integration timeline of one person: from entry to the end of the federal responsibility
 * (5 years from the asylum application for recognised refugees, B; 7 years from entry for provisionally
 * admitted persons, F), with the IAS milestones, measures, reviews, assessments, open tasks and status
 * changes. Zoom and pan with mouse, touch or keyboard; every item is reachable with the arrow keys
 * (Left/Right in time, Up/Down between lanes); a table shows the same data (and is always used for
 * print); a legend explains every shape and glyph. Point items are labelled with what and when
 * ("Kurzassessment 15.01.2025"); labels wear a halo so lines never make them unreadable.
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
 * @csspart table - The table alternative (a labelled region that scrolls sideways on its own when narrow).
 * @csspart legend - The legend of shapes, lines and glyphs, shown with the chart and with the table.
 *
 * @cssproperty --ias-timeline-axis-color - Colour of the axis lines and year bands.
 * @cssproperty --ias-timeline-today-color - Colour of the "today" line.
 * @cssproperty --ias-timeline-horizon-color - Background of the responsibility period.
 */
export class IasTimeline extends IasElement {
  static override styles = [baseStyles, tableStyles, timelineStyles];

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

  private readonly l10n = new LocalizeController(this, timelineMessages, () => this.strings);
  private readonly text = new ItemText((key, params) => this.l10n.t(key, params));
  private readonly keys = new TimelineKeyboardController(this);
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
  private readonly drawn = new WeakMap<Placement, DrawnItem>();
  private renderedWidth?: number;
  private cache?: { key: unknown[]; derived: Derived };
  private canvas?: CanvasRenderingContext2D;
  private measuredFont?: string;
  private readonly textWidths = new Map<string, number>();
  /** The CSS font of the labels, read once per render (but not per zoom step). */
  private labelFont = '12px sans-serif';
  /** Whether the pending update changes the zoom transform only (a zoom or pan step). */
  private zoomOnly = false;

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
    const derived: Derived = { model, order: [], byKey: new Map(), text: new Map() };
    const domain = timeDomain(model, model.items.length ? this.validToday : undefined);
    if (domain && model.items.some((i) => i.start)) {
      derived.domain = domain;
      derived.scale = baseScale(domain, this.width);
      derived.layout = compact
        ? layoutCompact(model.items, derived.scale)
        : layoutChart(
            model.items,
            derived.scale,
            (i) => this.text.shortLabel(i),
            SECTION_ORDER,
            (text) => this.textWidth(text),
          );
      derived.order = [...derived.layout.placements].sort(
        (a, b) => model.items.indexOf(a.item) - model.items.indexOf(b.item),
      );
      for (const p of derived.order) {
        derived.byKey.set(p.item.key, p);
        derived.text.set(p.item, { label: this.text.shortLabel(p.item), aria: this.text.describe(p.item) });
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

  private get chartLabel(): string {
    if (this.label) return this.label;
    const p = this.currentCase?.person;
    const name = p ? [p.firstName, p.officialName].filter(Boolean).join(' ') : '';
    return name ? this.l10n.t('chartLabelFor', { name }) : this.l10n.t('chartLabel');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.zoomOnly = changed.size === 1 && (changed as Map<PropertyKey, unknown>).has('transform');
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
    this.keys.activeKey = placement.item.key;
    this.requestUpdate();
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

  /** Drawn items in time order (the keyboard controller's ArrowLeft/Right order). */
  keyboardOrder(): Placement[] {
    return this.derive().order;
  }

  /** Focuses an item and pans it into view. */
  focusPlacement(p: Placement): void {
    void this.focusItem(p);
  }

  /** Reports the chosen item. */
  choose(item: TimelineItem): void {
    this.select(item);
  }

  /** + / − zoom by a factor; 0 resets (not on the compact strip). */
  get zoomKey(): ((factor: number) => void) | undefined {
    return this.compact ? undefined : (f) => (f ? this.zoomBy(f) : this.resetZoom());
  }

  /** The drawn item an event happened in (the listbox listens once for all its options). */
  private placementOf(event: Event): Placement | undefined {
    const key = (event.target as Element | null)?.closest?.<SVGGElement>('[role="option"]')?.dataset['key'];
    return key === undefined ? undefined : this.derive().byKey.get(key);
  }

  private readonly onItemClick = (event: Event): void => {
    const placement = this.placementOf(event);
    if (!placement) return;
    this.keys.activeKey = placement.item.key;
    this.requestUpdate();
    this.select(placement.item);
  };

  private readonly onItemFocus = (event: Event): void => {
    const placement = this.placementOf(event);
    if (!placement || this.keys.activeKey === placement.item.key) return;
    this.keys.activeKey = placement.item.key;
    this.requestUpdate();
  };

  private chartContext(derived: Derived): ChartContext {
    return {
      t: (key, params) => this.l10n.t(key, params),
      text: this.text,
      model: derived.model,
      layout: derived.layout!,
      order: derived.order,
      labels: derived.text,
      x: this.compact ? derived.scale! : this.transform.rescaleX(derived.scale!),
      zoom: this.compact ? 1 : this.transform.k,
      drawn: this.drawn,
      width: this.width,
      compact: this.compact,
      today: this.validToday,
      chartLabel: this.chartLabel,
      activeKey: this.keys.activeKey,
      svgRef: this.svgRef,
      textWidth: (text) => this.textWidth(text),
      onKeydown: this.keys.onKeydown,
      onItemClick: this.onItemClick,
      onItemFocus: this.onItemFocus,
    };
  }

  protected override render(): TemplateResult {
    // a zoom or pan step reads no style: the labels' font can only have changed with something else
    if (!this.zoomOnly) this.labelFont = `12px ${getComputedStyle(this).fontFamily || 'sans-serif'}`;
    const derived = this.derive();
    const { model } = derived;
    const c = this.currentCase;
    const notices = [...model.notices];
    if (c && !this.validToday) notices.push({ code: 'no-today' });
    const drawable = !!derived.layout;
    // the table and the legend do not change with the zoom: built again only with the data, texts or view
    const table = guard([derived, this.view, this.compact, this.chartLabel, c === undefined], () =>
      renderTable((k, p) => this.l10n.t(k, p), this.text, model, {
        caption: this.l10n.t('tableCaption', { label: this.chartLabel }),
        // compact chart: the table is for screen readers only, without buttons nobody can see
        hidden: this.compact && this.view !== 'table',
        empty: this.compact ? this.l10n.t('compactEmpty') : c ? this.l10n.t('empty') : this.l10n.t('noCase'),
        select: (item) => this.select(item),
      }),
    );
    if (this.compact) {
      return html`<div part="base">
        <div class="measure-box"></div>
        <div class="chart-area">
          ${drawable ? renderCompact(this.chartContext(derived)) : html`<p class="empty">${this.l10n.t('compactEmpty')}</p>`}
        </div>
        ${table}
      </div>`;
    }
    return html`<div part="base">
      <div class="measure-box"></div>
      ${
        notices.length
          ? html`<ul part="notices" aria-label=${this.l10n.t('notices')}>
              ${notices.map((n) => html`<li>${this.text.noticeText(n)}</li>`)}
            </ul>`
          : nothing
      }
      ${this.renderToolbar(drawable)}
      <div class="chart-area">
        ${
          drawable
            ? renderChart(this.chartContext(derived))
            : html`<p class="empty">${c ? this.l10n.t('empty') : this.l10n.t('noCase')}</p>`
        }
      </div>
      ${table}
      ${drawable ? guard([derived], () => renderLegend((k, p) => this.l10n.t(k, p), false)) : nothing}
    </div>`;
  }

  private renderToolbar(drawable: boolean): TemplateResult {
    const zoomed = this.transform.k > 1;
    const tool = (cls: string, label: string, text: string, disabled: boolean, run: () => void) =>
      html`<ias-button class=${cls} size="small" label=${label} ?disabled=${disabled} @click=${run}
        >${text}</ias-button
      >`;
    return html`<div part="toolbar" role="group" aria-label=${this.l10n.t('toolbar')}>
      ${
        this.view !== 'table' && drawable
          ? html`${tool('zoom-out', this.l10n.t('zoomOut'), '−', !zoomed, () => this.zoomBy(1 / 1.5))}
              ${tool('zoom-in', this.l10n.t('zoomIn'), '+', this.transform.k >= MAX_ZOOM, () => this.zoomBy(1.5))}
              ${tool('pan-earlier', this.l10n.t('panEarlier'), '◀', !zoomed, () => this.panBy(-0.3))}
              ${tool('pan-later', this.l10n.t('panLater'), '▶', !zoomed, () => this.panBy(0.3))}
              <ias-button class="reset" size="small" ?disabled=${!zoomed} @click=${() => this.resetZoom()}
                >${this.l10n.t('reset')}</ias-button
              >`
          : nothing
      }
      <ias-button
        class="toggle-table"
        size="small"
        toggle
        ?pressed=${this.view === 'table'}
        @click=${() => (this.view = this.view === 'table' ? 'chart' : 'table')}
        >${this.l10n.t('showTable')}</ias-button
      >
    </div>`;
  }
}
