/**
 * Calendar dates as ISO strings `YYYY-MM-DD`: validation, parsing of user input, Swiss display
 * format and arithmetic. All maths runs on integer day numbers (see `calendar.ts`); no local-time
 * `Date` is ever created, so time zones and daylight-saving changes cannot move a date.
 *
 * Conventions:
 * - Years 0000–9999 (four digits, proleptic Gregorian calendar, like JSON Schema `format: date`).
 *   A computation that would leave this range throws `IasDateError` with code `date.range`.
 * - Month and year arithmetic clamps to the end of the month when the day does not exist in the
 *   target month: 2024-01-31 + 1 month = 2024-02-29; 2024-02-29 + 1 year = 2025-02-28. This is
 *   the rule of Swiss law for periods in months or years (Art. 77 Abs. 1 Ziff. 3 OR: "ist ein
 *   solcher Tag im letzten Monate nicht vorhanden, so endigt die Frist am letzten Tage dieses
 *   Monats") [G: not in domain.md].
 * - Display: `dd.mm.yyyy` for every UI locale (de, fr, it, rm, en). This is CLDR's de-CH, fr-CH
 *   and en-CH short date; it-CH in CLDR uses `dd/mm/yyyy`, but design.md ("Dates show as
 *   dd.mm.yyyy") and domain.md §5.4 ask for one Swiss format everywhere.
 * - Every function validates its input and throws `IasDateError` naming the value and field;
 *   none returns an invalid date or `NaN`.
 */
import { IasDateError } from '../errors.js';
import type { CalendarDate } from '../model/common.js';
import { type DateParts, dayNumber, dayNumberToParts, daysInMonth } from './calendar.js';

export const MIN_YEAR = 0;
export const MAX_YEAR = 9999;

/** Result of the non-throwing `try*` functions. */
export type DateResult<T> = { ok: true; value: T } | { ok: false; error: IasDateError };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** `d.m.yyyy` / `dd.mm.yyyy`, also with `/` (one separator throughout). */
const SWISS_DATE = /^(\d{1,2})([./])(\d{1,2})\2(\d{4})$/;
const EXPECTED_ISO = 'a date YYYY-MM-DD';
const EXPECTED_INPUT = 'a date dd.mm.yyyy or YYYY-MM-DD';

/** Quotes a value for an error message. */
export function showValue(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** Throws `date.empty` for missing values and `date.format` for non-strings; returns the string. */
export function requireDateText(value: unknown, field: string, expected: string): string {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    throw new IasDateError('date.empty', `${field} is empty: expected ${expected}`, {
      value,
      field,
    });
  }
  if (typeof value !== 'string') throw formatError(value, field, expected);
  return value;
}

/** A `date.format` error. */
export function formatError(value: unknown, field: string, expected: string): IasDateError {
  return new IasDateError('date.format', `${field}: ${showValue(value)} is not ${expected}`, {
    value,
    field,
  });
}

/** Returns the parts if year/month/day form a calendar day, else throws `date.invalid`. */
export function checkDay(year: number, month: number, day: number, value: unknown, field: string): DateParts {
  if (month < 1 || month > 12) {
    throw new IasDateError(
      'date.invalid',
      `${field}: ${showValue(value)} is not a valid date (there is no month ${month})`,
      { value, field },
    );
  }
  const length = daysInMonth(year, month);
  if (day < 1 || day > length) {
    throw new IasDateError(
      'date.invalid',
      `${field}: ${showValue(value)} is not a valid date (${pad(year, 4)}-${pad(month, 2)} has ${length} days)`,
      { value, field },
    );
  }
  return { year, month, day };
}

function requireInteger(n: number, name: string): void {
  if (!Number.isSafeInteger(n)) throw new RangeError(`${name} must be an integer, got ${n}`);
}

function rangeError(value: unknown, field: string, what: string): IasDateError {
  return new IasDateError(
    'date.range',
    `${field}: ${what} ${showValue(value)} leaves the years ${pad(MIN_YEAR, 4)}–${MAX_YEAR}`,
    { value, field },
  );
}

const digit = (s: string, i: number) => {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
};

/**
 * The numbers of a strict `YYYY-MM-DD` calendar date, or `undefined`: read digit by digit, without
 * a regular expression or a string allocation (dates are read in hot loops: 100,000 persons).
 */
function readIsoDay(value: unknown): DateParts | undefined {
  if (
    typeof value !== 'string' ||
    value.length !== 10 ||
    value.charCodeAt(4) !== 45 ||
    value.charCodeAt(7) !== 45
  )
    return undefined;
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const d = digit(value, i);
    if (d < 0) return undefined;
    year = year * 10 + d;
  }
  const m1 = digit(value, 5);
  const m2 = digit(value, 6);
  const d1 = digit(value, 8);
  const d2 = digit(value, 9);
  if (m1 < 0 || m2 < 0 || d1 < 0 || d2 < 0) return undefined;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
    ? { year, month, day }
    : undefined;
}

