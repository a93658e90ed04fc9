/**
 * @ias-kit/tasks — `<ias-task-list>`: tasks with traffic lights for one worker, one person or a team.
 * Import `@ias-kit/tasks/define.js` to register the element; this entry only exports the class,
 * its events and its values.
 */
export { IasTaskList } from './task-list/task-list.js';
export * from './task-list/task-list.events.js';
export * from './task-list/task-list.types.js';
export { taskListMessages, type TaskListKey } from './task-list/task-list.l10n.js';
export { taskPeople } from './task-list/people.js';
