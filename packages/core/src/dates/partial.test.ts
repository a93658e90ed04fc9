import { describe, expect, it } from 'vitest';
import { IasDateError } from '../errors.js';
import {
  ageAt,
  assertPartialDate,
  formatPartialDate,
  isPartialDate,
  parsePartialDate,
  partialDatePrecision,
  partialDateRange,
  tryParsePartialDate,
} from './index.js';
import { thrown } from '../testing/thrown.js';

const dateErrorOf = (fn: () => unknown): IasDateError => thrown(IasDateError, fn);

describe('partial dates', () => {
  it('validates the three precisions', () => {
    expect(isPartialDate('1990')).toBe(true);
    expect(isPartialDate('2004-07')).toBe(true);
    expect(isPartialDate('2004-02-29')).toBe(true);
    expect(isPartialDate('2003-02-29')).toBe(false);
    expect(isPartialDate('2004-13')).toBe(false);
    expect(isPartialDate('90')).toBe(false);
    expect(isPartialDate('')).toBe(false);
    expect(partialDatePrecision('1990')).toBe('year');
    expect(partialDatePrecision('2004-07')).toBe('month');
    expect(partialDatePrecision('2004-07-09')).toBe('day');
    expect(assertPartialDate('2004-07')).toBe('2004-07');
    const error = dateErrorOf(() => assertPartialDate('2004-00'));
    expect([error.code, error.field]).toEqual(['date.invalid', 'dateOfBirth']);
  });

  it('parses Swiss user input and formats it back', () => {
    expect(parsePartialDate('1990')).toBe('1990');
    expect(parsePartialDate('7.2004')).toBe('2004-07');
    expect(parsePartialDate('07/2004')).toBe('2004-07');
    expect(parsePartialDate('3.11.1985')).toBe('1985-11-03');
    expect(parsePartialDate('2004-07')).toBe('2004-07');
    expect(formatPartialDate('1990')).toBe('1990');
    expect(formatPartialDate('2004-07')).toBe('07.2004');
    expect(formatPartialDate('1985-11-03')).toBe('03.11.1985');
  });

  it('rejects bad input with typed errors', () => {
    expect(dateErrorOf(() => parsePartialDate('31.12.')).code).toBe('date.format');
    expect(dateErrorOf(() => parsePartialDate('3.11/1985')).code).toBe('date.format');
    expect(dateErrorOf(() => parsePartialDate('13.2004')).code).toBe('date.invalid');
    expect(dateErrorOf(() => parsePartialDate('30.02.2004')).code).toBe('date.invalid');
    expect(dateErrorOf(() => parsePartialDate('')).code).toBe('date.empty');
    const result = tryParsePartialDate('31.12.', 'dateOfBirth');
    expect(result.ok ? undefined : result.error.message).toBe(
      'dateOfBirth: "31.12." is not a date dd.mm.yyyy, mm.yyyy or yyyy',
    );
  });

  it('partialDateRange gives the first and last possible day', () => {
    expect(partialDateRange('1990')).toEqual({ earliest: '1990-01-01', latest: '1990-12-31' });
    expect(partialDateRange('2004-02')).toEqual({ earliest: '2004-02-01', latest: '2004-02-29' });
    expect(partialDateRange('2004-07-09')).toEqual({ earliest: '2004-07-09', latest: '2004-07-09' });
  });
});

describe('ageAt', () => {
  it('full birth date: completed years', () => {
    expect(ageAt('1990-08-20', '2020-06-15')).toEqual({ min: 29, max: 29, exact: true });
    expect(ageAt('1990-06-15', '2020-06-15')).toEqual({ min: 30, max: 30, exact: true });
    expect(ageAt('1990-06-16', '2020-06-15')).toEqual({ min: 29, max: 29, exact: true });
    expect(ageAt('2020-06-15', '2020-06-15')).toEqual({ min: 0, max: 0, exact: true });
  });

  it('29 February birthdays are reached on 28 February in common years', () => {
    expect(ageAt('2008-02-29', '2024-02-28').max).toBe(15);
    expect(ageAt('2008-02-29', '2024-02-29').max).toBe(16);
    expect(ageAt('2008-02-29', '2025-02-27').max).toBe(16);
    expect(ageAt('2008-02-29', '2025-02-28').max).toBe(17);
  });

  it('year only (1990): a range unless the year decides', () => {
    expect(ageAt('1990', '2016-06-15')).toEqual({ min: 25, max: 26, exact: false });
    expect(ageAt('1990', '2020-12-31')).toEqual({ min: 30, max: 30, exact: true });
    expect(ageAt('1990', '2021-01-01')).toEqual({ min: 30, max: 31, exact: false });
  });

  it('year-month (2004-07)', () => {
    expect(ageAt('2004-07', '2020-07-15')).toEqual({ min: 15, max: 16, exact: false });
    expect(ageAt('2004-07', '2020-08-01')).toEqual({ min: 16, max: 16, exact: true });
    expect(ageAt('2004-07', '2020-06-30')).toEqual({ min: 15, max: 15, exact: true });
  });

  it('a partial birth date overlapping the date: born by then, so min 0', () => {
    expect(ageAt('2020', '2020-06-15')).toEqual({ min: 0, max: 0, exact: true });
    expect(ageAt('2019-07', '2020-07-10')).toEqual({ min: 0, max: 1, exact: false });
  });

  it('a birth date after the date is a date.order error naming both fields', () => {
    const error = dateErrorOf(() =>
      ageAt('2021-03-01', '2020-06-15', { birthField: 'dateOfBirth', dateField: 'entryDate' }),
    );
    expect(error.code).toBe('date.order');
    expect(error.field).toBe('dateOfBirth');
    expect(error.value).toBe('2021-03-01');
    expect(error.related).toEqual({ field: 'entryDate', value: '2020-06-15' });
    expect(error.message).toBe('dateOfBirth: "2021-03-01" is after entryDate "2020-06-15"');
    expect(dateErrorOf(() => ageAt('2021', '2020-06-15')).code).toBe('date.order');
    expect(dateErrorOf(() => ageAt('1990', '2020-02-30')).code).toBe('date.invalid');
  });
});
