/**
 * @ias-kit/indicators — `<ias-indicators>` (IAS goals and Kennzahlen as charts and tables with
 * drill-down) and `<ias-case-list>` (filtered client list with caseload and CSV export).
 * Import `@ias-kit/indicators/define.js` to register the elements; this entry only exports the
 * classes, their events and their strings. The figures themselves come from `@ias-kit/core`.
 */
export { IasIndicators } from './indicators/indicators.js';
export * from './indicators/indicators.events.js';
export { indicatorsMessages, type IndicatorsKey } from './indicators/indicators.l10n.js';
export { IasCaseList } from './case-list/case-list.js';
export * from './case-list/case-list.events.js';
export { caseListMessages, type CaseListKey } from './case-list/case-list.l10n.js';
export { caseLight } from './case-list/light.js';
