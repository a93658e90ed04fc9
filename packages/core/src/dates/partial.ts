/**
 * Partially known dates (eCH-0044 `datePartiallyKnown`), used for birth dates: `YYYY`,
 * `YYYY-MM` or `YYYY-MM-DD`. See `PartialDate` in the model for why one string form was chosen.
 */
import { IasDateError } from '../errors.js';
import type { CalendarDate, PartialDate } from '../model/common.js';
import { daysInMonth } from './calendar.js';
import {
  type DateResult,
  addYears,
  checkDay,
  isCalendarDate,
  compareDates,
  formatDate,
  formatError,
  fromDateParts,
  minDate,
  requireDateText,
  showValue,
  toDateParts,
  tryDate,
} from './date.js';

/** How much of a partial date is known. */
export const PARTIAL_DATE_PRECISIONS = ['year', 'month', 'day'] as const;
export type PartialDatePrecision = (typeof PARTIAL_DATE_PRECISIONS)[number];

const PARTIAL_ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
/** User input: `yyyy`, `m.yyyy`, `mm.yyyy`, `d.m.yyyy`, `dd.mm.yyyy` (or with `/`). */
const PARTIAL_SWISS = /^(?:(?:(\d{1,2})([./]))?(\d{1,2})([./]))?(\d{4})$/;
const EXPECTED_PARTIAL = 'a date YYYY, YYYY-MM or YYYY-MM-DD';
const EXPECTED_PARTIAL_INPUT = 'a date dd.mm.yyyy, mm.yyyy or yyyy';

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

interface PartialParts {
  year: number;
  month?: number | undefined;
  day?: number | undefined;
}

function checkPartial(parts: PartialParts, value: unknown, field: string): PartialDate {
  const { year, month, day } = parts;
  if (month === undefined) return pad(year, 4);
  if (day === undefined) {
    checkDay(year, month, 1, value, field);
    return `${pad(year, 4)}-${pad(month, 2)}`;
  }
  return fromDateParts(checkDay(year, month, day, value, field), field);
}

const optionalNumber = (text: string | undefined): number | undefined =>
  text === undefined ? undefined : Number(text);

function partsOf(date: PartialDate, field: string): PartialParts {
  const text = requireDateText(date, field, EXPECTED_PARTIAL);
  const m = PARTIAL_ISO.exec(text);
  if (!m) throw formatError(date, field, EXPECTED_PARTIAL);
  const parts = { year: Number(m[1]), month: optionalNumber(m[2]), day: optionalNumber(m[3]) };
  checkPartial(parts, date, field);
  return parts;
}

/** Whether `value` is a valid partial date `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export function isPartialDate(value: unknown): value is PartialDate {
  return isCalendarDate(value) || tryDate(() => partsOf(value as PartialDate, 'date')).ok;
}

/**
 * Checks a partial date and returns it.
 * @throws {IasDateError} `date.empty`, `date.format` or `date.invalid`, naming `field`.
 */
export function assertPartialDate(value: unknown, field = 'dateOfBirth'): PartialDate {
  partsOf(value as PartialDate, field);
  return value as PartialDate;
}

/** How much of the date is known: `year`, `month` or `day`. */
export function partialDatePrecision(date: PartialDate, field = 'dateOfBirth'): PartialDatePrecision {
  const { month, day } = partsOf(date, field);
  return month === undefined ? 'year' : day === undefined ? 'month' : 'day';
}

/**
 * Parses user input for a partially known date: `dd.mm.yyyy`, `d.m.yyyy`, `mm.yyyy`, `m.yyyy`,
 * `yyyy`, or the ISO forms `YYYY-MM-DD`, `YYYY-MM`, `YYYY`.
 * @example
 * parsePartialDate('7.2004'); // '2004-07'
 * parsePartialDate('1990'); // '1990'
 * parsePartialDate('3.11.1985'); // '1985-11-03'
 * @throws {IasDateError} `date.empty`, `date.format` or `date.invalid`.
 */
