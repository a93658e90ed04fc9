/**
 * @ias-kit/core — the DOM-free core of ias-kit: IAS domain types, calendar-date maths and IAS
 * milestones. Runs in Node and in the browser.
 */
export * from './errors.js';
export * from './model/index.js';
export * from './dates/index.js';
export * from './milestones/index.js';
export * from './i18n/locales.js';
export * from './schema/keywords.js';
export * from './schema/field-model.js';
export * from './schema/quick-test.js';
export * from './schema/pointer.js';
export * from './schema/overlay.js';
export * from './tasks/index.js';
export * from './schema/validator.js';
export * from './schema/errors.js';
export * from './i18n/messages.js';
