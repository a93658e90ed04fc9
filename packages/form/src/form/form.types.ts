import type { FieldError } from '@ias-kit/core/schema';

/** The `detail` of `ias-change`: the whole new value and its validation result. */
export interface IasChangeDetail {
  /** The complete form value, including properties the schema does not show. */
  value: unknown;
  valid: boolean;
  /** Every current error (shown or not yet shown), each with the JSON pointer of its field. */
  errors: FieldError[];
}

/** The `detail` of `ias-error`: what is wrong with the schema itself. */
export interface IasSchemaErrorDetail {
  /** JSON pointer into the schema at fault (`''` for the root). */
  pointer: string;
  code: string;
  message: string;
}

/** Fired after every edit. `bubbles`, `composed`. */
export class IasChangeEvent extends Event implements IasChangeDetail {
  static readonly type = 'ias-change';
  readonly value: unknown;
  readonly valid: boolean;
  readonly errors: FieldError[];
  constructor(readonly detail: IasChangeDetail) {
    super(IasChangeEvent.type, { bubbles: true, composed: true });
    ({ value: this.value, valid: this.valid, errors: this.errors } = detail);
  }
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
    'ias-change': IasChangeEvent;
    'ias-submit': IasSubmitEvent;
    'ias-error': IasSchemaErrorEvent;
  }
}
