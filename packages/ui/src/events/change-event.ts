import type { FieldError } from '@ias-kit/core/schema';
import { IasEvent } from './ias-event.js';

/** The fields of `ias-change`: the whole new value and its validation result. */
export interface IasChangeInit {
  /** The complete value, including properties the element does not show. */
  value: unknown;
  valid: boolean;
  /** Every current error, each with the JSON pointer of its field. */
  errors: FieldError[];
}

/**
 * `ias-change`, fired by every editing element of the kit (`<ias-form>`, `<ias-assessment>`,
 * `<ias-integration-plan>`) after each edit: one class (elements may subclass it with more fields), so
 * one listener handles all of them. `bubbles`, `composed`.
 */
export class IasChangeEvent extends IasEvent implements IasChangeInit {
  static readonly eventName = 'ias-change';
  readonly value: unknown;
  readonly valid: boolean;
  readonly errors: FieldError[];
  constructor(init: IasChangeInit) {
    super(IasChangeEvent.eventName);
    this.value = init.value;
    this.valid = init.valid;
    this.errors = init.errors;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ias-change': IasChangeEvent;
  }
}
