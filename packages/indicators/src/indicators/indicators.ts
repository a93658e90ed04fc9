import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { scaleBand, scaleLinear } from 'd3-scale';
import { formatDate, isCalendarDate } from '@ias-kit/core';
import {
  EXCLUSION_LABELS,
  EXCLUSION_REASONS,
  GROUP_KEY_LABELS,
  INDICATOR_LABELS,
  UNKNOWN_GROUP,
  computeIndicators,
  type ExclusionReason,
  type Figure,
  type GroupKey,
  type IndicatorId,
  type IndicatorInfo,
  type IndicatorReport,
} from '../core.js';
import { IasElement, LocalizeController, baseStyles } from '@ias-kit/ui';
import { IasIndicatorSelectEvent, type IndicatorSelection } from './indicators.events.js';
import { indicatorsMessages, type IndicatorsKey } from './indicators.l10n.js';
import { indicatorsStyles } from './indicators.styles.js';
import { renderDrilldown, renderReportView, type Drilldown } from './report-view.js';

const BAR = 22;
const LABEL_WIDTH = 120;
const CHART_WIDTH = 480;

/**
 * The IAS figures of a report as charts and tables, per indicator and group, with the reference
 * date, the excluded persons and drill-down to the persons behind every number.
 *
 * d3 computes the scales; Lit renders the SVG. Every chart has its table, and the table's buttons
 * are the keyboard path to the drill-down. Prints on paper without colour.
 *
 * @tagname ias-indicators
 * @summary IAS goals and Kennzahlen as charts and tables with drill-down.
 * @since 0.1
 * @status experimental
 *
 * @event {IasIndicatorSelectEvent} ias-indicator-select - The user chose the persons behind a number. Fields: `indicator`, `group`, `selection` (`numerator` | `denominator` | `excluded`), `reason`, `ids: readonly string[]`.
 *
 * @csspart base - The wrapper.
 * @csspart indicator - The section of one indicator.
 * @csspart chart - The SVG chart of one indicator.
 * @csspart bar - A bar of a chart.
 * @csspart axis - The value axis of a chart.
 * @csspart table - The table of one indicator.
 * @csspart report - The report view (`view="report"`).
 * @csspart report-figure - One figure of the report view: definition, parameters, counts and ids.
 * @csspart drilldown - The ids behind the count chosen last.
 *
 * @cssproperty --ias-indicators-bar-color - Fill of the bars (default the primary colour).
 * @cssproperty --ias-indicators-track-color - Fill of the bar tracks.
 */
export class IasIndicators extends IasElement {
  static override styles = [baseStyles, indicatorsStyles];

  /** The report to show (from core `computeIndicators`). Takes precedence over `records`. */
  @property({ attribute: false }) report?: IndicatorReport;

  /** Person records to compute a report from (with `at`, `by`, `from`, `to`) when `report` is not set. */
  @property({ attribute: false }) records?: readonly unknown[];

  /** Reference date `YYYY-MM-DD` used with `records`. */
  @property() at?: string;

  /** Group keys used with `records`, comma-separated (`cohort,status`). */
  @property() by = '';

  /** Start of the period (`YYYY-MM-DD`) used with `records`. */
  @property() from?: string;

  /** End of the period (`YYYY-MM-DD`) used with `records`. */
  @property() to?: string;

  /** Only these indicators (comma-separated ids); default all in the report. */
  @property() indicators = '';

  /**
   * `charts` (default): a chart and a table per figure. `report`: the report an officer signs (the
   * print view): per figure the definition, parameter values, counts and the ids behind each count.
   */
  @property({ reflect: true }) view: 'charts' | 'report' = 'charts';

  /** Heading of the element; default the localized "IAS indicators". */
  @property() label?: string;

  /** Locale override (`de`, `fr`, `it`, `en`); otherwise the nearest `lang` attribute decides. */
  @property() locale?: string;

  /** Overrides of the visible strings by key (see `IndicatorsKey`). */
  @property({ attribute: false }) strings: Partial<Record<IndicatorsKey, string>> = {};