/** Whether `value` is a valid `YYYY-MM-DD` calendar date (`2025-02-30` is not). */
export function isCalendarDate(value: unknown): value is CalendarDate {
  return readIsoDay(value) !== undefined;
}

/**
 * Splits a strict `YYYY-MM-DD` date into numbers.
 * @throws {IasDateError} `date.empty`, `date.format` or `date.invalid`, naming `field`.
 */
export function toDateParts(date: CalendarDate, field = 'date'): DateParts {
  const quick = readIsoDay(date);
  if (quick) return quick;
  const text = requireDateText(date, field, EXPECTED_ISO);
  const m = ISO_DATE.exec(text);
  if (!m) throw formatError(date, field, EXPECTED_ISO);
  return checkDay(Number(m[1]), Number(m[2]), Number(m[3]), date, field);
}

/**
 * Checks that `value` is a strict `YYYY-MM-DD` calendar date and returns it.
 * @throws {IasDateError} `date.empty`, `date.format` or `date.invalid`, naming `field`.
 */
export function assertCalendarDate(value: unknown, field = 'date'): CalendarDate {
  toDateParts(value as CalendarDate, field);
  return value as CalendarDate;
}

/**
 * Builds `YYYY-MM-DD` from numbers.
 * @throws {IasDateError} `date.invalid` (no such day) or `date.range` (year outside 0000–9999).
 */
export function fromDateParts(parts: DateParts, field = 'date'): CalendarDate {
  const { year, month, day } = parts;
  if (
    Number.isSafeInteger(year) &&
    year >= MIN_YEAR &&
    year <= MAX_YEAR &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    Number.isSafeInteger(month) &&
    Number.isSafeInteger(day) &&
    day <= daysInMonth(year, month)
  )
    return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  const shown = `${year}-${month}-${day}`;
  if (![year, month, day].every(Number.isSafeInteger)) {
    throw new IasDateError('date.invalid', `${field}: ${shown} is not a valid date`, {
      value: shown,
      field,
    });
  }
  if (year < MIN_YEAR || year > MAX_YEAR) throw rangeError(shown, field, 'the date');
  checkDay(year, month, day, shown, field);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function fromDayNumber(dayNo: number, value: unknown, field: string, what: string): CalendarDate {
  const parts = dayNumberToParts(dayNo);
  if (parts.year < MIN_YEAR || parts.year > MAX_YEAR) throw rangeError(value, field, what);
  return fromDateParts(parts, field);
}

/**
 * Parses a date typed by a user or received from a system: `YYYY-MM-DD`, `dd.mm.yyyy`,
 * `d.m.yyyy` (or the same with `/`); surrounding spaces are ignored. Two-digit years (`1.2.25`)
 * and incomplete input (`31.12.`) are rejected as ambiguous.
 *
 * @param field name of the input field, used in the error.
 * @returns the date as `YYYY-MM-DD`.
 * @throws {IasDateError} `date.empty`, `date.format` or `date.invalid`.
 * @example
 * parseDate('1.2.2025'); // '2025-02-01'
 * parseDate('15.06.2020', 'entryDate'); // '2020-06-15'
 * parseDate('31.12.', 'entryDate'); // throws IasDateError, code 'date.format'
 */
export function parseDate(input: string, field = 'date'): CalendarDate {
  const text = requireDateText(input, field, EXPECTED_INPUT).trim();
  const iso = ISO_DATE.exec(text);
  if (iso) {
    return fromDateParts(checkDay(Number(iso[1]), Number(iso[2]), Number(iso[3]), input, field));
  }
  const swiss = SWISS_DATE.exec(text);
  if (swiss) {
    return fromDateParts(checkDay(Number(swiss[4]), Number(swiss[3]), Number(swiss[1]), input, field));
  }
  throw formatError(input, field, EXPECTED_INPUT);
}

/** Runs `fn`, turning an `IasDateError` into `{ ok: false, error }`. */
export function tryDate<T>(fn: () => T): DateResult<T> {
  try {
    return { ok: true, value: fn() };
  } catch (error) {
    if (error instanceof IasDateError) return { ok: false, error };
    throw error;
  }
}

/**
 * Like `parseDate`, but returns a result object instead of throwing.
 * @example
 * const result = tryParseDate('2025-02-30', 'entryDate');
 * if (!result.ok) result.error.code; // 'date.invalid'
 */
export function tryParseDate(input: string, field = 'date'): DateResult<CalendarDate> {
  return tryDate(() => parseDate(input, field));
}

/**
 * Formats a date for display as `dd.mm.yyyy` (all UI locales, see the module notes).
 * @example formatDate('2020-06-05'); // '05.06.2020'
 */
export function formatDate(date: CalendarDate, field = 'date'): string {
  const { year, month, day } = toDateParts(date, field);
  return `${pad(day, 2)}.${pad(month, 2)}.${pad(year, 4)}`;
}

/**
 * Adds (or with a negative number subtracts) days.
 * @example addDays('2024-02-28', 1); // '2024-02-29'
 */
export function addDays(date: CalendarDate, days: number, field = 'date'): CalendarDate {
  requireInteger(days, 'days');
  return fromDayNumber(dayNumber(toDateParts(date, field)) + days, date, field, `adding ${days} days to`);
}

function shiftMonths(date: CalendarDate, months: number, field: string, what: string): CalendarDate {
  const { year, month, day } = toDateParts(date, field);
  const total = year * 12 + (month - 1) + months;
  const newYear = Math.floor(total / 12);
  const newMonth = total - newYear * 12 + 1;
  if (newYear < MIN_YEAR || newYear > MAX_YEAR) throw rangeError(date, field, what);
  return fromDateParts(
    { year: newYear, month: newMonth, day: Math.min(day, daysInMonth(newYear, newMonth)) },
    field,
  );
}

/**
 * Adds calendar months; a day missing in the target month becomes its last day (Art. 77 OR).
 * @example
 * addMonths('2024-01-31', 1); // '2024-02-29'
 * addMonths('2023-01-31', 1); // '2023-02-28'
 */
export function addMonths(date: CalendarDate, months: number, field = 'date'): CalendarDate {
  requireInteger(months, 'months');
  return shiftMonths(date, months, field, `adding ${months} months to`);
}

/**
 * Adds calendar years; 29 February becomes 28 February in a common year (end-of-month clamp,
 * Art. 77 OR). Not invertible across 29 February: 2024-02-29 + 1 − 1 = 2024-02-28.
 * @example
 * addYears('2020-06-15', 3); // '2023-06-15'
 * addYears('2024-02-29', 1); // '2025-02-28'
 */
export function addYears(date: CalendarDate, years: number, field = 'date'): CalendarDate {
  requireInteger(years, 'years');
  return shiftMonths(date, years * 12, field, `adding ${years} years to`);
}

/**
 * Days from `from` to `to`: positive when `to` is later, 0 on the same day.
 * @example daysBetween('2024-02-28', '2024-03-01'); // 2
 */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumber(toDateParts(to, 'to')) - dayNumber(toDateParts(from, 'from'));
}

