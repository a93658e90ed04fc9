import { IasMenu } from './menu.js';

IasMenu.define('ias-menu');

declare global {
  interface HTMLElementTagNameMap {
    'ias-menu': IasMenu;
  }
}

export { IasMenu };
export { IasMenuSelectEvent } from './menu.events.js';
