/** Tabular views of an `IndicatorReport` (shared by the command line and the elements). */
import type { Locale } from '../i18n/locales.js';
import type { IndicatorReport } from './types.js';
import { toCsv } from './csv.js';
import { INDICATOR_LABELS } from './labels.js';
import { EXCLUSION_REASONS, type Figure } from './types.js';

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