export function parsePartialDate(input: string, field = 'dateOfBirth'): PartialDate {
  const text = requireDateText(input, field, EXPECTED_PARTIAL_INPUT).trim();
  const iso = PARTIAL_ISO.exec(text);
  if (iso) {
    const parts = { year: Number(iso[1]), month: optionalNumber(iso[2]), day: optionalNumber(iso[3]) };
    return checkPartial(parts, input, field);
  }
  const swiss = PARTIAL_SWISS.exec(text);
  // Both separators, when present, must be the same character.
  if (swiss && (swiss[2] === undefined || swiss[2] === swiss[4])) {
    const [, day, , month, , year] = swiss;
    const parts = { year: Number(year), month: optionalNumber(month), day: optionalNumber(day) };
    return checkPartial(parts, input, field);
  }
  throw formatError(input, field, EXPECTED_PARTIAL_INPUT);
}

/** Like `parsePartialDate`, but returns a result object instead of throwing. */
export function tryParsePartialDate(input: string, field = 'dateOfBirth'): DateResult<PartialDate> {
  return tryDate(() => parsePartialDate(input, field));
}

/**
 * Formats for display: `1990`, `07.2004`, `03.11.1985`.
 */
export function formatPartialDate(date: PartialDate, field = 'dateOfBirth'): string {
  const { year, month, day } = partsOf(date, field);
  if (month === undefined) return pad(year, 4);
  if (day === undefined) return `${pad(month, 2)}.${pad(year, 4)}`;
  return formatDate(date, field);
}

/** The earliest and latest calendar day a partial date can stand for. */
export interface DateRange {
  earliest: CalendarDate;
  latest: CalendarDate;
}

/**
 * The first and last possible day of a partial date.
 * @example
 * partialDateRange('1990'); // { earliest: '1990-01-01', latest: '1990-12-31' }
 * partialDateRange('2004-02'); // { earliest: '2004-02-01', latest: '2004-02-29' }
 */
export function partialDateRange(date: PartialDate, field = 'dateOfBirth'): DateRange {
  if (isCalendarDate(date)) return { earliest: date, latest: date };
  const { year, month, day } = partsOf(date, field);
  if (day !== undefined) return { earliest: date, latest: date };
  const first = month ?? 1;
  const last = month ?? 12;
  return {
    earliest: fromDateParts({ year, month: first, day: 1 }, field),
    latest: fromDateParts({ year, month: last, day: daysInMonth(year, last) }, field),
  };
}

/**
 * Age in completed years. `exact` is true when the birth date's precision decides it;
 * otherwise the true age lies between `min` and `max` (inclusive).
 */
export interface AgeRange {
  min: number;
  max: number;
  exact: boolean;
}

/** Names of the two fields, for error messages. */
export interface AgeFields {
  /** Default `dateOfBirth`. */
  birthField?: string;
  /** Default `date`. */
  dateField?: string;
}

function completedYears(birth: CalendarDate, date: CalendarDate): number {
  const years = toDateParts(date).year - toDateParts(birth).year;
  return compareDates(addYears(birth, years), date) > 0 ? years - 1 : years;
}

/**
 * Age in completed years on `date`, from a possibly partial birth date.
 *
 * Conventions:
 * - A birthday is reached on the same day-of-month `n` years later, clamped to the month end
 *   (same rule as `addYears`): someone born on 29 February turns a year older on 28 February in
 *   common years.
 * - Partial birth dates give a range: `max` assumes the earliest possible birthday (1 January or
 *   the 1st of the month), `min` the latest (31 December or the month's last day, but not after
 *   `date`, since the person was born by then). `exact` is `min === max`.
 *
 * @throws {IasDateError} `date.order` when the birth date is surely after `date`; `date.empty`,
 *   `date.format`, `date.invalid` for bad input.
 * @example
 * ageAt('1990-08-20', '2020-06-15'); // { min: 29, max: 29, exact: true }
 * ageAt('1990', '2020-06-15'); // { min: 29, max: 30, exact: false }
 * ageAt('2004-07', '2020-08-01'); // { min: 16, max: 16, exact: true }
 */
export function ageAt(birth: PartialDate, date: CalendarDate, fields: AgeFields = {}): AgeRange {
  const birthField = fields.birthField ?? 'dateOfBirth';
  const dateField = fields.dateField ?? 'date';
  const { earliest, latest } = partialDateRange(birth, birthField);
  toDateParts(date, dateField);
  if (compareDates(earliest, date) > 0) {
    throw new IasDateError(
      'date.order',
      `${birthField}: ${showValue(birth)} is after ${dateField} ${showValue(date)}`,
      { value: birth, field: birthField, related: { field: dateField, value: date } },
    );
  }
  const max = completedYears(earliest, date);
  const min = completedYears(minDate(latest, date), date);
  return { min, max, exact: min === max };
}
