import type { Locale } from './locales.js';

const formats = new Map<string, Intl.NumberFormat>();

/**
 * A number as Swiss users of `locale` write it (`de-CH`: `1’234.5`, `fr-CH`: `1 234,5`), without rounding.
 * CLDR's Swiss group separator is ’ (U+2019); some ICU builds print ' (U+0027): the output is always ’.
 */
export function formatNumber(value: number, locale: Locale): string {
  const tag = `${locale}-CH`;
  let format = formats.get(tag);
  if (!format) {
    format = new Intl.NumberFormat(tag, { maximumFractionDigits: 20, useGrouping: true });
    formats.set(tag, format);
  }
  return format.format(value).replace(/'/g, '’');
}

/**
 * Reads a number as Swiss users type it: group separators `’` `'` space or no-break space, decimal point or
 * comma. Returns `undefined` for anything that is not a whole number string (so the caller can keep the text).
 */
export function parseNumber(text: string): number | undefined {
  const cleaned = text
    .trim()
    .replace(/[\s'’\u00a0\u202f]/g, '')
    .replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return undefined;
  const n = Number(cleaned);
  return Number.isFinite(n) ? n : undefined;
}
