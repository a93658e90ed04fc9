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