/** −1 if `a` is before `b`, 0 if equal, 1 if after (usable with `Array.prototype.sort`). */
export function compareDates(a: CalendarDate, b: CalendarDate): -1 | 0 | 1 {
  const diff = daysBetween(b, a);
  return diff < 0 ? -1 : diff > 0 ? 1 : 0;
}

/** The earlier of two dates. */
export function minDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return compareDates(a, b) <= 0 ? a : b;
}

/** The later of two dates. */
export function maxDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return compareDates(a, b) >= 0 ? a : b;
}

/**
 * The last day (31 December) of the n-th calendar year after `date`. The year of `date` is
 * year 0: SEM monitoring measures "at the end of the X-th calendar year after entry" = 31
 * December of entry year + X (domain.md §1.2, §3.1 [V: S11, S12]; cohort 2017 after 7 years =
 * end 2024).
 * @example endOfNthCalendarYearAfter('2020-06-15', 3); // '2023-12-31'
 */
export function endOfNthCalendarYearAfter(date: CalendarDate, n: number, field = 'date'): CalendarDate {
  requireInteger(n, 'n');
  const year = toDateParts(date, field).year + n;
  if (year < MIN_YEAR || year > MAX_YEAR) throw rangeError(date, field, `year ${n} after`);
  return fromDateParts({ year, month: 12, day: 31 }, field);
}

/**
 * Today's calendar date in a time zone (default `Europe/Zurich`), independent of the machine's
 * own zone. Use it for a UI's default `today`.
 * @param now the instant (default: now).
 */
export function todayIn(timeZone = 'Europe/Zurich', now: Date | number = Date.now()): CalendarDate {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    calendar: 'gregory',
    numberingSystem: 'latn',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((p) => p.type === type)?.value);
  return fromDateParts({ year: part('year'), month: part('month'), day: part('day') }, 'today');
}
