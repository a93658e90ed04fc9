/** IAS indicators, filtered client lists and caseload (design.md rec. 19–22; domain.md §1, §3). */
export * from './types.js';
export * from './definitions.js';
export * from './accumulator.js';
export * from './labels.js';
export * from './csv.js';
export * from './report.js';
export * from './case-list.js';
export * from './template-fields.js';
export * from './definition-texts.js';
