export { IasCase } from './case/case.js';
export * from './case/case.events.js';
export { IasCaseHeader } from './case-header/case-header.js';
export * from './case-header/case-header.events.js';
