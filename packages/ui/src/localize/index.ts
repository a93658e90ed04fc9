export * from './localize-controller.js';
