import { IasAssessment } from './assessment.js';

IasAssessment.define('ias-assessment');

declare global {
  interface HTMLElementTagNameMap {
    'ias-assessment': IasAssessment;
  }
}

export { IasAssessment };
export { IasAssessmentChangeEvent, IasAssessmentCompleteEvent } from './assessment.events.js';
