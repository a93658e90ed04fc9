/**
 * A fast path of `ageAt` for the indicators' hot loop (100,000 persons per second): for a full
 * birth date it compares month-day strings instead of building dates, with the same convention as
 * `ageAt` (a 29 February birthday is reached on 28 February in common years). Partial birth dates
 * and birth dates after `date` go to `ageAt`. `fast-age.test.ts` checks it against `ageAt`.
 * Both arguments must be valid dates (checked by the caller).
 */
import { ageAt, isLeapYear, type AgeRange } from '../dates/index.js';
import type { CalendarDate, PartialDate } from '../model/common.js';

export function fastAgeAt(birth: PartialDate, date: CalendarDate, dateField = 'date'): AgeRange {
  if (birth.length !== 10 || birth > date) return ageAt(birth, date, { dateField });
  const dy = Number(date.slice(0, 4));
  let md = birth.slice(5);
  if (md === '02-29' && !isLeapYear(dy)) md = '02-28';
  const years = dy - Number(birth.slice(0, 4)) - (date.slice(5) < md ? 1 : 0);
  return { min: years, max: years, exact: true };
}
