/** Property-based tests (fast-check) of the calendar-date functions. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATE_ERROR_CODES } from '../errors.js';
import {
  addDays,
  addMonths,
  addYears,
  ageAt,
  compareDates,
  dayNumber,
  dayNumberToParts,
  daysBetween,
  daysInMonth,
  formatDate,
  formatPartialDate,
  fromDateParts,
  isCalendarDate,
  isLeapYear,
  parseDate,
  parsePartialDate,
  partialDateRange,
  toDateParts,
  tryParseDate,
} from './index.js';

const FIRST_DAY = dayNumber({ year: 0, month: 1, day: 1 });
const LAST_DAY = dayNumber({ year: 9999, month: 12, day: 31 });

/** Any valid date 0000-01-01 … 9999-12-31, built without `Date`. */
const anyDate = fc.integer({ min: FIRST_DAY, max: LAST_DAY }).map((n) => fromDateParts(dayNumberToParts(n)));
/** Dates in a range where ±200 years of arithmetic stays valid. */
const midDate = fc
  .integer({
    min: dayNumber({ year: 1800, month: 1, day: 1 }),
    max: dayNumber({ year: 2200, month: 12, day: 31 }),
  })
  .map((n) => fromDateParts(dayNumberToParts(n)));
const offset = fc.integer({ min: -200 * 366, max: 200 * 366 });
const months = fc.integer({ min: -2400, max: 2400 });

/** The day number via the UTC `Date` API (allowed as a cross-check: no local time involved). */
function utcDayNumber(date: string): number {
  const { year, month, day } = toDateParts(date);
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getTime() / 86_400_000;
}

describe('day numbers', () => {
  it('isCalendarDate and toDateParts (read digit by digit) agree with a regular-expression reading', () => {
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
        '2024-01-01\n',
      ),
    );
    const reference = (s: string) => {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
      if (!m) return undefined;
      const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
      const length = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
      return length !== undefined && day >= 1 && day <= length ? { year, month, day } : undefined;
    };
    fc.assert(
      fc.property(text, (s) => {
        const want = reference(s);
        expect(isCalendarDate(s)).toBe(want !== undefined);
        if (want) expect(toDateParts(s)).toEqual(want);
        else expect(() => toDateParts(s)).toThrow();
      }),
      { numRuns: 5000 },
    );
    expect(isCalendarDate(20240101)).toBe(false);
  });

  it('agree with the UTC Date API and round-trip', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        expect(dayNumber(toDateParts(date))).toBe(utcDayNumber(date));
        expect(fromDateParts(dayNumberToParts(dayNumber(toDateParts(date))))).toBe(date);
      }),
    );
  });
});

describe('parse and format', () => {
  it('formatDate → parseDate round-trips; ISO input parses to itself', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        const shown = formatDate(date);
        expect(shown).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
        expect(parseDate(shown)).toBe(date);
        expect(parseDate(date)).toBe(date);
      }),
    );
  });

  it('unpadded d.m.yyyy input parses to the same date', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        const { year, month, day } = toDateParts(date);
        expect(parseDate(`${day}.${month}.${String(year).padStart(4, '0')}`)).toBe(date);
      }),
    );
  });

  it('partial dates round-trip through format and parse', () => {
    const partial = fc.oneof(
      anyDate,
      anyDate.map((d) => d.slice(0, 7)),
      anyDate.map((d) => d.slice(0, 4)),
    );
    fc.assert(
      fc.property(partial, (p) => {
        expect(parsePartialDate(formatPartialDate(p))).toBe(p);
      }),
    );
  });

  it('any string gives a valid date or a typed error, never NaN', () => {
    const text = fc.oneof(fc.string(), fc.stringMatching(/^\d{1,4}[-./]\d{1,2}[-./]\d{1,4}$/));
    fc.assert(
      fc.property(text, (input) => {
        const result = tryParseDate(input, 'field');
        if (result.ok) expect(isCalendarDate(result.value)).toBe(true);
        else {
          expect(DATE_ERROR_CODES).toContain(result.error.code);
          expect(result.error.field).toBe('field');
          expect(result.error.message).not.toContain('NaN');
        }
      }),
    );
  });
});

