export * from './localize-controller.js';
export * from './domain-labels.js';
export * from './code-names.js';
