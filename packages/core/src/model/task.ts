/** Tasks and reminders of a case (task list with traffic lights, design.md rec. 17) [G]. */
import type { ActorRef, CalendarDate, Id } from './common.js';

export const TASK_STATUSES = ['offen', 'in_bearbeitung', 'erledigt', 'entfallen'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
/** Task statuses with work still to do. */
export const OPEN_TASK_STATUSES = ['offen', 'in_bearbeitung'] as const satisfies readonly TaskStatus[];
/** Task statuses that are final (done or dropped). */
export const CLOSED_TASK_STATUSES = ['erledigt', 'entfallen'] as const satisfies readonly TaskStatus[];

/** What a task is about [G]. */
export const TASK_KINDS = [
  'milestone',
  'review',
  'measure',
  'assessment',
  'document',
  'contact',
  'other',
] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

export interface Task {
  id: Id;
  kind: TaskKind;
  /**
   * @minLength 1
   * @maxLength 300
   */
  title: string;
  dueDate?: CalendarDate;
  status: TaskStatus;
  assignee?: ActorRef;
  /** Related IAS milestone (see `computeMilestones`), e.g. `language-a1`. */
  milestoneId?: string;
  /** Related plan goal or measure. */
  goalId?: Id;
  measureId?: Id;
  createdOn?: CalendarDate;
  completedOn?: CalendarDate;
  /** @maxLength 5000 */
  note?: string;
}
