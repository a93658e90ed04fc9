import { css, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { IasElement } from '../base/ias-element.js';
import { IasFormAssociated } from '../base/ias-form-associated.js';
import { FormAssociatedController } from '../controllers/form-associated.js';
import { LocalizeController, type Catalogs } from '../localize/localize-controller.js';
import { baseStyles } from '../styles/base.js';
import { token } from '../tokens/tokens.js';

export type FieldControlKey = 'required' | 'errorPrefix';

const fieldControlMessages: Catalogs<FieldControlKey> = {
  de: { required: 'Pflichtfeld', errorPrefix: 'Fehler:' },
  fr: { required: 'Champ obligatoire', errorPrefix: 'Erreur\u202f:' },
  it: { required: 'Campo obbligatorio', errorPrefix: 'Errore:' },
  en: { required: 'Required', errorPrefix: 'Error:' },
};

/**
 * What the kit's labelled input controls (`<ias-code-picker>`, `<ias-date-input>`) share: the properties of
 * `<ias-form>`'s widget contract, a label in the control's own shadow root, help and error texts tied with
 * `aria-describedby`, and focus delegated to the inner control. Not registered by itself.
 *
 * In a host `<form>` they take part like native inputs: the value is submitted under `name` (a string as it
 * is, anything else as JSON), `required` blocks submitting at the inner input, `invalid` with `error-message`
 * is a custom error, the form's reset restores the first value and a disabled fieldset disables them.
 */
export class IasFieldControl extends IasFormAssociated {
  static override shadowRootOptions: ShadowRootInit = {
    ...IasElement.shadowRootOptions,
    delegatesFocus: true,
  };

  /** The value (JSON); `undefined` when empty. */
  @property({ attribute: false }) value: unknown;
  /** The visible label. */
  @property() label = '';
  /** Help shown under the control. */
  @property() description = '';
  @property({ type: Boolean }) required = false;
  @property({ type: Boolean, reflect: true }) readonly = false;
  /** Marks the control invalid (`aria-invalid`); `error-message` says why. */
  @property({ type: Boolean, reflect: true }) invalid = false;
  @property({ attribute: 'error-message' }) errorMessage = '';
  /** Language: `de`, `fr`, `it` or `en`; otherwise the nearest `lang` attribute. */
  @property() locale?: string;
  /** The field's schema node, when used by `<ias-form>` (read for hints such as `widget`). */
  @property({ attribute: false }) schema?: { widget?: string; pattern?: string } & Record<string, unknown>;

  /** Form field name: the value is submitted under it with a surrounding `<form>`. */
  @property({ reflect: true }) name?: string;

  protected readonly chrome = new LocalizeController(this, fieldControlMessages);
  private defaultValue: unknown;
  protected readonly formControl = new FormAssociatedController(this, {
    value: () =>
      this.value === undefined || this.value === null
        ? null
        : typeof this.value === 'string'
          ? this.value
          : JSON.stringify(this.value),
    anchor: () => this.renderRoot?.querySelector<HTMLElement>('#c'),
    // The host's verdict first; otherwise the inner input's own (`required`).
    validate: () =>
      this.invalid && this.errorMessage
        ? { flags: { customError: true }, message: this.errorMessage }
        : undefined,
    reset: () => (this.value = this.defaultValue),
    restore: (state) => (this.value = typeof state === 'string' ? state : undefined),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasUpdated) this.defaultValue = this.value;
  }

  /** Disabled by a disabled fieldset around it: the inner controls are disabled too. */
  protected get formDisabled(): boolean {
    return this.formControl.disabled;
  }

  protected describedBy(): string | undefined {
    const ids = [this.description ? 'help' : '', this.invalid && this.errorMessage ? 'error' : ''].filter(
      Boolean,
    );
    return ids.length ? ids.join(' ') : undefined;
  }

  protected labelPart(forId = 'c'): TemplateResult {
    return html`<label part="label" id="label" for=${forId}
      >${this.label}${
        this.required
          ? html`<span class="req" aria-hidden="true"> *</span
              ><span class="visually-hidden"> (${this.chrome.t('required')})</span>`
          : nothing
      }</label
    >`;
  }

  protected helpAndError(): TemplateResult {
    return html`${this.description ? html`<div id="help" part="help" class="help">${this.description}</div>` : nothing}
    ${
      this.invalid && this.errorMessage
        ? html`<div id="error" part="error" class="error">
            <span class="visually-hidden">${this.chrome.t('errorPrefix')} </span>${this.errorMessage}
          </div>`
        : nothing
    }`;
  }

  /** Tells `<ias-form>` (or any host) the value changed: `input`, and `change` when committed. */
  protected commit(value: unknown, final = true): void {
    this.value = value;
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    if (final) this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }
}

export const fieldControlStyles = [
  baseStyles,
  css`
    @layer ias-component {
      label {
        display: block;
        font-weight: 600;
        margin-block-end: ${token('space-xs')};
      }
      .req {
        color: ${token('color-error')};
      }
      input {
        font: inherit;
        color: inherit;
        background: ${token('color-surface')};
        border: 1px solid ${token('color-border')};
        border-radius: ${token('radius')};
        padding: ${token('space-xs')} ${token('space-s')};
        min-block-size: 2rem;
        inline-size: 100%;
        max-inline-size: var(--ias-form-control-max-width, 40rem);
      }
      input[aria-invalid='true'] {
        border: 2px solid ${token('color-error')};
      }
      input[readonly] {
        background: transparent;
        border-style: dashed;
      }
      .help {
        color: ${token('color-text-muted')};
        font-size: ${token('font-size-small')};
        margin-block-start: ${token('space-xs')};
      }
      .error {
        color: ${token('color-error')};
        font-weight: 600;
        margin-block-start: ${token('space-xs')};
      }
    }
  `,
];
