import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextConsumer } from '@lit/context';
import { computeHorizon, formatDate, isStatusChange, isStatusExit, type Case } from '@ias-kit/core';
import { baseStyles, caseContext, IasElement, LocalizeController, todayContext } from '@ias-kit/ui';
import { caseHeaderMessages, type CaseHeaderKey } from './case-header.l10n.js';
import { caseHeaderStyles } from './case-header.styles.js';
import { ExitController, exitWords } from './exit-control.js';

/** `dd.mm.yyyy`, or the value as given when it is no `YYYY-MM-DD` date (bad data shows, never throws). */
function date(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    return formatDate(value);
  } catch {
    return value;
  }
}

/** `1994-03` → `03.1994`, `1994` → `1994`, a full date → `dd.mm.yyyy` (eCH-0044 partial dates). */
function partialDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const [y, m, d] = value.split('-');
  if (d) return date(value);
  return m ? `${m}.${y}` : y;
}

/**
 * The head of one person's case: name, residence status (in words, with the permit), entry date,
 * birth date, the end of the federal responsibility (from `computeHorizon` of `@ias-kit/core`), the
 * case worker and the host's number. Localized (de/fr/it/en), in the kit's type, themable by the
 * `--ias-*` tokens. Without `case` it shows the case of an enclosing `<ias-case>`. The latest entry of the
 * status history, when it is an exit, shows as a fact ("Austritt: Ausgereist, ab 01.03.2026").
 *
 * With `exit-control` it offers "Austritt erfassen": a button that opens a small form (exit date as
 * `<ias-date-input>`, the reason from the core's exit reasons in words as `<ias-select>`, the new canton
 * for a move) with "save" and "cancel" `<ias-button>`s. Escape or cancel close it and return the focus to
 * the button. Saving checks the entry (a full date not before the entry date, a reason, the canton for a
 * move; errors listed at the top and beside each field, focus on the first), then emits `ias-case-exit`
 * and says in a polite live message what was recorded. An enclosing `<ias-case>` records the exit (the
 * timeline ends the horizon, the reminders after it go) and emits `ias-case-change`; a host without one
 * listens to `ias-case-exit` and sets `case` anew. A listener that cancels the event refuses the exit:
 * the form stays open and the message says it was not recorded.
 *
 * @tagname ias-case-header
 * @summary Case header: person, status, entry date, responsibility end and case worker.
 * @since 0.2
 * @status experimental
 *
 * @csspart base - The wrapper (a `<section>` named after the person).
 * @csspart name - The person's name (a heading of `heading-level`).
 * @csspart facts - The list of facts (`<dl>`).
 * @csspart exit - The exit control's row: its button and its live message (with `exit-control`).
 * @csspart exit-toggle - The "Austritt erfassen" `<ias-button>`.
 * @csspart exit-message - The polite live message ("Austritt erfasst: …").
 * @csspart exit-form - The exit form (`<form>`), while open.
 * @event {IasCaseExitEvent} ias-case-exit - The user saved an exit in the exit control. Fields: `exit: StatusExit` (`exit` reason, `validFrom` `YYYY-MM-DD`, `canton` for a move), `caseId: string`. Cancelable: cancel it to refuse the exit (the form stays open and says so).
 * @cssproperty --ias-case-header-name-size - Size of the name (default `--ias-font-size-large`).
 * @cssproperty --ias-case-header-border - Line under the header (default 2px subtle border).
 * @cssproperty --ias-case-header-form-bg - Background of the exit form (default `--ias-color-surface-raised`).
 */
export class IasCaseHeader extends IasElement {
  static override styles = [baseStyles, caseHeaderStyles];

  /** The case; defaults to the case of an enclosing `<ias-case>`. */
  @property({ attribute: false }) case?: Case;

  /** Level of the name's heading (1–6; default 2). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Locale override (`de`, `fr`, `it`, `en`); otherwise the nearest `lang` attribute decides. */
  @property() locale?: string;

  /** Offers the exit control ("Austritt erfassen"); see `ias-case-exit`. */
  @property({ type: Boolean, attribute: 'exit-control', reflect: true }) exitControl = false;

  /** Today (`YYYY-MM-DD`) for the exit date's calendar; default that of an enclosing `<ias-case>`, else today in Europe/Zurich. */
  @property() today?: string;

  private readonly l10n = new LocalizeController(this, caseHeaderMessages);
  private readonly caseConsumer = new ContextConsumer(this, { context: caseContext, subscribe: true });
  private readonly todayConsumer = new ContextConsumer(this, { context: todayContext, subscribe: true });
  private readonly exits = new ExitController(this, this.l10n.t, () => this.l10n.locale);

  private t(key: CaseHeaderKey, params: Record<string, string | number> = {}): string {
    return this.l10n.t(key, params);
  }

  protected override render(): TemplateResult {
    const c = this.case ?? this.caseConsumer.value;
    if (!c) return html`<section part="base"><p>${this.t('noCase')}</p></section>`;
    const p = c.person;
    const name = [p.firstName, p.officialName].filter(Boolean).join(' ');
    const status = [...(c.statusHistory ?? [])].reverse().find(isStatusChange)?.status;
    const statusText = status ? this.t(`status.${status}`) : undefined;
    let until: string | undefined;
    try {
      const h = computeHorizon({
        entryDate: c.entryDate,
        asylumApplicationDate: c.asylumApplicationDate,
        dateOfBirth: p.dateOfBirth,
        statusHistory: c.statusHistory,
      });
      if (h.known) until = formatDate(h.end);
    } catch {
      until = undefined; // invalid dates: the fact shows as "–"
    }
    const none = this.t('none');
    const last = [...(c.statusHistory ?? [])].sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1)).at(-1);
    const exit = isStatusExit(last)
      ? this.t('exitSince', { reason: exitWords(last, this.l10n.locale), date: date(last.validFrom) ?? none })
      : undefined;
    const facts: [CaseHeaderKey, string | undefined][] = [
      ['status', statusText],
      ['entry', date(c.entryDate)],
      ['born', partialDate(p.dateOfBirth)],
      ['until', until],
      ['worker', c.responsibleWorker?.name ?? c.responsibleWorker?.id],
      ['number', p.localPersonId?.personId],
      ...(exit ? [['exit', exit] as [CaseHeaderKey, string]] : []),
    ];
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
    return html`<section part="base" aria-label=${this.t('label', { name })}>
      <div part="name" role="heading" aria-level=${level}>${name}</div>
      ${this.exitControl ? this.exits.renderToggle() : nothing}
      <dl part="facts">
        ${facts.map(
          ([key, value]) =>
            html`<div class="fact" data-fact=${key}>
              <dt>${this.t(key)}</dt>
              <dd>${value ?? none}</dd>
            </div>`,
        )}
      </dl>
      ${this.exitControl ? this.exits.renderForm(c, name, this.today ?? this.todayConsumer.value) : nothing}
    </section>`;
  }
}
