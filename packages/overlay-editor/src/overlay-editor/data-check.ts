/** The data check: which records would the customised form make invalid? */
import type { Locale } from '@ias-kit/core';
import type { Obj } from '../model/tree.js';
import { dataLabel, type DataCheckResult } from './panels-view.js';

export type { DataCheckResult };

/** Records of an NDJSON file (or a JSON array), with the line numbers that are not JSON. */
export function parseRecords(text: string): { records: unknown[]; bad: number[] } {
  const records: unknown[] = [];
  const bad: number[] = [];
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed.startsWith('[')) {
    try {
      records.push(...(JSON.parse(trimmed) as unknown[]));
    } catch {
      bad.push(1);
    }
    return { records, bad };
  }
  trimmed.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    try {
      records.push(JSON.parse(line));
    } catch {
      bad.push(i + 1);
    }
  });
  return { records, bad };
}

/**
 * Validates `records` against `before` (the form they were filled with) and `after` (the customised form):
 * records valid before and invalid after are listed with their errors; those invalid before are counted apart.
 * Loads the Ajv compiler on demand.
 */
export async function checkRecords(
  before: Obj,
  after: Obj,
  records: readonly unknown[],
  locale: Locale,
  badLines: number[],
): Promise<DataCheckResult> {
  const { compileSchema } = await import('@ias-kit/core/compile');
  const now = compileSchema(after, { strict: 'log' });
  const old = compileSchema(before, { strict: 'log' });
  const result: DataCheckResult = { count: 0, valid: 0, broken: [], before: 0, badLines };
  records.forEach((record, index) => {
    result.count++;
    if (!old.validate(record).valid) {
      result.before++;
      return;
    }
    const r = now.validate(record, locale);
    if (r.valid) result.valid++;
    else
      result.broken.push({
        index,
        errors: r.errors.map((e) => ({ field: dataLabel(after, e.pointer, locale), message: e.message })),
      });
  });
  return result;
}
