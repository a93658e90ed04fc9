import { IasDateInput } from './date-input.js';

IasDateInput.define('ias-date-input');

declare global {
  interface HTMLElementTagNameMap {
    'ias-date-input': IasDateInput;
  }
}

export { IasDateInput };
