import { IasEvent } from '@ias-kit/ui';

/** `ias-change` is shared by every editing element of the kit; it lives in `@ias-kit/ui`. */
export { IasChangeEvent, type IasChangeInit } from '@ias-kit/ui';

/** What is wrong with the schema itself. */
export interface IasSchemaErrorInit {
  /** JSON pointer into the schema at fault (`''` for the root). */
  pointer: string;
  code: string;
  message: string;
}

/** `ias-form-submit`: the user submitted a valid form. Cancelable. */
export class IasFormSubmitEvent extends IasEvent {
  static readonly eventName = 'ias-form-submit';
  /** The whole value submitted. */
  readonly value: unknown;
  constructor(value: unknown) {
    super(IasFormSubmitEvent.eventName, { cancelable: true });
    this.value = value;
  }
}

/** `ias-schema-error`: the schema cannot be used (unknown `$ref`, wrong keyword type…). */
export class IasSchemaErrorEvent extends IasEvent implements IasSchemaErrorInit {
  static readonly eventName = 'ias-schema-error';
  /** JSON pointer into the schema at fault (`''` for the root). */
  readonly pointer: string;
  /** A stable code of the problem. */
  readonly code: string;
  /** A readable message (English, for the developer). */
  readonly message: string;
  constructor(init: IasSchemaErrorInit) {
    super(IasSchemaErrorEvent.eventName);
    this.pointer = init.pointer;
    this.code = init.code;
    this.message = init.message;
  }
}

/**
 * `ias-form-role-missing`: the schema shows parts only to some roles (`x-ias-access` read lists) and no
 * `userRole` is set, so those parts are not shown. The form says so in a visible notice; log this event to
 * find a page that forgot `user-role`.
 */
export class IasFormRoleMissingEvent extends IasEvent {
  static readonly eventName = 'ias-form-role-missing';
  /** Data pointers of the parts not shown (`''`: the whole form). */
  readonly hidden: readonly string[];
  constructor(hidden: readonly string[]) {
    super(IasFormRoleMissingEvent.eventName);
    this.hidden = hidden;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ias-form-role-missing': IasFormRoleMissingEvent;
    'ias-form-submit': IasFormSubmitEvent;
    'ias-schema-error': IasSchemaErrorEvent;
  }
}
