import type { FormAssociatedController, FormValue } from '../controllers/form-associated.js';
import { IasElement } from './ias-element.js';

/**
 * Base of the kit's controls that take part in a host `<form>` (`<ias-select>`, `<ias-date-input>`,
 * `<ias-code-picker>`): the native control API and the browser's form callbacks, each forwarded to the
 * subclass's `FormAssociatedController`, which holds the logic. Not registered by itself.
 */
export abstract class IasFormAssociated extends IasElement {
  static formAssociated = true;

  protected abstract readonly formControl: FormAssociatedController;

  /** The form the control belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.formControl.form;
  }

  /** The control's validity (`valueMissing` when `required` and empty, `customError` for a host's message). */
  get validity(): ValidityState | undefined {
    return this.formControl.validity;
  }

  /** The browser's message for the current validity (`''` when valid). */
  get validationMessage(): string {
    return this.formControl.validationMessage;
  }

  /** Runs the control's constraint validation; fires `invalid` when it fails. */
  checkValidity(): boolean {
    return this.formControl.checkValidity();
  }

  /** Like `checkValidity()`, and shows the browser's message at the inner control. */
  reportValidity(): boolean {
    return this.formControl.reportValidity();
  }

  formResetCallback(): void {
    this.formControl.formResetCallback();
  }

  formDisabledCallback(disabled: boolean): void {
    this.formControl.formDisabledCallback(disabled);
  }

  formStateRestoreCallback(state: FormValue, reason: 'restore' | 'autocomplete'): void {
    this.formControl.formStateRestoreCallback(state, reason);
  }
}
