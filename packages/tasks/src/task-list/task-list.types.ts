import type { ActorRef, CalendarDate } from '@ias-kit/core';

/**
 * Values of `<ias-task-list>`, declared once (style.md rule 12) and reused by the element, its
 * stories and its tests.
 */
export { TASK_GROUPINGS, TASK_SORTS, type TaskGrouping, type TaskSort } from '@ias-kit/core/tasks';

/**
 * - `worker`: one worker's cockpit across all their clients (person shown on each row);
 * - `person`: the tasks of one person (no person column, filter or grouping);
 * - `team`: a team, with the caseload per worker (open tasks, reds, persons) above the list.
 */
export const TASK_LIST_VIEWS = ['worker', 'person', 'team'] as const;
export type TaskListView = (typeof TASK_LIST_VIEWS)[number];

/** What a user can do to a task from the list; each has an event the host answers. */
export const TASK_ACTIONS = ['complete', 'snooze', 'reassign'] as const;
export type TaskAction = (typeof TASK_ACTIONS)[number];

/**
 * Who a task is for, as the list shows it: enough to tell namesakes apart. Keyed by `personId` in
 * the `people` property (`taskPeople(cases)` builds it from the host's cases).
 */
export interface TaskPerson {
  /** Display name, e.g. "Amina Beispiel". */
  name?: string;
  /** Year of birth (`YYYY`), from the possibly partial eCH-0044 birth date. */
  birthYear?: string;
  /** The host's own number of the person or case (e.g. the dossier number). */
  number?: string;
}

/** The change an action makes to a task, as the row shows it until the host has the new data. */
export interface TaskActionState {
  action: TaskAction;
  /** `pending` until the host's `respondWith` promise settles, then `done` or `failed`. */
  state: 'pending' | 'done' | 'failed';
  /** Snooze: the first day the task shows again. */
  until?: CalendarDate;
  /** Reassign: the new assignee. */
  assignee?: ActorRef;
  /** Why the host refused (its error message), when `failed`. */
  error?: string;
}
