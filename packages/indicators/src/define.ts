/** Registers `<ias-indicators>` and `<ias-case-list>` (and `<ias-status-light>`, which the list uses). */
export * from './indicators/define.js';
export * from './case-list/define.js';
