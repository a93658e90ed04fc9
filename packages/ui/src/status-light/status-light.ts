import { html, svg, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { IasElement } from '../base/ias-element.js';
import { LocalizeController } from '../localize/localize-controller.js';
import { baseStyles } from '../styles/base.js';
import { statusLightMessages } from './status-light.l10n.js';
import { statusLightStyles } from './status-light.styles.js';
import { STATUS_VALUES, type Status } from './status-light.types.js';

const ICONS: Record<Status | 'unknown', TemplateResult> = {
  // A filled circle with a check, a triangle with "!", an octagon with "×": shape tells the state without colour.
  ok: svg`<circle cx="8" cy="8" r="7" fill="currentColor"/><path d="M4.5 8.2l2.3 2.3 4.7-4.9" stroke="#fff" stroke-width="1.8" fill="none"/>`,
  warn: svg`<path d="M8 1l7 13H1z" fill="currentColor"/><path d="M8 5.5v4.2M8 11.2v1.3" stroke="#fff" stroke-width="1.8"/>`,
  critical: svg`<path d="M5 1h6l4 4v6l-4 4H5l-4-4V5z" fill="currentColor"/><path d="M5.5 5.5l5 5m0-5l-5 5" stroke="#fff" stroke-width="1.8"/>`,
  unknown: svg`<circle cx="8" cy="8" r="6.2" fill="none" stroke="currentColor" stroke-width="1.6"/>`,
};

/**
 * A traffic light that never relies on colour alone: each state has its own shape and a text.
 *
 * @tagname ias-status-light
 * @summary Traffic-light indicator (ok / warn / critical) with icon and localized text.
 * @since 0.1
 * @status stable
 *
 * @csspart base - The wrapper.
 * @csspart indicator - The SVG icon.
 * @csspart text - The status word.
 * @cssproperty --ias-status-light-size - Icon size (default `1em`).
 * @cssproperty --ias-color-status-ok - Colour of the ok state.
 * @cssproperty --ias-color-status-warn - Colour of the warn state.
 * @cssproperty --ias-color-status-critical - Colour of the critical state.
 */
export class IasStatusLight extends IasElement {
  static override styles = [baseStyles, statusLightStyles];

  /** The state shown: `ok`, `warn` or `critical`. Any other value shows as "unknown status" and warns in dev mode. */
  @property({ reflect: true }) status: Status = 'ok';

  /** Overrides the localized status word (for example a rule's own reason). */
  @property() label?: string;

  /** Keeps the status word for screen readers only. */
  @property({ type: Boolean, attribute: 'label-hidden', reflect: true }) labelHidden = false;

  /** Locale override (`de`, `fr`, `it`, `en`); otherwise the nearest `lang` attribute decides. */
  @property() locale?: string;

  private readonly l10n = new LocalizeController(this, statusLightMessages);

  protected override willUpdate(): void {
    if (!STATUS_VALUES.includes(this.status)) this.devWarn(`unknown status "${String(this.status)}"`);
  }

  protected override render(): TemplateResult {
    const known = STATUS_VALUES.includes(this.status);
    const key = known ? this.status : 'unknown';
    const word = this.label ?? this.l10n.t(key);
    return html`<span part="base" class=${key}>
      <svg part="indicator" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${ICONS[key]}</svg>
      <span part="text" class=${this.labelHidden ? 'visually-hidden' : ''}>${word}</span>
    </span>`;
  }
}
