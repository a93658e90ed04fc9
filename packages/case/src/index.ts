export { IasCase } from './case/case.js';
export * from './case/case.events.js';
