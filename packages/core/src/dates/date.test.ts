import { describe, expect, it } from 'vitest';
import { DATE_ERROR_CODES, IasDateError, IasError } from '../errors.js';
import {
  addDays,
  addMonths,
  addYears,
  assertCalendarDate,
  compareDates,
  daysBetween,
  endOfNthCalendarYearAfter,
  formatDate,
  fromDateParts,
  isCalendarDate,
  maxDate,
  minDate,
  parseDate,
  todayIn,
  toDateParts,
  tryParseDate,
} from './index.js';
import { thrown } from '../testing/thrown.js';

/** Runs `fn` and returns the IasDateError it throws. */
const dateErrorOf = (fn: () => unknown): IasDateError => thrown(IasDateError, fn);

describe('parseDate', () => {
  it('accepts ISO and Swiss input forms', () => {
    expect(parseDate('2020-06-15')).toBe('2020-06-15');
    expect(parseDate('15.06.2020')).toBe('2020-06-15');
    expect(parseDate('5.6.2020')).toBe('2020-06-05');
    expect(parseDate(' 1.2.2025 ')).toBe('2025-02-01');
    expect(parseDate('29/02/2024')).toBe('2024-02-29');
  });

  it('rejects an impossible day with date.invalid naming value and field', () => {
    const error = dateErrorOf(() => parseDate('2025-02-30', 'entryDate'));
    expect(error.code).toBe('date.invalid');
    expect(error.value).toBe('2025-02-30');
    expect(error.field).toBe('entryDate');
    expect(error.message).toBe('entryDate: "2025-02-30" is not a valid date (2025-02 has 28 days)');
    expect(dateErrorOf(() => parseDate('29.02.2023')).code).toBe('date.invalid');
    expect(dateErrorOf(() => parseDate('2025-13-01')).message).toContain('no month 13');
    expect(dateErrorOf(() => parseDate('00.01.2020')).code).toBe('date.invalid');
  });

  it('rejects incomplete or ambiguous input with date.format', () => {
    const error = dateErrorOf(() => parseDate('31.12.', 'decisionDate'));
    expect(error.code).toBe('date.format');
    expect(error.message).toContain('decisionDate');
    expect(error.message).toContain('"31.12."');
    for (const bad of [
      '1.2.25',
      '2025-2-3',
      '2025/02/03',
      '15.06-2020',
      '20200615',
      'heute',
      '2020-06-15T00:00',
    ]) {
      expect(dateErrorOf(() => parseDate(bad)).code).toBe('date.format');
    }
  });

  it('rejects empty input with date.empty', () => {
    for (const empty of ['', '   ', undefined, null]) {
      const error = dateErrorOf(() => parseDate(empty as string, 'entryDate'));
      expect(error.code).toBe('date.empty');
      expect(error.message).toBe('entryDate is empty: expected a date dd.mm.yyyy or YYYY-MM-DD');
    }
  });

  it('tryParseDate returns a result object instead of throwing', () => {
    expect(tryParseDate('15.06.2020')).toEqual({ ok: true, value: '2020-06-15' });
    const result = tryParseDate('', 'entryDate');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('date.empty');
      expect(result.error.field).toBe('entryDate');
    }
  });

  it('errors are IasError and Error with a code from DATE_ERROR_CODES', () => {
    const error = dateErrorOf(() => parseDate('x'));
    expect(error).toBeInstanceOf(IasError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('IasDateError');
    expect(DATE_ERROR_CODES).toContain(error.code);
  });
});

describe('strict ISO dates', () => {
  it('isCalendarDate / assertCalendarDate accept only YYYY-MM-DD calendar days', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('15.06.2020')).toBe(false);
    expect(isCalendarDate(20200615)).toBe(false);
    expect(assertCalendarDate('2000-02-29')).toBe('2000-02-29');
    expect(dateErrorOf(() => assertCalendarDate('1900-02-29', 'dateOfBirth')).field).toBe('dateOfBirth');
    expect(dateErrorOf(() => assertCalendarDate(42)).code).toBe('date.format');
  });

  it('toDateParts / fromDateParts convert both ways', () => {
    expect(toDateParts('0001-01-01')).toEqual({ year: 1, month: 1, day: 1 });
    expect(fromDateParts({ year: 987, month: 3, day: 9 })).toBe('0987-03-09');
    expect(dateErrorOf(() => fromDateParts({ year: 10000, month: 1, day: 1 })).code).toBe('date.range');
    expect(dateErrorOf(() => fromDateParts({ year: 2020, month: 1, day: 1.5 })).code).toBe('date.invalid');
    expect(dateErrorOf(() => fromDateParts({ year: 2020, month: 4, day: 31 })).code).toBe('date.invalid');
  });
});

