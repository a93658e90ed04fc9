/*
 * Swiss date text ↔ stored dates, without `Date`: `dd.mm.yyyy` (also `d.m.yy`, `/`, `-` or spaces between
 * the parts, and ISO `yyyy-mm-dd`) → `YYYY-MM-DD`; where partial dates are allowed also `mm.yyyy` → `YYYY-MM`
 * and `yyyy` → `YYYY` (eCH-0044 birth dates). Two-digit years fall within the 100 years up to 10 years
 * ahead of `today`.
 */
import { daysInMonth, isCalendarDate, isPartialDate, type CalendarDate } from '@ias-kit/core';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
/** Not a type guard, so `t` keeps its type after a failed check. */
const isPartial = (t: string): boolean => isPartialDate(t);
const isDay = (t: string): boolean => isCalendarDate(t);

function fullYear(text: string, today: CalendarDate): number {
  const y = Number(text);
  if (text.length !== 2) return y;
  const pivot = Number(today.slice(0, 4)) + 10;
  const century = Math.floor(pivot / 100) * 100;
  return century + y > pivot ? century - 100 + y : century + y;
}

/** The stored value for typed text, or `undefined` when the text is not a date of the allowed precision. */
export function parseDateText(text: string, partial: boolean, today: CalendarDate): string | undefined {
  const t: string = text.trim();
  if (isDay(t)) return t;
  if (partial && /^\d{4}(-\d{2})?$/.test(t) && isPartial(t)) return t;
  const parts = t.split(/[.\-/\s]+/).filter(Boolean);
  if (!parts.every((p) => /^\d+$/.test(p))) return undefined;
  if (parts.length === 3) {
    const [d, m, y] = parts as [string, string, string];
    if (d.length > 2 || m.length > 2 || (y.length !== 2 && y.length !== 4)) return undefined;
    const year = fullYear(y, today);
    const month = Number(m);
    const day = Number(d);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
    return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  }
  if (!partial) return undefined;
  if (parts.length === 2) {
    const [m, y] = parts as [string, string];
    if (m.length > 2 || y.length !== 4) return undefined;
    const month = Number(m);
    return month >= 1 && month <= 12 ? `${y}-${pad(month)}` : undefined;
  }
  if (parts.length === 1 && parts[0]!.length === 4 && Number(parts[0]) > 0) return parts[0];
  return undefined;
}

/** `2025-03-04` → `04.03.2025`, `1994-03` → `03.1994`, `1994` → `1994`; anything else as it is. */
export function formatDateText(value: unknown): string {
  if (typeof value !== 'string') return '';
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return value;
  const [, y, mo, d] = m;
  return d ? `${d}.${mo}.${y}` : mo ? `${mo}.${y}` : y!;
}
