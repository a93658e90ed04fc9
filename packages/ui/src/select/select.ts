import { html, svg, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { IasElement } from '../base/ias-element.js';
import { IasFormAssociated } from '../base/ias-form-associated.js';
import { FormAssociatedController } from '../controllers/form-associated.js';
import { baseStyles } from '../styles/base.js';
import { CONTROL_SIZES, type ControlSize } from '../button/button.types.js';
import { selectStyles } from './select.styles.js';
import type { SelectOption } from './select.types.js';

let nextId = 0;

/**
 * The kit's one select: a native `<select>` with its own label, the kit's height and chevron, a 24 px
 * minimum target and `--ias-*` colours. Options are data (`options`), so a toolbar or a filter builds
 * them from its own values. It takes part in forms (`name`, `value`, `required`, reset) and
 * re-dispatches the native `input` and `change` events from the host.
 *
 * @tagname ias-select
 * @summary Labelled native select with the kit's look.
 * @since 0.2
 * @status experimental
 *
 * @event {Event} change - The user chose another option; read `value` from the element.
 * @event {InputEvent} input - The native `input` event of the inner select (composed, so it reaches the host's listeners).
 * @csspart label - The visible label.
 * @csspart select - The native `<select>`.
 * @cssproperty --ias-control-height - Minimum height (default `2rem`; `size="small"`: `--ias-control-height-small`, 1.5rem, never under 24 px).
 * @cssproperty --ias-select-border-color - Border colour (default `--ias-color-border`).
 * @cssproperty --ias-select-bg - Background (default `--ias-color-surface`).
 * @cssproperty --ias-select-radius - Corner radius (default `--ias-radius`).
 * @cssproperty --ias-select-label-color - Label colour (default `--ias-color-text-muted`).
 * @cssstate invalid - `required` and nothing chosen; matches `:invalid` too.
 * @cssstate disabled - Disabled by a disabled fieldset around it (or its own `disabled`).
 */
export class IasSelect extends IasFormAssociated {
  static override styles = [baseStyles, selectStyles];
  static override shadowRootOptions: ShadowRootInit = {
    ...IasElement.shadowRootOptions,
    delegatesFocus: true,
  };

  /** The label (visible unless `label-hidden`, always the accessible name). */
  @property() label = '';

  /** Keeps the label for screen readers only (for selects whose purpose the context shows). */
  @property({ type: Boolean, attribute: 'label-hidden', reflect: true }) labelHidden = false;

  /** Puts the label beside the select instead of above it. */
  @property({ type: Boolean, reflect: true }) inline = false;

  /** The choices. */
  @property({ attribute: false }) options: SelectOption[] = [];

  /** The chosen value (`''` for none). */
  @property() value = '';

  /** Form field name. */
  @property({ reflect: true }) name?: string;

  /** `medium` (default) or `small`. */
  @property({ reflect: true }) size: ControlSize = 'medium';

  /** Disables the select. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** The user must choose a non-empty value. */
  @property({ type: Boolean, reflect: true }) required = false;

  @query('select') private readonly select!: HTMLSelectElement | null;

  private readonly controlId = `ias-select-${++nextId}`;
  private initialValue = '';
  protected readonly formControl = new FormAssociatedController(this, {
    value: () => this.value,
    // `required` and an empty value: the inner select's own message, and the bubble points at it.
    validate: () =>
      this.required && !this.value
        ? { flags: { valueMissing: true }, message: this.select?.validationMessage }
        : { flags: {} },
    anchor: () => this.select,
    reset: () => (this.value = this.initialValue),
    restore: (state) => (this.value = typeof state === 'string' ? state : ''),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.initialValue = this.value;
  }

  protected override willUpdate(): void {
    if (!CONTROL_SIZES.includes(this.size)) this.devWarn(`unknown size "${String(this.size)}"`);
  }

  private onChange(e: Event): void {
    this.value = (e.target as HTMLSelectElement).value;
    // Native `change` does not cross the shadow boundary: re-dispatch it from the host.
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  protected override render(): TemplateResult {
    return html`<label part="label" for=${this.controlId} class=${this.labelHidden ? 'visually-hidden' : ''}
        >${this.label}</label
      >
      <span class="wrap">
        <select
          part="select"
          id=${this.controlId}
          name=${ifDefined(this.name)}
          ?disabled=${this.disabled || this.formControl.disabled}
          ?required=${this.required}
          .value=${live(this.value)}
          @change=${this.onChange}
        >
          ${this.options.map(
            (o) =>
              html`<option
                value=${o.value}
                ?disabled=${o.disabled === true}
                .selected=${live(o.value === this.value)}
              >
                ${o.label}
              </option>`,
          )}
        </select>
        <svg class="chevron" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
          ${svg`<path d="M2 4.5l4 4 4-4" fill="none" stroke="currentColor" stroke-width="1.6"/>`}
        </svg>
      </span>`;
  }
}
