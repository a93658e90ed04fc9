import '@ias-kit/ui/status-light/define.js';
import '@ias-kit/ui/button/define.js';
import '@ias-kit/ui/select/define.js';
import { IasCaseList } from './case-list.js';

IasCaseList.define('ias-case-list');

declare global {
  interface HTMLElementTagNameMap {
    'ias-case-list': IasCaseList;
  }
}

export { IasCaseList };
export {
  IasCaseListExportEvent,
  IasCaseOpenEvent,
  IasCaseListFilterChangeEvent,
} from './case-list.events.js';
