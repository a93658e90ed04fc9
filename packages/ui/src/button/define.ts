import { IasButton } from './button.js';

IasButton.define('ias-button');

declare global {
  interface HTMLElementTagNameMap {
    'ias-button': IasButton;
  }
}

export { IasButton };
