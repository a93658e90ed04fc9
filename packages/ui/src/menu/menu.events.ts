import { IasEvent } from '../events/ias-event.js';
import type { MenuItem } from './menu.types.js';

/** `ias-menu-select`: the user chose an item of an `<ias-menu>`. */
export class IasMenuSelectEvent extends IasEvent {
  static readonly eventName = 'ias-menu-select';
  /** The chosen item's `value`. */
  readonly value: string;
  /** The chosen item. */
  readonly item: MenuItem;
  constructor(item: MenuItem) {
    super(IasMenuSelectEvent.eventName);
    this.item = item;
    this.value = item.value;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ias-menu-select': IasMenuSelectEvent;
  }
}
