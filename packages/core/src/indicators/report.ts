/** Tabular views of an `IndicatorReport` (shared by the command line and the elements). */
import type { Locale } from '../i18n/locales.js';
import type { IndicatorReport } from './types.js';
import { toCsv } from './csv.js';
import { EXCLUSION_LABELS, INDICATOR_LABELS } from './labels.js';
import type { IndicatorDefinitions } from './definitions.js';
import {
  INDICATOR_DEFINITION_TEXTS,
  INDICATOR_PARAMETERS,
  type DefinitionParameter,
} from './definition-texts.js';
import { EXCLUSION_REASONS, type ExclusionReason, type Figure, type IndicatorId } from './types.js';

/** Header and rows of a report: totals first (group `all`), then the grouped figures. */
export function reportTable(
  report: IndicatorReport,
  locale: Locale = 'en',
): { header: string[]; rows: string[][] } {
  const header = [
    'indicator',
    'label',
    ...report.by,
    'numerator',
    'denominator',
    'rate',
    ...EXCLUSION_REASONS.map((r) => `excluded:${r}`),
  ];
  const row = (f: Figure, all: boolean): string[] => [
    f.indicator,
    INDICATOR_LABELS[locale][f.indicator],
    ...report.by.map((k) => (all ? 'all' : (f.group[k] ?? ''))),
    String(f.numerator),
    String(f.denominator),
    f.rate === null ? '' : f.rate.toFixed(4),
    ...EXCLUSION_REASONS.map((r) => String(f.excludedCount[r] ?? 0)),
  ];
  const rows = report.totals.map((f) => row(f, true));
  for (const f of report.figures) rows.push(row(f, false));
  return { header, rows };
}

/** The report as CSV (one line per figure; RFC 4180). */
export function reportCsv(report: IndicatorReport, locale: Locale = 'en'): string {
  const { header, rows } = reportTable(report, locale);
  return toCsv([header, ...rows]);
}

// ---- the report an officer signs ----------------------------------------------------------------

/** One figure of a signable report: the count, its definition and parameters, and the ids behind it. */
export interface SignedFigure {
  indicator: IndicatorId;
  label: string;
  /** The group values (`all` for the totals). */
  group: string;
  /** The definition in words, with the parameter values filled in. */
  definition: string;
  /** The definition parameters this figure depends on, with their values. */
  parameters: { name: DefinitionParameter; value: string }[];
  numerator: number;
  denominator: number;
  rate: number | null;
  /** Excluded persons per reason (only reasons that occur), with their ids. */
  exclusions: { reason: ExclusionReason; label: string; count: number; ids: string[] }[];
  /** Ids in the numerator and in the denominator (ids only, never names). */
  numeratorIds: string[];
  denominatorIds: string[];
}

/** The report a cantonal officer signs: every figure with its definition, parameters and ids. */
export interface SignableReport {
  at: string;
  period: { from: string; to: string };
  goalWindow: { from?: string; to: string };
  persons: number;
  rejected: number;
  figures: SignedFigure[];
}

function parameterValue(d: IndicatorDefinitions, name: DefinitionParameter): string {
  const [head, tail] = name.split('.') as [keyof IndicatorDefinitions, string | undefined];
  const v: unknown = tail === undefined ? d[head] : (d[head] as unknown as Record<string, unknown>)[tail];
  if (v === null) return 'all';
  if (Array.isArray(v))
    return v.length === 2 && v.every((x) => typeof x === 'number')
      ? `${v[0]}–${v[1]}`
      : v.join(', ') || '(any)';
  if (typeof v === 'object')
    return Object.entries(v as object)
      .map(([k, x]) => `${k} ${String(x)}`)
      .join(', ');
  return String(v);
}

/**
 * The signable report of `report` (computed with `collectIds`, the default): per figure the
 * numerator, denominator, exclusions by reason, the definition text and parameter values, and the
 * ids behind each count. Totals first, then the grouped figures.
 * @example signableReport(computeIndicators(records, { at: '2025-12-31' }), 'de').figures[0].definition;
 */