describe('ordering', () => {
  it('compareDates agrees with the sign of daysBetween and with string order', () => {
    fc.assert(
      fc.property(anyDate, anyDate, (a, b) => {
        expect(compareDates(a, b)).toBe(Math.sign(daysBetween(b, a)) || 0);
        expect(compareDates(a, b)).toBe(-compareDates(b, a) || 0);
        expect(compareDates(a, b)).toBe(a < b ? -1 : a > b ? 1 : 0);
      }),
    );
  });

  it('daysBetween is antisymmetric and additive', () => {
    fc.assert(
      fc.property(anyDate, anyDate, anyDate, (a, b, c) => {
        expect(daysBetween(a, b)).toBe(-daysBetween(b, a) || 0);
        expect(daysBetween(a, b) + daysBetween(b, c)).toBe(daysBetween(a, c));
      }),
    );
  });
});

describe('arithmetic', () => {
  it('addDays and daysBetween are inverse', () => {
    fc.assert(
      fc.property(midDate, offset, (date, n) => {
        const later = addDays(date, n);
        expect(daysBetween(date, later)).toBe(n);
        expect(addDays(later, -n)).toBe(date);
      }),
    );
  });

  it('addMonths keeps the day or clamps it to the month end', () => {
    fc.assert(
      fc.property(midDate, months, (date, n) => {
        const from = toDateParts(date);
        const to = toDateParts(addMonths(date, n));
        const index = from.year * 12 + from.month - 1 + n;
        expect(to.year * 12 + to.month - 1).toBe(index);
        expect(to.day).toBe(Math.min(from.day, daysInMonth(to.year, to.month)));
        if (from.day <= 28) expect(addMonths(addMonths(date, n), -n)).toBe(date);
      }),
    );
  });

  it('addYears moves 29 February to 28 February only in common years', () => {
    fc.assert(
      fc.property(midDate, fc.integer({ min: -200, max: 200 }), (date, n) => {
        const from = toDateParts(date);
        const to = toDateParts(addYears(date, n));
        expect(to.year).toBe(from.year + n);
        expect(to.month).toBe(from.month);
        const clamped = from.month === 2 && from.day === 29 && !isLeapYear(to.year);
        expect(to.day).toBe(clamped ? 28 : from.day);
        expect(addYears(date, n)).toBe(addMonths(date, 12 * n));
      }),
    );
  });
});

describe('leap years', () => {
  it('follow the Gregorian rule and the UTC Date API', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9998 }), (year) => {
        const expected = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
        expect(isLeapYear(year)).toBe(expected);
        expect(daysInMonth(year, 2)).toBe(expected ? 29 : 28);
        const start = fromDateParts({ year, month: 1, day: 1 });
        const next = fromDateParts({ year: year + 1, month: 1, day: 1 });
        expect(daysBetween(start, next)).toBe(expected ? 366 : 365);
        expect(utcDayNumber(next) - utcDayNumber(start)).toBe(expected ? 366 : 365);
      }),
    );
    expect([1900, 2000, 2023, 2024, 2100].map(isLeapYear)).toEqual([false, true, false, true, false]);
  });
});

describe('ageAt', () => {
  it('the exact age of every day a partial birth date stands for lies in [min, max]', () => {
    const birthAndDate = fc
      .tuple(midDate, fc.integer({ min: 0, max: 100 * 366 }), fc.integer({ min: 0, max: 2 }), fc.nat())
      .map(([birthDay, n, precision, pick]) => {
        const partial =
          precision === 0 ? birthDay.slice(0, 4) : precision === 1 ? birthDay.slice(0, 7) : birthDay;
        const { earliest } = partialDateRange(partial);
        return { partial, date: addDays(earliest, n), pick };
      });
    fc.assert(
      fc.property(birthAndDate, ({ partial, date, pick }) => {
        const range = ageAt(partial, date);
        const { earliest, latest } = partialDateRange(partial);
        const span = Math.min(daysBetween(earliest, latest), daysBetween(earliest, date));
        const actual = ageAt(addDays(earliest, pick % (span + 1)), date);
        expect(actual.exact).toBe(true);
        expect(actual.min).toBeGreaterThanOrEqual(range.min);
        expect(actual.max).toBeLessThanOrEqual(range.max);
        expect(range.exact).toBe(range.min === range.max);
        expect(range.max - range.min).toBeLessThanOrEqual(1);
      }),
    );
  });
});
