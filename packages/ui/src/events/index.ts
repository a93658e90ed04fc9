export * from './ias-event.js';
export * from './change-event.js';
