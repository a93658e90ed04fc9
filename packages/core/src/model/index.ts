/** The ias-kit data model: types, `as const` enumerations and their union types. */
export * from './common.js';
export * from './person.js';
export * from './status.js';
export * from './assessment.js';
export * from './plan.js';
export * from './task.js';
export * from './traffic-light.js';
export * from './provider.js';
export * from './case.js';
