import { IasErrorSummary } from './error-summary.js';
import './error-summary.events.js';

IasErrorSummary.define('ias-error-summary');

declare global {
  interface HTMLElementTagNameMap {
    'ias-error-summary': IasErrorSummary;
  }
}

export { IasErrorSummary };
