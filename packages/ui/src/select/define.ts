import { IasSelect } from './select.js';

IasSelect.define('ias-select');

declare global {
  interface HTMLElementTagNameMap {
    'ias-select': IasSelect;
  }
}

export { IasSelect };
