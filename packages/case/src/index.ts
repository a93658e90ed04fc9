export { IasCase } from './case/case.js';
export * from './case/case.types.js';
