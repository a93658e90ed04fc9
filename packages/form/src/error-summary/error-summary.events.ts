/** The `detail` of `ias-error-select`. */
export interface IasErrorSelectDetail {
  /** JSON pointer of the field whose entry was followed. */
  pointer: string;
}

/**
 * Fired when the person follows an entry of an error summary (click or Enter on its link). The host moves
 * focus to the field (`<ias-form>` and `<ias-assessment>` do it themselves). `bubbles`, `composed`.
 */
export class IasErrorSelectEvent extends Event {
  static readonly eventName = 'ias-error-select';
  readonly pointer: string;
  constructor(readonly detail: IasErrorSelectDetail) {
    super(IasErrorSelectEvent.eventName, { bubbles: true, composed: true });
    this.pointer = detail.pointer;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ias-error-select': IasErrorSelectEvent;
  }
  interface HTMLElementEventMap {
    'ias-error-select': IasErrorSelectEvent;
  }
}
