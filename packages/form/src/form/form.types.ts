/** `ias-change` is shared by every editing element of the kit; it lives in `@ias-kit/ui`. */
export { IasChangeEvent, type IasChangeDetail } from '@ias-kit/ui';

/** The `detail` of `ias-error`: what is wrong with the schema itself. */
export interface IasSchemaErrorDetail {
  /** JSON pointer into the schema at fault (`''` for the root). */
  pointer: string;
  code: string;
  message: string;
}

/** Fired when the user submits a valid form. `bubbles`, `composed`, cancelable. */
export class IasSubmitEvent extends Event {
  static readonly type = 'ias-submit';
  constructor(readonly detail: { value: unknown }) {
    super(IasSubmitEvent.type, { bubbles: true, composed: true, cancelable: true });
  }
}

/** Fired when the schema cannot be used (unknown `$ref`, wrong keyword type…). `bubbles`, `composed`. */
export class IasSchemaErrorEvent extends Event {
  static readonly type = 'ias-error';
  constructor(readonly detail: IasSchemaErrorDetail) {
    super(IasSchemaErrorEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ias-submit': IasSubmitEvent;
    'ias-error': IasSchemaErrorEvent;
  }
}
