import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { IasElement, LocalizeController, baseStyles } from '@ias-kit/ui';
import { IasErrorSelectEvent } from './error-summary.events.js';
import { errorSummaryMessages } from './error-summary.l10n.js';
import { errorSummaryStyles } from './error-summary.styles.js';
import { fieldId, type ErrorSummaryEntry } from './error-summary.types.js';

/**
 * The kit's one error summary (after the GOV.UK Design System's): a heading, then one link per invalid
 * field with its label and what to do. Following a link fires `ias-error-select`; `<ias-form>` and
 * `<ias-assessment>` then open the section that holds the field and focus its control. After a failed
 * submit the host calls `focus()`, so a screen reader reads the heading and the count first.
 *
 * @tagname ias-error-summary
 * @summary Error summary: heading and one link per invalid field.
 * @since 0.2
 * @status experimental
 *
 * @event {IasErrorSelectEvent} ias-error-select - When an entry is followed. Fields: `pointer: string`.
 *
 * @csspart base - The summary box (focused after a failed submit).
 * @csspart heading - The heading.
 * @csspart list - The list of entries.
 * @csspart link - The link of an entry.
 *
 * @cssproperty --ias-color-error - Border and link colour.
 */
export class IasErrorSummary extends IasElement {
  static override styles = [baseStyles, errorSummaryStyles];

  /** The invalid fields, in the order of the form. Nothing is rendered while the list is empty. */
  @property({ attribute: false }) errors: readonly ErrorSummaryEntry[] = [];

  /** Heading text; default "Es gibt ein Problem" (localized). */
  @property() heading?: string;

  /** Level of the heading (`2` – `6`); default `2`. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Language: `de`, `fr`, `it` or `en`; otherwise the nearest `lang` attribute. */
  @property() locale?: string;

  private readonly l10n = new LocalizeController(this, errorSummaryMessages);

  /** Moves focus to the summary box, so its heading and count are read first. */
  override focus(options?: FocusOptions): void {
    const box = this.renderRoot.querySelector<HTMLElement>('.summary');
    if (box) box.focus(options);
    else super.focus(options);
  }

  private follow(e: Event, entry: ErrorSummaryEntry): void {
    e.preventDefault();
    this.emit(new IasErrorSelectEvent(entry.pointer));
  }

  private entry(e: ErrorSummaryEntry): TemplateResult {
    return html`<li>
      <a part="link" href=${e.href ?? `#${fieldId(e.pointer)}`} @click=${(ev: Event) => this.follow(ev, e)}
        >${e.message.includes(e.label) ? e.message : `${e.label}: ${e.message}`}</a
      >
    </li>`;
  }

  private headingTemplate(text: string): TemplateResult {
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 2));
    return html`<div part="heading" class="heading" id="heading" role="heading" aria-level=${level}>
      ${text}
    </div>`;
  }

  protected override render(): TemplateResult | typeof nothing {
    const errors = this.errors;
    if (!errors.length) return nothing;
    const groups: { name: string | undefined; entries: ErrorSummaryEntry[] }[] = [];
    for (const e of errors) {
      const last = groups[groups.length - 1];
      if (last && last.name === e.group) last.entries.push(e);
      else groups.push({ name: e.group, entries: [e] });
    }
    const grouped = groups.some((g) => g.name !== undefined);
    return html`<div part="base" class="summary" tabindex="-1" aria-labelledby="heading" role="group">
      ${this.headingTemplate(this.heading || this.l10n.t('heading'))}
      <p class="count">${this.l10n.t('count', { n: errors.length })}</p>
      <ul part="list">
        ${
          grouped
            ? groups.map((g) =>
                g.name === undefined
                  ? g.entries.map((e) => this.entry(e))
                  : html`<li class="group">
                      <span class="group-name">${g.name}</span>
                      <ul>
                        ${g.entries.map((e) => this.entry(e))}
                      </ul>
                    </li>`,
              )
            : errors.map((e) => this.entry(e))
        }
      </ul>
    </div>`;
  }
}
