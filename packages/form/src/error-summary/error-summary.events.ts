import { IasEvent } from '@ias-kit/ui';

/**
 * `ias-error-select`: the person followed an entry of an error summary (click or Enter on its link). The
 * host moves focus to the field (`<ias-form>` and `<ias-assessment>` do it themselves).
 */
export class IasErrorSelectEvent extends IasEvent {
  static readonly eventName = 'ias-error-select';
  /** JSON pointer of the field whose entry was followed. */
  readonly pointer: string;
  constructor(pointer: string) {
    super(IasErrorSelectEvent.eventName);
    this.pointer = pointer;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ias-error-select': IasErrorSelectEvent;
  }
}
