import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What a form-associated element submits: a string, a file, form data, or `null` for nothing. */
export type FormValue = string | File | FormData | null;

/** Validity flags without `valid` (the browser derives it). */
export type ValidityFlags = Partial<Record<Exclude<keyof ValidityState, 'valid'>, boolean>>;

/** The outcome of a host's own check: no flag set means valid. */
export interface ValidityResult {
  flags: ValidityFlags;
  /** What the browser shows in its validation bubble; required when a flag is set. */
  message?: string;
}

export interface FormAssociatedOptions {
  /** The value submitted with the form (default: nothing). Read after each host update and on `sync()`. */
  value?: () => FormValue;
  /** What the browser saves to restore the element (history, autofill); default: the value. */
  state?: () => FormValue;
  /**
   * The inner control (in the host's shadow tree) the browser's validation bubble and focus point at.
   * Without `validate`, its own constraint validation is mirrored on the host.
   */
  anchor?: () => HTMLElement | null | undefined;
  /** The host's own check; `undefined` (or no `validate`) mirrors the anchor's validity. */
  validate?: () => ValidityResult | undefined;
  /** `formResetCallback`: put the value back to its default. */
  reset?: () => void;
  /** `formStateRestoreCallback`: take back a state saved by the browser. */
  restore?: (state: FormValue, reason: 'restore' | 'autocomplete') => void;
  /** Sync value and validity only when `sync()` is called, not after every update (for costly values). */
  manual?: boolean;
}

/** The host must be an element (for `attachInternals`); Lit elements are. */
type Host = ReactiveControllerHost & HTMLElement;

/** The flags set in `flags` (ValidityState's attributes are enumerable, so `for…in` lists them too). */
const setFlags = (flags: ValidityFlags | ValidityState): string[] => {
  const out: string[] = [];
  for (const k in flags) if (k !== 'valid' && flags[k as keyof ValidityFlags]) out.push(k);
  return out;
};

/**
 * The one way an ias-kit element takes part in a host `<form>` and exposes custom states: it owns
 * `attachInternals()`, submits the value, mirrors (or sets) validity anchored to the inner control so
 * `:invalid`, the validation bubble and focus point at the right thing, and plumbs the form callbacks.
 *
 * The browser calls `formResetCallback`, `formDisabledCallback` and `formStateRestoreCallback` on the
 * element's class, so the host declares them and forwards here; likewise `form`, `checkValidity()`
 * and friends are one-line delegations. Elements that only need custom states (`:state(empty)`) use it
 * without `static formAssociated`; value and validity are then left alone.
 *
 * ```ts
 * static formAssociated = true;
 * private readonly formControl = new FormAssociatedController(this, {
 *   value: () => this.value,
 *   anchor: () => this.renderRoot.querySelector('select'),
 *   reset: () => (this.value = this.defaultValue),
 * });
 * formResetCallback() { this.formControl.formResetCallback(); }
 * ```
 */
export class FormAssociatedController implements ReactiveController {
  /** The element's internals; `undefined` where the browser has none. */
  readonly internals?: ElementInternals;
  private readonly associated: boolean;
  /** Custom states kept here too, so `hasState` answers where `CustomStateSet` is missing. */
  private readonly ownStates = new Set<string>();
  private fieldsetDisabled = false;

  constructor(
    private readonly host: Host,
    private readonly options: FormAssociatedOptions = {},
  ) {
    this.associated = (host.constructor as { formAssociated?: boolean }).formAssociated === true;
    try {
      this.internals = host.attachInternals();
    } catch {
      /* no ElementInternals (or attached already): the element works without form participation */
    }
    host.addController(this);
  }

  hostUpdated(): void {
    if (!this.options.manual) this.sync();
  }

  /** Submits the current value and updates validity now (called after each update unless `manual`). */
  sync(): void {
    const internals = this.internals;
    if (!internals || !this.associated) return;
    const value = this.options.value?.() ?? null;
    internals.setFormValue(value, this.options.state ? this.options.state() : value);
    const result = this.options.validate?.() ?? this.mirror();
    this.setValidity(result.flags, result.message);
  }

