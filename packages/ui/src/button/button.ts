import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { IasElement } from '../base/ias-element.js';
import { FormAssociatedController } from '../controllers/form-associated.js';
import { baseStyles } from '../styles/base.js';
import { buttonLook, buttonStyles } from './button.styles.js';
import {
  BUTTON_TYPES,
  BUTTON_VARIANTS,
  CONTROL_SIZES,
  type ButtonType,
  type ButtonVariant,
  type ControlSize,
} from './button.types.js';

/**
 * The kit's one push button. It wraps a native `<button>` (focus, keyboard and forced colours come
 * for free), keeps a 24 × 24 px minimum target in every size and takes its colours from the
 * `--ias-*` tokens. Inside a `<form>` a `type="submit"` button submits and `type="reset"` resets it.
 *
 * @tagname ias-button
 * @summary Push button: primary, secondary, danger or quiet.
 * @since 0.2
 * @status experimental
 *
 * @slot - The button's text (and an optional icon).
 * @csspart base - The native `<button>`.
 * @cssproperty --ias-control-height - Minimum height of `medium` controls (default `2rem`).
 * @cssproperty --ias-control-height-small - Minimum height of `small` controls (default `1.5rem`, never under 24 px).
 * @cssproperty --ias-button-radius - Corner radius (default `--ias-radius`).
 * @cssproperty --ias-button-padding-inline - Inline padding (default `0.75rem`).
 * @cssproperty --ias-button-primary-bg - Background of `primary` (default `--ias-color-primary`); likewise `-fg`, `-border` and the `secondary`, `danger`, `quiet` variants.
 * @cssproperty --ias-button-secondary-bg - Background of `secondary` (default `--ias-color-surface`).
 * @cssproperty --ias-button-danger-fg - Text and border colour of `danger` (default `--ias-color-error`).
 * @cssproperty --ias-button-quiet-fg - Text colour of `quiet` (default `--ias-color-primary`).
 */
export class IasButton extends IasElement {
  static override styles = [baseStyles, buttonLook, buttonStyles];
  static override shadowRootOptions: ShadowRootInit = {
    ...IasElement.shadowRootOptions,
    delegatesFocus: true,
  };
  static formAssociated = true;

  /** `primary` (the one main action of a view), `secondary` (default), `danger` (destroys or removes) or `quiet` (low emphasis, no border). */
  @property({ reflect: true }) variant: ButtonVariant = 'secondary';

  /** `medium` (default) or `small` (dense rows and toolbars; still a 24 px target). */
  @property({ reflect: true }) size: ControlSize = 'medium';

  /** `button` (default), `submit` or `reset`: what the button does inside a form. */
  @property({ reflect: true }) type: ButtonType = 'button';

  /** Disables the button. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Makes the button a toggle button; `pressed` then says whether it is on. */
  @property({ type: Boolean, reflect: true }) toggle = false;

  /** The state of a toggle button (`aria-pressed`). */
  @property({ type: Boolean, reflect: true }) pressed = false;

  /** Accessible name, when the slotted content is only an icon or needs more context than it shows. */
  @property() label?: string;

  /** Whether the button opens a popup (`aria-haspopup`), e.g. `menu` or `dialog`. */
  @property() haspopup?: string;

  /** Whether the popup it controls is open (`aria-expanded`). */
  @property({ type: Boolean }) expanded?: boolean;

  /** Submits nothing itself: it finds its form and follows a disabled fieldset. */
  private readonly formControl = new FormAssociatedController(this);

  constructor() {
    super();
    // A click that lands on the host of a disabled button must not reach the host's listeners.
    this.addEventListener(
      'click',
      (e) => {
        if (this.inactive) e.stopImmediatePropagation();
      },
      { capture: true },
    );
  }

  /** The form this button submits or resets, if any. */
  get form(): HTMLFormElement | null {
    return this.formControl.form;
  }

  formDisabledCallback(disabled: boolean): void {
    this.formControl.formDisabledCallback(disabled);
  }

  /** Disabled itself or by a disabled fieldset around it. */
  private get inactive(): boolean {
    return this.disabled || this.formControl.disabled;
  }

  protected override willUpdate(): void {
    if (!BUTTON_VARIANTS.includes(this.variant)) this.devWarn(`unknown variant "${String(this.variant)}"`);
    if (!CONTROL_SIZES.includes(this.size)) this.devWarn(`unknown size "${String(this.size)}"`);
    if (!BUTTON_TYPES.includes(this.type)) this.devWarn(`unknown type "${String(this.type)}"`);
  }

  private onClick(): void {
    const form = this.form;
    if (this.inactive || !form) return;
    if (this.type === 'submit') form.requestSubmit();
    else if (this.type === 'reset') form.reset();
  }

  protected override render(): TemplateResult {
    return html`<button
      part="base"
      class="button"
      type="button"
      data-variant=${this.variant}
      data-size=${this.size}
      ?disabled=${this.inactive}
      aria-label=${ifDefined(this.label)}
      aria-pressed=${ifDefined(this.toggle ? String(this.pressed) : undefined)}
      aria-haspopup=${ifDefined(this.haspopup)}
      aria-expanded=${ifDefined(this.expanded === undefined ? undefined : String(this.expanded))}
      @click=${this.onClick}
    >
      <slot></slot>
    </button>`;
  }
}
