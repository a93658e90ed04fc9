/** Small helpers shared by the plan editor's views. */
import { formatDate, isCalendarDate } from '@ias-kit/core';
import { joinPointer } from '@ias-kit/core/schema';

/** The JSON pointer of a plan member from its tokens (`ptr('measures', 0, 'title')` → `/measures/0/title`). */
export const ptr = (...tokens: (string | number)[]): string => joinPointer('', ...tokens);

/** The DOM id of the control for the plan member at `pointer` (`/measures/0/title` → `f-measures-0-title`). */
export const fid = (pointer: string): string => 'f' + pointer.replace(/\//g, '-').replace(/[^\w-]/g, '_');

/** A value as one short line (a row's summary, the history table). */
export const short = (v: unknown): string => {
  if (v === undefined) return '';
  const text = typeof v === 'string' ? v : JSON.stringify(v);
  return text.length > 80 ? text.slice(0, 79) + '…' : text;
};

/** A date `YYYY-MM-DD` as `dd.mm.yyyy`; other text as it is (bad host data stays visible). */
export const dateText = (d: unknown): string =>
  isCalendarDate(d) ? formatDate(d) : typeof d === 'string' ? d : '';
