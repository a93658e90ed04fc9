export * from './resize-controller.js';
export * from './form-associated.js';
export * from './row-keys.js';
