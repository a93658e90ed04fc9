/** English texts of the task rules and reasons (UIs localize `reason.code` + `reason.params` instead). */
import { formatDate } from '../dates/date.js';
import type { TaskReason, TaskReasonCode, TaskRule } from './types.js';

/** English names of the rules, used as the title of derived tasks. */
export const TASK_RULE_TITLES_EN = {
  task: 'Task',
  'measure-start': 'Measure starts soon',
  review: 'Review',
  'measure-outcome': 'Measure outcome missing',
  'potential-assessment': 'Potential assessment',
  'language-a1': 'Language level A1',
  education: 'Education (16–25)',
  'dossier-untouched': 'Dossier untouched',
  milestone: 'IAS milestone',
} as const satisfies Record<TaskRule, string>;

type Params = TaskReason['params'];
const date = (p: Params) => (typeof p.date === 'string' ? formatDate(p.date) : '');
const days = (n: unknown) => `${n} day${n === 1 ? '' : 's'}`;

const TEXTS: Record<TaskReasonCode, (p: Params) => string> = {
  'task-overdue': (p) => `Overdue since ${date(p)} (${days(p.days)})`,
  'task-due-soon': (p) => (p.days === 0 ? `Due today (${date(p)})` : `Due on ${date(p)}, in ${days(p.days)}`),
  'task-open': (p) => (p.date ? `Due on ${date(p)}` : 'Open, no due date'),
  'task-closed': () => 'Closed',
  'measure-starting': (p) => `"${p.measure}" starts on ${date(p)}, in ${days(p.days)}: tell the client`,
  'review-due': (p) => `Review due on ${date(p)}, in ${days(p.days)}`,
  'review-overdue': (p) => `Review overdue since ${date(p)} (${days(p.days)})`,
  'measure-outcome-pending': (p) => `"${p.measure}" ended on ${date(p)}: record its outcome`,
  'measure-outcome-missing': (p) =>
    p.date
      ? `"${p.measure}" ended on ${date(p)} without an outcome`
      : `"${p.measure}" ended without an outcome`,
  'assessment-due': (p) => `Potential assessment due by ${date(p)}, in ${days(p.days)}`,
  'assessment-missing': (p) =>
    `No potential assessment ${p.months} months after the decision (due ${date(p)})`,
  'language-a1-missing': (p) => `A1 not reached; 3-year milestone on ${date(p)}`,
  'education-missing': (p) => `Aged 16–25 at entry, no education measure (window ends ${date(p)})`,
  'dossier-untouched': (p) => `Dossier untouched since ${date(p)} (${days(p.days)})`,
  'milestone-approaching': (p) => `IAS milestone "${p.milestone}" on ${date(p)}, in ${days(p.days)}`,
};

/** The English text of a reason. */
export function reasonText(reason: TaskReason): string {
  return TEXTS[reason.code](reason.params);
}
