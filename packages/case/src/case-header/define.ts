import { IasCaseHeader } from './case-header.js';

IasCaseHeader.define('ias-case-header');

declare global {
  interface HTMLElementTagNameMap {
    'ias-case-header': IasCaseHeader;
  }
}

export { IasCaseHeader };
