export * from './resize-controller.js';
