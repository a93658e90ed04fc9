import { IasFormField } from './field.js';

IasFormField.define('ias-form-field');

declare global {
  interface HTMLElementTagNameMap {
    'ias-form-field': IasFormField;
  }
}
