import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatNumber, parseNumber } from './numbers.js';
import { LOCALES } from './locales.js';

describe('Swiss numbers', () => {
  it('formats per locale with the typographic apostrophe in de-CH', () => {
    expect(formatNumber(1234.5, 'de')).toBe('1’234.5');
    expect(formatNumber(0.25, 'de')).toBe('0.25');
  });

  it('reads what users type', () => {
    expect(parseNumber("2'500.25")).toBe(2500.25);
    expect(parseNumber('1’234,5')).toBe(1234.5);
    expect(parseNumber(' 12 ')).toBe(12);
    expect(parseNumber('12a')).toBeUndefined();
    expect(parseNumber('')).toBeUndefined();
  });

  it('reads back what it writes, in every locale', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LOCALES),
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.integer({ min: 0, max: 99 }),
        (locale, whole, cents) => {
          const n = whole + (Math.sign(whole || 1) * cents) / 100;
          expect(parseNumber(formatNumber(n, locale))).toBe(n);
        },
      ),
    );
  });
});
