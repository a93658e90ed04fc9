import { IasCase } from './case.js';

IasCase.define('ias-case');

declare global {
  interface HTMLElementTagNameMap {
    'ias-case': IasCase;
  }
}

export { IasCase };
export { IasCaseChangeEvent } from './case.events.js';
