import { IasAssessment } from './assessment.js';

IasAssessment.define('ias-assessment');

declare global {
  interface HTMLElementTagNameMap {
    'ias-assessment': IasAssessment;
  }
}

export { IasAssessment };
