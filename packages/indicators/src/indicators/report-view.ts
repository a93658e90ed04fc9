/**
 * The signable report inside `<ias-indicators>` (`view="report"`, the print view) and the
 * drill-down list of one figure: templates only, from core's `signableReport` (the same figures,
 * definitions, parameter values and ids as `ias-kit indicators --report`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { signableReport, type IndicatorReport, type SignedFigure } from '../core.js';
import type { Locale } from '@ias-kit/core';
import type { IndicatorsKey } from './indicators.l10n.js';

type T = (key: IndicatorsKey, params?: Record<string, string | number>) => string;

/** What a drill-down shows: which count of which figure, and the ids behind it. */
export interface Drilldown {
  what: string;
  ids: readonly string[];
}

const idList = (ids: readonly string[]) =>
  ids.length ? html`<span class="ids">${ids.join(' ')}</span>` : '–';

function figure(t: T, f: SignedFigure, rate: string): TemplateResult {
  return html`<section part="report-figure" data-indicator=${f.indicator}>
    <h3>${f.label} <span class="meta">(${f.group === 'all' ? t('all') : f.group})</span></h3>
    <p>${f.definition}</p>
    <dl>
      <dt>${t('numerator')}</dt>
      <dd>${f.numerator}: ${idList(f.numeratorIds)}</dd>
      <dt>${t('denominator')}</dt>
      <dd>${f.denominator} (${rate}): ${idList(f.denominatorIds)}</dd>
      ${f.exclusions.map(
        (e) =>
          html`<dt>${t('excluded')}: ${e.label}</dt>
            <dd>${e.count}: ${idList(e.ids)}</dd>`,
      )}
      <dt>${t('parameters')}</dt>
      <dd class="params">${f.parameters.map((p) => `${p.name} = ${p.value}`).join('; ')}</dd>
    </dl>
  </section>`;
}

/** The report view: every figure with definition, parameters, counts and ids. */
export function renderReportView(
  t: T,
  report: IndicatorReport,
  locale: Locale,
  only: readonly string[],
  percent: (rate: number | null) => string,
): TemplateResult {
  const figures = signableReport(report, locale).figures.filter(
    (f) => !only.length || only.includes(f.indicator),
  );
  return html`<div part="report">${figures.map((f) => figure(t, f, percent(f.rate)))}</div>`;
}

/** The drill-down: the ids behind the chosen count (ids only, never names). */
export function renderDrilldown(
  t: T,
  d: Drilldown | undefined,
  close: () => void,
): TemplateResult | typeof nothing {
  if (!d) return nothing;
  return html`<section part="drilldown" aria-labelledby="drilldown-heading">
    <h3 id="drilldown-heading">${t('drilldown', { what: d.what, count: d.ids.length })}</h3>
    <ul class="drill-ids">
      ${d.ids.map((id) => html`<li>${id}</li>`)}
    </ul>
    <button type="button" @click=${close}>${t('closeDrilldown')}</button>
  </section>`;
}