describe('formatDate', () => {
  it('formats dd.mm.yyyy', () => {
    expect(formatDate('2020-06-05')).toBe('05.06.2020');
    expect(formatDate('0999-12-31')).toBe('31.12.0999');
    expect(dateErrorOf(() => formatDate('2020-6-5', 'entryDate')).code).toBe('date.format');
  });
});

describe('arithmetic', () => {
  it('addDays crosses months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2020-12-31', 1)).toBe('2021-01-01');
    expect(addDays('2021-01-01', -1)).toBe('2020-12-31');
    expect(addDays('2020-06-15', 0)).toBe('2020-06-15');
    expect(addDays('1994-12-30', 1)).toBe('1994-12-31'); // a day Kiritimati skipped
  });

  it('addMonths clamps to the end of the month', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonths('2024-05-31', 1)).toBe('2024-06-30');
    expect(addMonths('2024-11-15', 2)).toBe('2025-01-15');
    expect(addMonths('2024-01-15', -13)).toBe('2022-12-15');
  });

  it('addYears: 29 February + 1 year = 28 February (Art. 77 OR clamp)', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2020-02-29', 3)).toBe('2023-02-28');
    expect(addYears('2024-02-29', -1)).toBe('2023-02-28');
    expect(addYears('2020-06-15', 7)).toBe('2027-06-15');
  });

  it('refuses to leave the years 0000–9999 and non-integer amounts', () => {
    const error = dateErrorOf(() => addDays('9999-12-31', 1, 'dueDate'));
    expect(error.code).toBe('date.range');
    expect(error.field).toBe('dueDate');
    expect(error.message).toContain('"9999-12-31"');
    expect(dateErrorOf(() => addYears('0001-06-01', -2)).code).toBe('date.range');
    expect(dateErrorOf(() => addMonths('9999-12-01', 1)).code).toBe('date.range');
    expect(() => addDays('2020-01-01', 1.5)).toThrow(RangeError);
    expect(() => addYears('2020-01-01', Number.NaN)).toThrow(RangeError);
  });

  it('daysBetween counts from the first to the second date', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
    expect(daysBetween('2020-06-15', '2020-06-15')).toBe(0);
    expect(daysBetween('2021-01-01', '2020-01-01')).toBe(-366);
    expect(daysBetween('1970-01-01', '2000-01-01')).toBe(10957);
    expect(dateErrorOf(() => daysBetween('2020-01-01', '2020-02-30')).field).toBe('to');
  });

  it('compareDates, minDate, maxDate', () => {
    expect(compareDates('2020-01-01', '2020-01-02')).toBe(-1);
    expect(compareDates('2020-01-02', '2020-01-02')).toBe(0);
    expect(compareDates('2021-01-01', '2020-12-31')).toBe(1);
    expect(['2021-05-01', '2019-12-31', '2020-02-29'].sort(compareDates)).toEqual([
      '2019-12-31',
      '2020-02-29',
      '2021-05-01',
    ]);
    expect(minDate('2020-03-01', '2020-02-29')).toBe('2020-02-29');
    expect(maxDate('2020-03-01', '2020-02-29')).toBe('2020-03-01');
  });

  it('endOfNthCalendarYearAfter: the entry year is year 0', () => {
    expect(endOfNthCalendarYearAfter('2020-06-15', 3)).toBe('2023-12-31');
    expect(endOfNthCalendarYearAfter('2017-01-01', 7)).toBe('2024-12-31'); // SEM cohort 2017 → end 2024
    expect(endOfNthCalendarYearAfter('2020-12-31', 0)).toBe('2020-12-31');
    expect(endOfNthCalendarYearAfter('2020-02-29', 1)).toBe('2021-12-31');
  });
});

describe('todayIn', () => {
  it('gives the calendar date in the requested zone, not the machine zone', () => {
    const instant = Date.UTC(2024, 11, 31, 23, 30); // 2024-12-31 23:30 UTC
    expect(todayIn('Europe/Zurich', instant)).toBe('2025-01-01');
    expect(todayIn('America/Adak', instant)).toBe('2024-12-31');
    expect(todayIn('UTC', new Date(instant))).toBe('2024-12-31');
    expect(isCalendarDate(todayIn())).toBe(true);
  });
});
