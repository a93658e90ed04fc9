import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { virtualize, virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import type { VisibilityChangedEvent } from '@lit-labs/virtualizer/events.js';
import {
  isCalendarDate,
  todayIn,
  TRAFFIC_LIGHTS,
  type TrafficLight,
  type TrafficLightOrUnknown,
} from '@ias-kit/core';
import {
  CASE_LIST_SORT_KEYS,
  UNKNOWN_GROUP,
  caseListCsv,
  caseListRows,
  caseloadSummary,
  filterCaseList,
  sortCaseList,
  type CaseListFilter,
  type CaseListRecord,
  type CaseListRow,
  type CaseListSortKey,
} from '../core.js';
import { IasElement, LocalizeController, baseStyles, rowKeyTarget, type IasSelect } from '@ias-kit/ui';
import {
  IasCaseListExportEvent,
  IasCaseListFilterChangeEvent,
  IasCaseOpenEvent,
} from './case-list.events.js';
import { caseListMessages, type CaseListKey } from './case-list.l10n.js';
import { caseListStyles } from './case-list.styles.js';
import { caseLight } from './light.js';

/** The filter's lights, most urgent first, then `unknown`. */
const LIGHTS: readonly TrafficLightOrUnknown[] = [...[...TRAFFIC_LIGHTS].reverse(), 'unknown'];

/**
 * A filterable, sortable list of persons (responsible worker, status, age group at entry, years
 * since entry, resources from the latest assessment, running measures, traffic light), virtualized
 * for 10,000 rows, with a caseload summary per worker and a CSV export of the filtered list.
 * The toolbar is the cockpit's (`<ias-task-list>`): the kit's `<ias-select>` per filter, a reset and the
 * export as `<ias-button>`s; sortable column headers are quiet `<ias-button>`s with `aria-sort` on the
 * header. Every row is one line (full text in each cell's `title` and accessible text); the person's
 * name opens the case. As in the cockpit the rows are one tab stop (roving tabindex): ArrowUp/Down,
 * PageUp/Down, Home and End move between the names (scrolling the virtualized list), Enter opens.
 * All targets are at least 24 × 24 px.
 *
 * @tagname ias-case-list
 * @summary Filtered client list with caseload per worker and CSV export.
 * @since 0.1
 * @status experimental
 *
 * @event {IasCaseListExportEvent} ias-case-list-export - The user asked for the CSV of the filtered list. Fields: `csv: string`, `count: number`. Cancel it to handle the file yourself, else it downloads via a Blob URL.
 * @event {IasCaseOpenEvent} ias-case-open - The user opened a person. Fields: `caseId: string`, `row: CaseListRow`.
 * @event {IasCaseListFilterChangeEvent} ias-case-list-filter-change - The user changed the filter. Fields: `filter: CaseListFilter`.
 *
 * @csspart base - The wrapper.
 * @csspart filters - The filter bar (search, `<ias-select>` filters, reset and export `<ias-button>`s).
 * @csspart caseload - The caseload table.
 * @csspart table - The list (role table).
 * @csspart list - The scrolling, virtualized body of the list.
 * @csspart row - A row of the list.
 *
 * @cssproperty --ias-case-list-height - Height of the scrolling list (default `28rem`).
 */
export class IasCaseList extends IasElement {
  static override styles = [baseStyles, caseListStyles];

  /** The person records (core `CaseListRecord`: a case plus optional outcome facts and `light`). */
  @property({ attribute: false }) records: readonly CaseListRecord[] = [];

  /** Precomputed rows (core `caseListRows`); when set, `records` is ignored. Without them, each person's light is the worst light of the tasks the core rules derive. */
  @property({ attribute: false }) rows?: readonly CaseListRow[];

  /** Reference date `YYYY-MM-DD`; default today in Europe/Zurich. */
  @property() at?: string;

  /** The filter (also changed by the user; see `ias-case-list-filter-change`). */
  @property({ attribute: false }) filter: CaseListFilter = {};

  /** Sort column. */
  @property({ attribute: 'sort-by', reflect: true }) sortBy: CaseListSortKey = 'light';

  /** Sort direction. */
  @property({ attribute: 'sort-direction', reflect: true }) sortDirection: 'asc' | 'desc' = 'asc';

  /** Heading; default the localized "Clients". */
  @property() label?: string;

  /** File name of the CSV download. */
  @property({ attribute: 'file-name' }) fileName = 'ias-case-list.csv';

  /** Locale override (`de`, `fr`, `it`, `en`); otherwise the nearest `lang` attribute decides. */
  @property() locale?: string;

  /** Overrides of the visible strings by key (see `CaseListKey`). */
  @property({ attribute: false }) strings: Partial<Record<CaseListKey, string>> = {};

  @state() private all: readonly CaseListRow[] = [];

  /** The row whose name is the list's one tab stop (roving tabindex, as in the cockpit). */
  @state() private focusIndex = 0;

  /** The rows of the last render (filtered and sorted once per render, not per key press). */
  private shown: CaseListRow[] = [];

  private readonly l10n = new LocalizeController(this, caseListMessages, () => this.strings);

  /** The rows currently shown (filtered and sorted). */
  get shownRows(): CaseListRow[] {
    return sortCaseList(filterCaseList(this.all, this.filter), this.sortBy, this.sortDirection);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('rows') || changed.has('records') || changed.has('at')) {
      const at = isCalendarDate(this.at) ? this.at : todayIn();
      this.all = this.rows ?? caseListRows(this.records, at, { light: caseLight });
    }
    if (!CASE_LIST_SORT_KEYS.includes(this.sortBy)) this.devWarn(`unknown sort-by "${String(this.sortBy)}"`);
    const keys = ['rows', 'records', 'at', 'filter', 'sortBy', 'sortDirection'] as const;
    if (keys.some((k) => changed.has(k))) this.focusIndex = 0;
  }

  /** Moves the roving focus to row `index` (scrolling the virtualized list to it first). */
  private async focusRow(index: number): Promise<void> {
    const i = Math.max(0, Math.min(index, this.shown.length - 1));
    this.focusIndex = i;
    const list = this.renderRoot.querySelector<VirtualizerHostElement>('[part="list"]');
    list?.[virtualizerRef]?.element(i)?.scrollIntoView({ block: 'nearest' });
    // The virtualizer renders the row in a later frame when it was out of view.
    for (let tries = 0; tries < 20; tries++) {
      await this.updateComplete;
      const name = this.renderRoot.querySelector<HTMLElement>(`button.name[data-index="${i}"]`);
      if (name) return name.focus();
      await new Promise((r) => requestAnimationFrame(r));
    }
  }

  /** Arrow keys, Page Up/Down, Home and End between the rows' names; Enter (the button's own) opens. */
  private onRowKey(e: KeyboardEvent, index: number): void {
    const to = rowKeyTarget(e, index);
    if (to === undefined) return;
    e.preventDefault();
    void this.focusRow(to);
  }

  /** The tab stop row scrolled out of view (and out of the DOM): the first visible row takes it over. */
  private onVisibility(e: VisibilityChangedEvent): void {
    const focusInList = (e.currentTarget as HTMLElement).contains(this.shadowRoot?.activeElement ?? null);
    if (!focusInList && (this.focusIndex < e.first || this.focusIndex > e.last)) this.focusIndex = e.first;
  }

  private setFilter(patch: Partial<CaseListFilter>): void {
    const next: CaseListFilter = { ...this.filter, ...patch };
    for (const [k, v] of Object.entries(next)) {
      if (v === undefined || (Array.isArray(v) && v.length === 0) || v === '')
        delete next[k as keyof CaseListFilter];
    }
    this.filter = next;
    this.emit(new IasCaseListFilterChangeEvent(next));
  }

  private resetFilter(): void {
    this.filter = {};
    this.emit(new IasCaseListFilterChangeEvent({}));
  }

  private sort(key: CaseListSortKey): void {
    if (this.sortBy === key) this.sortDirection = this.sortDirection === 'asc' ? 'desc' : 'asc';
    else {
      this.sortBy = key;
      this.sortDirection = 'asc';
    }
  }

  /** Emits `ias-case-list-export` with the CSV of the shown rows; downloads it unless cancelled. */
  exportCsv(): string {
    const rows = this.shownRows;
    const csv = caseListCsv(rows);
    const go = this.emit(new IasCaseListExportEvent(csv, rows.length));
    if (go && typeof URL.createObjectURL === 'function') {
      const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = this.fileName;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 0);
    }
    return csv;
  }

  private lightWord(light: string): string {
    return this.l10n.t(light as CaseListKey);
  }

  private resources(r: CaseListRow): string {
    const res = r.resources;
    const parts: string[] = [];
    if (res.schoolingYears !== undefined) parts.push(this.l10n.t('schooling', { years: res.schoolingYears }));
    if (res.literacy === 'nicht_alphabetisiert') parts.push(this.l10n.t('notAlphabetised'));
    if (res.potential !== undefined) parts.push(this.l10n.t(res.potential ? 'potentialYes' : 'potentialNo'));
    if (res.workExperienceMonths !== undefined)
      parts.push(this.l10n.t('workExperience', { months: res.workExperienceMonths }));
    return parts.join(' · ') || '–';
  }

  /** A filter as the kit's select (as the cockpit's toolbar): "all" or one value. */
  private select(
    name: string,
    label: string,
    values: string[],
    current: string[] | undefined,
    onPick: (v: string[]) => void,
    show = (v: string) => v,
  ): TemplateResult {
    return html`<ias-select
      name=${name}
      size="small"
      label=${label}
      .locale=${this.l10n.locale}
      .value=${current?.length === 1 ? current[0]! : ''}
      .options=${[{ value: '', label: this.l10n.t('all') }, ...values.map((v) => ({ value: v, label: show(v) }))]}
      @change=${(e: Event) => {
        const v = (e.currentTarget as IasSelect).value;
        onPick(v ? [v] : []);
      }}
    ></ias-select>`;
  }

  /** A column header; sortable ones hold a quiet kit button that sorts (again: reverses) and `aria-sort`. */
  private header(key: CaseListSortKey | null, label: string): TemplateResult {
    if (!key) return html`<div role="columnheader">${label}</div>`;
    const sorted = this.sortBy === key ? (this.sortDirection === 'asc' ? 'ascending' : 'descending') : 'none';
    const arrow =
      sorted === 'none'
        ? nothing
        : html`<svg class="arrow" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
            ${svg`<path d=${sorted === 'ascending' ? 'M2 8l4-4 4 4' : 'M2 4l4 4 4-4'} fill="none" stroke="currentColor" stroke-width="1.6"/>`}
          </svg>`;
    return html`<div role="columnheader" aria-sort=${sorted}>
      <ias-button
        class="sort"
        data-sort=${key}
        variant="quiet"
        size="small"
        title=${this.l10n.t('sortBy', { column: label })}
        @click=${() => this.sort(key)}
        >${label}${arrow}</ias-button
      >
    </div>`;
  }

  /** A residence status in words ("Flüchtling (B)"), never the raw code. */
  private statusWord(v: string): string {
    if (v === UNKNOWN_GROUP) return this.l10n.t('unknown');
    return v === 'FL' || v === 'VA' || v === 'VA-FL' ? this.l10n.t(`status.${v}`) : v;
  }

  private row(r: CaseListRow, i: number): TemplateResult {
    const unknown = (v: string) => (v === UNKNOWN_GROUP ? this.l10n.t('unknown') : v);
    // One line per cell; the full text is in the cell's title (hover) and in the cell itself for screen readers.
    // `data-label`: the column's name, shown before the value where narrow rows have no header above them.
    const cell = (key: string, text: string, label?: string) =>
      html`<div role="cell" class=${key} title=${text} data-label=${label ?? nothing}>${text}</div>`;
    return html`<div class="row" role="row" part="row" aria-rowindex=${i + 2}>
      <div role="cell" class="light" title=${this.lightWord(r.light)}>
        <ias-status-light
          .status=${r.light as TrafficLight}
          .locale=${this.l10n.locale}
          label=${this.lightWord(r.light)}
        ></ias-status-light>
      </div>
      <div role="cell" class="person">
        <button
          type="button"
          class="name"
          data-index=${i}
          tabindex=${i === this.focusIndex ? 0 : -1}
          @click=${() => this.emit(new IasCaseOpenEvent(r))}
          @keydown=${(e: KeyboardEvent) => this.onRowKey(e, i)}
          @focus=${() => (this.focusIndex = i)}
        >
          ${r.name}
        </button>
      </div>
      ${cell('worker', r.worker?.name ?? unknown(r.workerId))} ${cell('status', this.statusWord(r.status))}
      ${cell('age', unknown(r.ageGroup), this.l10n.t('ageShort'))}
      ${cell('years', String(r.yearsSinceEntry ?? '–'), this.l10n.t('yearsShort'))}
      ${cell('resources', this.resources(r))}
      ${cell('measures', r.runningMeasures.map((m) => m.title).join(', ') || '–')}
    </div>`;
  }

  protected override render(): TemplateResult {
    const shown = this.shownRows;
    this.shown = shown;
    const uniq = (xs: string[]) => [...new Set(xs)].sort();
    const workers = new Map(
      this.all.map((r) => [
        r.workerId,
        r.worker?.name ?? (r.workerId === UNKNOWN_GROUP ? this.l10n.t('unknown') : r.workerId),
      ]),
    );
    const load = caseloadSummary(this.all);
    const f = this.filter;
    return html`<div part="base">
      <h2>${this.label ?? this.l10n.t('heading')}</h2>
      <div part="filters" role="group" aria-label=${this.l10n.t('filters')}>
        <label class="search"
          ><span>${this.l10n.t('search')}</span>
          <input
            type="search"
            name="text"
            .value=${f.text ?? ''}
            @input=${(e: Event) => this.setFilter({ text: (e.target as HTMLInputElement).value })}
        /></label>
        ${this.select(
          'worker',
          this.l10n.t('worker'),
          uniq([...workers.keys()]),
          f.workers,
          (v) => this.setFilter({ workers: v }),
          (v) => workers.get(v) ?? v,
        )}
        ${this.select(
          'status',
          this.l10n.t('status'),
          uniq(this.all.map((r) => r.status)),
          f.statuses,
          (v) => this.setFilter({ statuses: v }),
          (v) => this.statusWord(v),
        )}
        ${this.select(
          'age-group',
          this.l10n.t('ageGroup'),
          uniq(this.all.map((r) => r.ageGroup)),
          f.ageGroups,
          (v) => this.setFilter({ ageGroups: v }),
          (v) => (v === UNKNOWN_GROUP ? this.l10n.t('unknown') : v),
        )}
        ${this.select(
          'light',
          this.l10n.t('light'),
          [...LIGHTS],
          f.lights,
          (v) => this.setFilter({ lights: v as CaseListFilter['lights'] }),
          (v) => this.lightWord(v),
        )}
        <ias-button
          class="reset"
          size="small"
          variant="quiet"
          ?disabled=${Object.keys(f).length === 0}
          @click=${() => this.resetFilter()}
          >${this.l10n.t('reset')}</ias-button
        >
        <ias-button class="export" size="small" @click=${() => this.exportCsv()}
          >${this.l10n.t('export')}</ias-button
        >
      </div>
      <p role="status">
        ${this.l10n.t('count', { shown: this.l10n.number(shown.length), total: this.l10n.number(this.all.length) })}
      </p>
      <div class="scroll" role="region" aria-label=${this.l10n.t('list')} tabindex="0">
        <div role="table" part="table" aria-label=${this.l10n.t('list')} aria-rowcount=${shown.length + 1}>
          <div role="rowgroup">
            <div class="row head" role="row" aria-rowindex="1">
              ${this.header('light', this.l10n.t('light'))} ${this.header('name', this.l10n.t('name'))}
              ${this.header('worker', this.l10n.t('worker'))} ${this.header('status', this.l10n.t('status'))}
              ${this.header('ageGroup', this.l10n.t('ageGroup'))}
              ${this.header('yearsSinceEntry', this.l10n.t('years'))}
              ${this.header(null, this.l10n.t('resources'))}
              ${this.header('measures', this.l10n.t('measures'))}
            </div>
          </div>
          <div
            role="rowgroup"
            part="list"
            @visibilityChanged=${(e: VisibilityChangedEvent) => this.onVisibility(e)}
          >
            ${
              shown.length
                ? virtualize({
                    items: shown,
                    // The virtualizer may ask for a stale index for one frame after the items shrink.
                    renderItem: (r: CaseListRow | undefined, i) => (r ? this.row(r, i) : html``),
                    scroller: true,
                  })
                : nothing
            }
          </div>
        </div>
      </div>
      <p class="hint">${this.l10n.t('hint')}</p>
      <h3 id="caseload-heading">${this.l10n.t('caseload')}</h3>
      <div class="scroll" role="region" aria-labelledby="caseload-heading" tabindex="0">
        <table part="caseload">
          <thead>
            <tr>
              <th scope="col">${this.l10n.t('worker')}</th>
              <th scope="col">${this.l10n.t('persons')}</th>
              <th scope="col">${this.l10n.t('critical')}</th>
              <th scope="col">${this.l10n.t('warn')}</th>
              <th scope="col">${this.l10n.t('ok')}</th>
              <th scope="col">${this.l10n.t('unknown')}</th>
              <th scope="col">${this.l10n.t('runningMeasures')}</th>
            </tr>
          </thead>
          <tbody>
            ${load.map(
              (w) =>
                html`<tr>
                  <th scope="row">${w.workerId === UNKNOWN_GROUP ? this.l10n.t('unknown') : w.name}</th>
                  <td class="num">${this.l10n.number(w.persons)}</td>
                  <td class="num">${this.l10n.number(w.critical)}</td>
                  <td class="num">${this.l10n.number(w.warn)}</td>
                  <td class="num">${this.l10n.number(w.ok)}</td>
                  <td class="num">${this.l10n.number(w.unknown)}</td>
                  <td class="num">${this.l10n.number(w.runningMeasures)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </div>`;
  }
}
