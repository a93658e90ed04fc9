/** Traffic-light task rules, their canton configuration and task-list helpers. */
export * from './types.js';
export * from './config.js';
export * from './text.js';
export * from './rules.js';
export * from './view.js';