export function signableReport(report: IndicatorReport, locale: Locale = 'en'): SignableReport {
  const d = report.definitions;
  const figure = (f: Figure, all: boolean): SignedFigure => {
    const parameters = INDICATOR_PARAMETERS[f.indicator].map((name) => ({
      name,
      value: parameterValue(d, name),
    }));
    const values = new Map<string, string>(parameters.map((p) => [p.name, p.value]));
    const exclusions = EXCLUSION_REASONS.filter((r) => (f.excludedCount[r] ?? 0) > 0).map((reason) => ({
      reason,
      label: EXCLUSION_LABELS[locale][reason],
      count: f.excludedCount[reason] ?? 0,
      ids: (f.excluded ?? []).filter((e) => e.reason === reason).map((e) => e.id),
    }));
    return {
      indicator: f.indicator,
      label: INDICATOR_LABELS[locale][f.indicator],
      group: all ? 'all' : report.by.map((k) => `${k} ${f.group[k] ?? ''}`).join(', '),
      definition: INDICATOR_DEFINITION_TEXTS[locale][f.indicator].replace(
        /\{([\w.]+)\}/g,
        (m, name: string) => values.get(name) ?? m,
      ),
      parameters,
      numerator: f.numerator,
      denominator: f.denominator,
      rate: f.rate,
      exclusions,
      numeratorIds: f.ids ?? [],
      denominatorIds: f.denominatorIds ?? [],
    };
  };
  return {
    at: report.at,
    period: report.period,
    goalWindow: report.goalWindow,
    persons: report.persons,
    rejected: report.rejected.length,
    figures: [...report.totals.map((f) => figure(f, true)), ...report.figures.map((f) => figure(f, false))],
  };
}

/** The signable report as CSV: one line per figure, ids space-separated (RFC 4180). */
export function signableReportCsv(report: IndicatorReport, locale: Locale = 'en'): string {
  const s = signableReport(report, locale);
  const rows = [
    [
      'indicator',
      'label',
      'group',
      'numerator',
      'denominator',
      'rate',
      'exclusions',
      'definition',
      'parameters',
      'numerator ids',
      'denominator ids',
      'excluded ids',
    ],
  ];
  for (const f of s.figures) {
    rows.push([
      f.indicator,
      f.label,
      f.group,
      String(f.numerator),
      String(f.denominator),
      f.rate === null ? '' : f.rate.toFixed(4),
      f.exclusions.map((e) => `${e.reason} ${e.count}`).join('; '),
      f.definition,
      f.parameters.map((p) => `${p.name} = ${p.value}`).join('; '),
      f.numeratorIds.join(' '),
      f.denominatorIds.join(' '),
      f.exclusions.map((e) => `${e.reason}: ${e.ids.join(' ')}`).join('; '),
    ]);
  }
  return toCsv(rows);
}

const escapeHtml = (t: string) =>
  t.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const REPORT_WORDS: Record<
  Locale,
  Record<'title' | 'at' | 'period' | 'num' | 'den' | 'rate' | 'excl' | 'params' | 'ids' | 'sign', string>
> = {
  de: {
    title: 'IAS-Kennzahlen: Bericht',
    at: 'Stichtag',
    period: 'Periode',
    num: 'Erreicht',
    den: 'Zielgruppe',
    rate: 'Anteil',
    excl: 'Ausgeschlossen',
    params: 'Parameter',
    ids: 'Personen-IDs',
    sign: 'Datum, Unterschrift',
  },
  fr: {
    title: 'Indicateurs AIS : rapport',
    at: 'Date de référence',
    period: 'Période',
    num: 'Atteints',
    den: 'Groupe cible',
    rate: 'Part',
    excl: 'Exclus',
    params: 'Paramètres',
    ids: 'ID des personnes',
    sign: 'Date, signature',
  },
  it: {
    title: 'Indicatori AIS: rapporto',
    at: 'Data di riferimento',
    period: 'Periodo',
    num: 'Raggiunti',
    den: 'Gruppo target',
    rate: 'Quota',
    excl: 'Esclusi',
    params: 'Parametri',
    ids: 'ID delle persone',
    sign: 'Data, firma',
  },
  en: {
    title: 'IAS indicators: report',
    at: 'Reference date',
    period: 'Period',
    num: 'Numerator',
    den: 'Denominator',
    rate: 'Rate',
    excl: 'Excluded',
    params: 'Parameters',
    ids: 'Person ids',
    sign: 'Date, signature',
  },
};

