import { IasCodePicker } from './code-picker.js';

IasCodePicker.define('ias-code-picker');

declare global {
  interface HTMLElementTagNameMap {
    'ias-code-picker': IasCodePicker;
  }
}

export { IasCodePicker };
