import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, ageAt, isCalendarDate } from '../dates/index.js';
import { fastAgeAt, isIsoDay } from './fast-age.js';

describe('fastAgeAt', () => {
  it('equals ageAt for every full birth date on or before the date', () => {
    const day = fc.integer({ min: -40000, max: 20000 }).map((n) => addDays('2000-01-01', n));
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 40000 }), (birth, age) => {
        const date = addDays(birth, age);
        expect(fastAgeAt(birth, date)).toEqual(ageAt(birth, date));
      }),
      { numRuns: 3000 },
    );
  });

  it('handles 29 February and partial dates like ageAt', () => {
    expect(fastAgeAt('2000-02-29', '2001-02-28')).toEqual(ageAt('2000-02-29', '2001-02-28'));
    expect(fastAgeAt('2000-02-29', '2004-02-28')).toEqual({ min: 3, max: 3, exact: true });
    expect(fastAgeAt('1990', '2020-06-15')).toEqual(ageAt('1990', '2020-06-15'));
    expect(() => fastAgeAt('2021-01-01', '2020-01-01')).toThrow();
  });

  it('isIsoDay agrees with isCalendarDate', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc
        .tuple(
          fc.integer({ min: 0, max: 9999 }),
          fc.integer({ min: 0, max: 13 }),
          fc.integer({ min: 0, max: 32 }),
        )
        .map(
          ([y, m, d]) =>
            `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
        ),
      fc.constantFrom(
        '2024-02-29',
        '2023-02-29',
        '2000-02-29',
        '1900-02-29',
        '2024-1-01',
        ' 2024-01-01',
        '２０２４-01-01',
      ),
    );
    fc.assert(
      fc.property(text, (s) => {
        expect(isIsoDay(s)).toBe(isCalendarDate(s));
      }),
      { numRuns: 5000 },
    );
    expect(isIsoDay(20240101)).toBe(false);
  });
});
