/**
 * @ias-kit/core — the DOM-free core of ias-kit: IAS domain types, calendar-date maths, IAS milestones,
 * traffic-light rules and indicators. Runs in Node and in the browser.
 * Schema tools: `@ias-kit/core/schema`; runtime schema compilation (Ajv): `@ias-kit/core/compile`.
 */
export * from './errors.js';
export * from './model/index.js';
export * from './dates/index.js';
export * from './milestones/index.js';
export * from './i18n/locales.js';
export * from './tasks/index.js';
