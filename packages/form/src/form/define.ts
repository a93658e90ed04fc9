import { IasForm } from './form.js';

IasForm.define('ias-form');

declare global {
  interface HTMLElementTagNameMap {
    'ias-form': IasForm;
  }
}

export { IasForm };
export {
  IasChangeEvent,
  IasFormRoleMissingEvent,
  IasFormSubmitEvent,
  IasSchemaErrorEvent,
} from './form.events.js';
