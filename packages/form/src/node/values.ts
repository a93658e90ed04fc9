export { isJsonObject as isObject, joinPointer } from '@ias-kit/core/schema';

/** Formats a number the Swiss way for an Intl locale (`de-CH`: 1’234.5), without rounding it. */
export function formatNumber(value: number, intlLocale: string): string {
  // CLDR's Swiss group separator is ’ (U+2019); some ICU builds print ' (U+0027). Show one, always.
  return new Intl.NumberFormat(intlLocale, { maximumFractionDigits: 20, useGrouping: true })
    .format(value)
    .replace(/'/g, '’');
}

/**
 * Parses what a Swiss user types as a number: group separators `’` `'` space or no-break space, decimal
 * point or comma. Returns `undefined` for anything that is not a whole number string.
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

/** A readable label from a property name: `entryDate` → `Entry date`, `work_experience` → `Work experience`. */
export function humanize(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words ? words[0]!.toUpperCase() + words.slice(1) : name;
}
