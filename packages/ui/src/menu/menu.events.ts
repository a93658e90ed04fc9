import type { MenuItem } from './menu.types.js';

/** `ias-menu-select`: the user chose an item of an `<ias-menu>`. Bubbles and is composed. */
export class IasMenuSelectEvent extends Event {
  static readonly eventName = 'ias-menu-select';
  /** The chosen item's `value`. */
  readonly value: string;
  /** The chosen item. */
  readonly item: MenuItem;
  constructor(item: MenuItem) {
    super(IasMenuSelectEvent.eventName, { bubbles: true, composed: true });
    this.item = item;
    this.value = item.value;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ias-menu-select': IasMenuSelectEvent;
  }
}
