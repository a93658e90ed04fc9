/**
 * @ias-kit/core — the DOM-free core of ias-kit: IAS domain types, calendar-date maths, IAS milestones,
 * Runs in Node and in the browser. Subpaths: `@ias-kit/core/tasks` (traffic-light rules),
 * `@ias-kit/core/indicators` (IAS figures, client lists, caseload), `@ias-kit/core/schema`
 * (schema tools), `@ias-kit/core/compile` (run-time schema compilation with Ajv).
 */
export * from './errors.js';
export * from './model/index.js';
export * from './dates/index.js';
export * from './milestones/index.js';
export * from './i18n/locales.js';
export * from './i18n/numbers.js';