  private readonly l10n = new LocalizeController(this, indicatorsMessages, () => this.strings);
  private computed?: IndicatorReport;
  /** The ids behind the count the user chose last (shown in the element, also sent as event). */
  @state() private drill?: Drilldown | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.report) {
      this.computed = undefined;
      return;
    }
    if (['records', 'at', 'by', 'from', 'to'].some((k) => changed.has(k as keyof IasIndicators))) {
      this.computed = undefined;
      if (this.records && isCalendarDate(this.at)) {
        try {
          const period = {
            ...(isCalendarDate(this.from) ? { from: this.from } : {}),
            ...(isCalendarDate(this.to) ? { to: this.to } : {}),
          };
          this.computed = computeIndicators(this.records, {
            at: this.at,
            by: this.by.split(',').filter(Boolean) as GroupKey[],
            period,
          });
        } catch (error) {
          this.devWarn('cannot compute the indicators:', error);
        }
      } else if (this.records) this.devWarn('`at` must be a date YYYY-MM-DD');
    }
  }

  private groupText(report: IndicatorReport, f: Figure): string {
    if (!report.by.length || !Object.keys(f.group).length) return this.l10n.t('all');
    return report.by
      .map((k) => {
        const v = f.group[k] ?? UNKNOWN_GROUP;
        return `${GROUP_KEY_LABELS[this.l10n.locale][k]} ${v === UNKNOWN_GROUP ? this.l10n.t('unknown') : v}`;
      })
      .join(', ');
  }

  private select(f: Figure, selection: IndicatorSelection, what: string, reason?: ExclusionReason): void {
    const ids =
      selection === 'numerator'
        ? (f.ids ?? [])
        : selection === 'denominator'
          ? (f.denominatorIds ?? [])
          : (f.excluded ?? []).filter((e) => !reason || e.reason === reason).map((e) => e.id);
    this.drill = { what, ids };
    this.emit(
      new IasIndicatorSelectEvent({
        indicator: f.indicator,
        group: f.group,
        selection,
        ids,
        ...(reason ? { reason } : {}),
      }),
    );
  }

  private percent(rate: number | null): string {
    return rate === null ? '–' : this.l10n.number(rate, { style: 'percent', maximumFractionDigits: 1 });
  }

  private countButton(
    f: Figure,
    n: number,
    selection: IndicatorSelection,
    what: string,
    reason?: ExclusionReason,
  ) {
    const text = this.l10n.number(n);
    if (n === 0) return text;
    return html`<button
      type="button"
      aria-label=${this.l10n.t('showPersons', { count: text, what })}
      @click=${() => this.select(f, selection, what, reason)}
    >
      ${text}
    </button>`;
  }

  private chart(report: IndicatorReport, label: string, figures: Figure[]): TemplateResult {
    const rows = figures.filter((f) => f.denominator > 0);
    if (!rows.length) return html`<p class="meta">${this.l10n.t('noData')}</p>`;
    const height = rows.length * BAR + 24;
    const y = scaleBand<number>()
      .domain(rows.map((_, i) => i))
      .range([0, rows.length * BAR])
      .padding(0.2);
    const x = scaleLinear().domain([0, 1]).range([0, CHART_WIDTH]);
    const ticks = x.ticks(5);
    return html`<svg
      part="chart"
      viewBox="0 0 ${LABEL_WIDTH + CHART_WIDTH + 60} ${height}"
      role="img"
      aria-label=${this.l10n.t('chartLabel', { label })}
    >
      <g transform="translate(${LABEL_WIDTH},0)">
        ${rows.map((f, i) => {
          const top = y(i) ?? 0;
          return svg`<text class="label" x="-6" y=${top + y.bandwidth() / 2} dy="0.35em" text-anchor="end">${this.groupText(report, f)}</text>
            <rect class="track" x="0" y=${top} width=${CHART_WIDTH} height=${y.bandwidth()}></rect>
            <rect part="bar" x="0" y=${top} width=${x(f.rate ?? 0)} height=${y.bandwidth()} @click=${() => this.select(f, 'numerator', `${label}, ${this.groupText(report, f)}, ${this.l10n.t('numerator')}`)}></rect>
            <text class="label" x=${x(f.rate ?? 0) + 4} y=${top + y.bandwidth() / 2} dy="0.35em">${this.percent(f.rate)}</text>`;
        })}
        <g part="axis" transform="translate(0,${rows.length * BAR + 4})">
          ${ticks.map(
            (tk) =>
              svg`<line x1=${x(tk)} x2=${x(tk)} y1="0" y2="4" stroke="currentColor"></line>
                <text x=${x(tk)} y="16" text-anchor="middle">${this.percent(tk)}</text>`,
          )}
        </g>
      </g>
    </svg>`;
  }

  private table(report: IndicatorReport, label: string, figures: Figure[]): TemplateResult {
    const locale = this.l10n.locale;
    return html`<div class="scroll" role="region" aria-label=${label} tabindex="0">
      <table part="table">
        <caption class="visually-hidden">
          ${label}
        </caption>
        <thead>
          <tr>
            <th scope="col">${this.l10n.t('group')}</th>
            <th scope="col">${this.l10n.t('numerator')}</th>
            <th scope="col">${this.l10n.t('denominator')}</th>
            <th scope="col">${this.l10n.t('rate')}</th>
            <th scope="col">${this.l10n.t('excluded')}</th>
          </tr>
        </thead>
        <tbody>
          ${figures.map((f) => {
            const group = this.groupText(report, f);
            const reasons = EXCLUSION_REASONS.filter((r) => (f.excludedCount[r] ?? 0) > 0);
            return html`<tr>
              <th scope="row">${group}</th>
              <td class="num">
                ${this.countButton(f, f.numerator, 'numerator', `${label}, ${group}, ${this.l10n.t('numerator')}`)}
              </td>
              <td class="num">
                ${this.countButton(f, f.denominator, 'denominator', `${label}, ${group}, ${this.l10n.t('denominator')}`)}
              </td>
              <td class="num">${this.percent(f.rate)}</td>
              <td>
                ${
                  reasons.length
                    ? html`<ul class="excluded">
                        ${reasons.map(
                          (r) =>
                            html`<li>
                              ${EXCLUSION_LABELS[locale][r]}:
                              ${this.countButton(f, f.excludedCount[r] ?? 0, 'excluded', `${label}, ${group}, ${EXCLUSION_LABELS[locale][r]}`, r)}
                            </li>`,
                        )}
                      </ul>`
                    : '–'
                }
              </td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
  }

  private section(report: IndicatorReport, info: IndicatorInfo): TemplateResult {
    const label = INDICATOR_LABELS[this.l10n.locale][info.id];
    const total = report.totals.find((f) => f.indicator === info.id);
    const groups = report.figures.filter((f) => f.indicator === info.id);
    const figures = total ? [total, ...groups] : groups;
    return html`<section part="indicator" data-indicator=${info.id}>
      <h4>${label}</h4>
      ${this.chart(report, label, groups.length ? groups : figures)} ${this.table(report, label, figures)}
    </section>`;
  }

  protected override render(): TemplateResult {
    const report = this.report ?? this.computed;
    const heading = this.label ?? this.l10n.t('heading');
    if (!report) {
      return html`<div part="base">
        <h2>${heading}</h2>
        <p class="meta">${this.l10n.t('noData')}</p>
      </div>`;
    }
    const only = this.indicators.split(',').filter(Boolean) as IndicatorId[];
    const infos = report.indicators.filter((i) => !only.length || only.includes(i.id));
    const goals = infos.filter((i) => i.kind === 'goal');
    const kennzahlen = infos.filter((i) => i.kind === 'kennzahl');
    return html`<div part="base">
      <h2>${heading}</h2>
      <p class="meta">
        ${this.l10n.t('referenceDate', { date: formatDate(report.at) })} ·
        ${this.l10n.t('goalWindow', { to: formatDate(report.goalWindow.to) })} ·
        ${this.l10n.t('period', { from: formatDate(report.period.from), to: formatDate(report.period.to) })}
      </p>
      ${renderDrilldown(
        (k, p) => this.l10n.t(k, p),
        this.drill,
        () => (this.drill = undefined),
      )}
      ${
        this.view === 'report'
          ? renderReportView(
              (k, p) => this.l10n.t(k, p),
              report,
              this.l10n.locale,
              only,
              (r) => this.percent(r),
            )
          : nothing
      }
      ${
        this.view === 'report'
          ? nothing
          : goals.length
            ? html`<h3>${this.l10n.t('goals')}</h3>
                ${goals.map((i) => this.section(report, i))}`
            : nothing
      }
      ${
        this.view !== 'report' && kennzahlen.length
          ? html`<h3>${this.l10n.t('kennzahlen')}</h3>
              ${kennzahlen.map((i) => this.section(report, i))}`
          : nothing
      }
    </div>`;
  }
}
