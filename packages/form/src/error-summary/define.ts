import { IasErrorSummary } from './error-summary.js';

IasErrorSummary.define('ias-error-summary');

declare global {
  interface HTMLElementTagNameMap {
    'ias-error-summary': IasErrorSummary;
  }
}

export { IasErrorSummary };
export { IasErrorSelectEvent } from './error-summary.events.js';
