/**
 * @ias-kit/plan — `<ias-integration-plan>`: the individual integration plan (IIP) editor.
 * Import `@ias-kit/plan/define.js` to register the element; this entry only exports the class,
 * its events, its types and the DOM-free plan rules.
 */
export { IasIntegrationPlan } from './integration-plan/integration-plan.js';
export * from './integration-plan/integration-plan.events.js';
export * from './integration-plan/integration-plan.types.js';
export * from './integration-plan/rules.js';
export { planMessages, type PlanKey } from './integration-plan/integration-plan.l10n.js';
