import { IasStatusLight } from './status-light.js';

IasStatusLight.define('ias-status-light');

declare global {
  interface HTMLElementTagNameMap {
    'ias-status-light': IasStatusLight;
  }
}

export { IasStatusLight };