  /**
   * Sets validity flags with `message`, anchored to `anchor` (default: the inner control). Flags all
   * false (or `{}`) makes the element valid. The `invalid` custom state follows.
   */
  setValidity(flags: ValidityFlags, message = '', anchor = this.options.anchor?.()): void {
    const internals = this.internals;
    if (!internals || !this.associated) return;
    const set = setFlags(flags);
    const invalid = set.length > 0;
    if (!invalid) internals.setValidity({});
    else {
      const text = message || this.anchorMessage() || set.join(' ');
      // The anchor must be inside the host's shadow tree and rendered; otherwise the host itself anchors.
      const inside = anchor && anchor.isConnected && this.host.shadowRoot?.contains(anchor);
      internals.setValidity(flags, text, inside ? anchor : undefined);
    }
    this.setState('invalid', invalid);
  }

  /** The form the element belongs to. */
  get form(): HTMLFormElement | null {
    return this.associated ? (this.internals?.form ?? null) : null;
  }

  /** The `<label>` elements that label the host (`for` its id, or wrapping it). */
  get labels(): NodeList {
    return (
      (this.associated ? this.internals?.labels : undefined) ?? document.createDocumentFragment().childNodes
    );
  }

  /** The host's validity state (all valid where unsupported). */
  get validity(): ValidityState | undefined {
    return this.associated ? this.internals?.validity : undefined;
  }

  get validationMessage(): string {
    return (this.associated ? this.internals?.validationMessage : undefined) ?? '';
  }

  get willValidate(): boolean {
    return (this.associated ? this.internals?.willValidate : undefined) ?? false;
  }

  /** Disabled by an ancestor `<fieldset disabled>` (or the host's own `disabled` attribute), as the browser says. */
  get disabled(): boolean {
    return this.fieldsetDisabled;
  }

  /** Updates validity, then runs the browser's check (fires `invalid` on the host when it fails). */
  checkValidity(): boolean {
    this.sync();
    return this.associated ? (this.internals?.checkValidity() ?? true) : true;
  }

  /** Like `checkValidity()`, and shows the browser's message at the inner control. */
  reportValidity(): boolean {
    this.sync();
    return this.associated ? (this.internals?.reportValidity() ?? true) : true;
  }

  /** Adds (`on`) or removes a custom state, matched by `:state(name)`. */
  setState(name: string, on: boolean): void {
    if (on) this.ownStates.add(name);
    else this.ownStates.delete(name);
    const states = this.internals?.states;
    if (!states) return;
    try {
      if (on) states.add(name);
      else states.delete(name);
    } catch {
      // Chromium before 125 accepted only dashed names (matched by `:--name`).
      try {
        if (on) states.add(`--${name}`);
        else states.delete(`--${name}`);
      } catch {
        /* no usable CustomStateSet: `hasState` still answers */
      }
    }
  }

  hasState(name: string): boolean {
    return this.ownStates.has(name);
  }

  // ---- the browser's form callbacks, forwarded by the host ----------------------------------------

  formResetCallback(): void {
    this.options.reset?.();
    this.host.requestUpdate();
  }

  formDisabledCallback(disabled: boolean): void {
    this.fieldsetDisabled = disabled;
    this.setState('disabled', disabled);
    this.host.requestUpdate();
  }

  formStateRestoreCallback(state: FormValue, reason: 'restore' | 'autocomplete'): void {
    this.options.restore?.(state, reason);
    this.host.requestUpdate();
  }

  /** The anchor's own constraint validation, as flags and the browser's localized message. */
  private mirror(): ValidityResult {
    const control = this.options.anchor?.() as (HTMLElement & Partial<HTMLInputElement>) | null | undefined;
    const validity = control?.validity;
    if (!validity || validity.valid) return { flags: {} };
    const flags: ValidityFlags = {};
    for (const k of setFlags(validity)) flags[k as keyof ValidityFlags] = true;
    return { flags, message: control.validationMessage };
  }

  private anchorMessage(): string {
    return (this.options.anchor?.() as Partial<HTMLInputElement> | null | undefined)?.validationMessage ?? '';
  }
}
