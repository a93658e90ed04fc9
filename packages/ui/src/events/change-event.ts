import type { FieldError } from '@ias-kit/core/schema';

/** The `detail` of `ias-change`: the whole new value and its validation result. */
export interface IasChangeDetail {
  /** The complete value, including properties the element does not show. */
  value: unknown;
  valid: boolean;
  /** Every current error, each with the JSON pointer of its field. */
  errors: FieldError[];
}

/**
 * `ias-change`, fired by every editing element of the kit (`<ias-form>`, `<ias-assessment>`,
 * `<ias-integration-plan>`) after each edit: one class, so one listener handles all of them.
 * `bubbles`, `composed`; the fields are also on `detail`.
 */
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

declare global {
  interface GlobalEventHandlersEventMap {
    'ias-change': IasChangeEvent;
  }
}
