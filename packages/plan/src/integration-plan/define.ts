import '@ias-kit/timeline/define.js';
import { IasIntegrationPlan } from './integration-plan.js';

IasIntegrationPlan.define('ias-integration-plan');

declare global {
  interface HTMLElementTagNameMap {
    'ias-integration-plan': IasIntegrationPlan;
  }
}

export { IasIntegrationPlan };
export {
  IasPlanChangeEvent,
  IasDocumentAttachEvent,
  IasMeasureStatusChangeEvent,
} from './integration-plan.events.js';