/** The signable report as plain text (for a terminal or a text file). */
export function signableReportText(report: IndicatorReport, locale: Locale = 'en'): string {
  const s = signableReport(report, locale);
  const w = REPORT_WORDS[locale];
  const lines = [`${w.title}`, `${w.at} ${s.at} · ${w.period} ${s.period.from}..${s.period.to}`, ''];
  for (const f of s.figures) {
    const rate = f.rate === null ? '–' : `${(f.rate * 100).toFixed(1)} %`;
    lines.push(
      `${f.indicator} (${f.group}): ${f.numerator} / ${f.denominator} = ${rate}`,
      `  ${f.label}`,
      `  ${f.definition}`,
    );
    lines.push(`  ${w.params}: ${f.parameters.map((p) => `${p.name} = ${p.value}`).join('; ')}`);
    lines.push(
      `  ${w.num}: ${f.numeratorIds.join(' ') || '–'}`,
      `  ${w.den}: ${f.denominatorIds.join(' ') || '–'}`,
    );
    for (const e of f.exclusions) lines.push(`  ${w.excl} · ${e.label} (${e.count}): ${e.ids.join(' ')}`);
    lines.push('');
  }
  lines.push(`${w.sign}: ____________________`);
  return lines.join('\n') + '\n';
}

/**
 * The signable report as a standalone HTML page laid out for A4 paper (print it or save it as PDF
 * from a browser). Every text is escaped; the page loads nothing.
 */
export function signableReportHtml(report: IndicatorReport, locale: Locale = 'en'): string {
  const s = signableReport(report, locale);
  const w = REPORT_WORDS[locale];
  const e = escapeHtml;
  const ids = (list: string[]) => (list.length ? e(list.join(' ')) : '–');
  const section = (f: SignedFigure) => `<section>
<h2>${e(f.label)} <small>(${e(f.group)})</small></h2>
<p>${e(f.definition)}</p>
<table><tr><th>${w.num}</th><th>${w.den}</th><th>${w.rate}</th><th>${w.excl}</th></tr>
<tr><td>${f.numerator}</td><td>${f.denominator}</td><td>${f.rate === null ? '–' : `${(f.rate * 100).toFixed(1)} %`}</td><td>${f.exclusions.map((x) => `${e(x.label)}: ${x.count}`).join('<br>') || '–'}</td></tr></table>
<p class="params">${w.params}: ${f.parameters.map((p) => `${e(p.name)} = ${e(p.value)}`).join('; ')}</p>
<details open><summary>${w.ids}</summary><p class="ids">${w.num}: ${ids(f.numeratorIds)}</p><p class="ids">${w.den}: ${ids(f.denominatorIds)}</p>${f.exclusions.map((x) => `<p class="ids">${e(x.label)}: ${ids(x.ids)}</p>`).join('')}</details>
</section>`;
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><title>${w.title} ${e(s.at)}</title>
<style>
@page { size: A4; margin: 18mm 16mm; }
body { font: 10pt/1.4 system-ui, sans-serif; color: #000; max-width: 178mm; margin: auto; }
h1 { font-size: 16pt; } h2 { font-size: 12pt; margin: 0 0 2mm; } small { font-weight: normal; }
section { break-inside: avoid; border-top: 0.3mm solid #000; padding: 3mm 0; }
table { border-collapse: collapse; } th, td { border: 0.2mm solid #000; padding: 1mm 2mm; text-align: left; }
.ids, .params { font-size: 8.5pt; overflow-wrap: anywhere; } .sign { margin-top: 15mm; }
</style></head><body>
<h1>${w.title}</h1>
<p>${w.at} ${e(s.at)} · ${w.period} ${e(s.period.from)}–${e(s.period.to)}</p>
${s.figures.map(section).join('\n')}
<p class="sign">${w.sign}: ____________________________</p>
</body></html>
`;
}
