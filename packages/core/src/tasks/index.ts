/** Traffic-light task rules, their canton configuration and task-list helpers. */
export * from './types.js';
export * from './config.js';
export * from './text.js';
export { deriveTasks } from './rules.js';
export { deriveTasksAsync, TaskDeriver, yieldToEventLoop, type DeriveTasksOptions } from './deriver.js';
export * from './view.js';
