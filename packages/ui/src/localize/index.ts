export * from './localize-controller.js';
export * from './domain-labels.js';
