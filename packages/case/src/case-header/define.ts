import '@ias-kit/ui/button/define.js';
import '@ias-kit/ui/select/define.js';
import '@ias-kit/ui/date-input/define.js';
import { IasCaseHeader } from './case-header.js';

IasCaseHeader.define('ias-case-header');

declare global {
  interface HTMLElementTagNameMap {
    'ias-case-header': IasCaseHeader;
  }
}

export { IasCaseHeader };
export { IasCaseExitEvent } from './case-header.events.js';
