import { IasIndicators } from './indicators.js';

IasIndicators.define('ias-indicators');

declare global {
  interface HTMLElementTagNameMap {
    'ias-indicators': IasIndicators;
  }
}

export { IasIndicators };
export { IasIndicatorSelectEvent } from './indicators.events.js';
