export * from './resize-controller.js';
export * from './form-associated.js';
