/**
 * The two deadline notions side by side (domain.md §1.2): case work sees a goal's milestone on the
 * anniversary of entry ("due 14.09.2025"), the indicators measure it on 31 December of that year
 * (SEM monitoring: "end of the n-th calendar year after entry"). Where they differ, both are shown.
 */
import type { CalendarDate, Id } from '../model/common.js';
import { MILESTONE_IDS, MILESTONE_RULES, type MilestoneId } from './milestones.js';

/** When a goal milestone counts for the indicators: the calendar year and its last day. */
export interface CountingDeadline {
  year: number;
  /** `YYYY-12-31`. */
  until: CalendarDate;
}

/**
 * The indicators' counting date of a milestone due on `dueDate`, when it differs from `dueDate`:
 * for the goals measured "n years after entry" (1, 3, 4, 5) it is 31 December of the due date's
 * year. `undefined` for the school start (measured on the day), the financing end (no indicator),
 * and when the due date already is 31 December.
 * @example countingDeadline('language-a1', '2025-09-14'); // { year: 2025, until: '2025-12-31' }
 */
export function countingDeadline(
  milestone: MilestoneId | string | undefined,
  dueDate: CalendarDate | undefined,
): CountingDeadline | undefined {
  if (!dueDate || !MILESTONE_IDS.includes(milestone as MilestoneId)) return undefined;
  const rule = MILESTONE_RULES[milestone as MilestoneId];
  if (rule.goal === 'financing' || rule.yearsAfterEntry === null) return undefined;
  const year = Number(dueDate.slice(0, 4));
  const until = `${dueDate.slice(0, 4)}-12-31`;
  return until === dueDate ? undefined : { year, until };
}

/** The counting deadline of a derived task about a milestone (`link.kind` `milestone`), if any. */
export function taskCountingDeadline(task: {
  dueDate?: CalendarDate | undefined;
  link: { kind: string; id?: Id | undefined };
}): CountingDeadline | undefined {
  return task.link.kind === 'milestone' ? countingDeadline(task.link.id, task.dueDate) : undefined;
}
