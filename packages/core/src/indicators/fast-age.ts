/**
 * A fast path of `ageAt` for the indicators' hot loop (100,000 persons per second): for a full
 * birth date it compares month-day strings instead of building dates, with the same convention as
 * `ageAt` (a 29 February birthday is reached on 28 February in common years). Partial birth dates
 * and birth dates after `date` go to `ageAt`. `fast-age.test.ts` checks it against `ageAt`.
 * Both arguments must be valid dates (checked by the caller).
 */
import { ageAt, daysInMonth, isLeapYear, type AgeRange } from '../dates/index.js';
import type { CalendarDate, PartialDate } from '../model/common.js';

export function fastAgeAt(birth: PartialDate, date: CalendarDate, dateField = 'date'): AgeRange {
  if (birth.length !== 10 || birth > date) return ageAt(birth, date, { dateField });
  const dy = Number(date.slice(0, 4));
  let md = birth.slice(5);
  if (md === '02-29' && !isLeapYear(dy)) md = '02-28';
  const years = dy - Number(birth.slice(0, 4)) - (date.slice(5) < md ? 1 : 0);
  return { min: years, max: years, exact: true };
}

const digit = (s: string, i: number) => {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
};

/**
 * Same answer as `isCalendarDate` (strict `YYYY-MM-DD`, a real calendar day) without a regular
 * expression or allocation, for the hot loop; `fast-age.test.ts` checks both agree.
 */
export function isIsoDay(value: unknown): value is string {
  if (
    typeof value !== 'string' ||
    value.length !== 10 ||
    value.charCodeAt(4) !== 45 ||
    value.charCodeAt(7) !== 45
  )
    return false;
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const d = digit(value, i);
    if (d < 0) return false;
    year = year * 10 + d;
  }
  const m1 = digit(value, 5);
  const m2 = digit(value, 6);
  const d1 = digit(value, 8);
  const d2 = digit(value, 9);
  if (m1 < 0 || m2 < 0 || d1 < 0 || d2 < 0) return false;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}
