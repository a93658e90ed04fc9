/*
 * The exit control of <ias-case-header> ("Austritt erfassen"): a disclosure button, and a small form with
 * the exit date (<ias-date-input>), the reason (<ias-select>, the core's EXIT_REASONS in words) and, for a
 * move, the new canton. On confirm it checks the draft, emits `ias-case-exit` and says in a polite live
 * message what was recorded (or that a listener refused it). Behaviour lives here; the header renders it.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import {
  CANTONS,
  EXIT_REASONS,
  formatDate,
  isCalendarDate,
  type Canton,
  type Case,
  type ExitReason,
  type Locale,
  type StatusExit,
} from '@ias-kit/core';
import { EXCLUSION_LABELS } from '@ias-kit/core/indicators';
import type { IasDateInput, IasSelect, SelectOption } from '@ias-kit/ui';
import { IasCaseExitEvent } from './case-header.events.js';
import type { CaseHeaderKey } from './case-header.l10n.js';
import { cantonName } from './cantons.js';

type Params = Record<string, string | number>;

/** What the user has entered so far. `date` is the date input's value: `YYYY-MM-DD`, or text that is none. */
export interface ExitDraft {
  date?: unknown;
  reason: ExitReason | '';
  canton: Canton | '';
}

/** The fields of the exit form, in their order on screen (the first one with an error gets the focus). */
export const EXIT_FIELDS = ['date', 'reason', 'canton'] as const;
export type ExitField = (typeof EXIT_FIELDS)[number];

/** Errors of a draft by field, as message keys (and the entry date for "before the entry"). */
export type ExitErrors = Partial<Record<ExitField, CaseHeaderKey>>;

/**
 * Checks a draft: a full `YYYY-MM-DD` date not before the case's entry date, a reason, and the canton
 * for a move. Returns the exit to record, or the errors. String comparison of ISO dates, never `Date`.
 */
export function checkExit(
  draft: ExitDraft,
  entryDate: string | undefined,
): { exit: StatusExit; errors?: undefined } | { exit?: undefined; errors: ExitErrors } {
  const errors: ExitErrors = {};
  const d = draft.date;
  if (d === undefined || d === '') errors.date = 'errDateMissing';
  else if (typeof d !== 'string' || !isCalendarDate(d)) errors.date = 'errDateInvalid';
  else if (isCalendarDate(entryDate) && d < entryDate) errors.date = 'errDateBeforeEntry';
  if (!draft.reason) errors.reason = 'errReason';
  else if (draft.reason === 'moved-canton' && !draft.canton) errors.canton = 'errCanton';
  if (Object.keys(errors).length) return { errors };
  const validFrom = d as string;
  const exit: StatusExit =
    draft.reason === 'moved-canton'
      ? { exit: 'moved-canton', validFrom, canton: draft.canton as Canton }
      : { exit: draft.reason as Exclude<ExitReason, 'moved-canton'>, validFrom };
  return { exit };
}

/** An exit reason in words ("Ausgereist"), from the core's labels, never the code. */
export const exitReasonWord = (reason: string, locale: Locale): string =>
  EXCLUSION_LABELS[locale][`exit-${reason}` as keyof (typeof EXCLUSION_LABELS)['de']] ?? reason;

/** "Ausgereist" or, for a move, "In anderen Kanton gezogen (Zürich)". */
export function exitWords(exit: StatusExit, locale: Locale): string {
  const reason = exitReasonWord(exit.exit, locale);
  return exit.exit === 'moved-canton' ? `${reason} (${cantonName(exit.canton, locale)})` : reason;
}

/** What the controller needs from its header. */
export interface ExitHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** The open/closed state, the draft, its errors and the live message of the exit control. */
export class ExitController {
  open = false;
  draft: ExitDraft = { reason: '', canton: '' };
  errors: ExitErrors = {};
  /** The last live message and whether it reports a failure. */
  message = '';
  failed = false;

  constructor(
    private readonly host: ExitHost,
    private readonly t: (key: CaseHeaderKey, params?: Params) => string,
    private readonly locale: () => Locale,
  ) {}

  private query<T extends HTMLElement>(selector: string): T | null {
    return this.host.renderRoot.querySelector<T>(selector);
  }

  private async focus(selector: string): Promise<void> {
    await this.host.updateComplete;
    this.query(selector)?.focus();
  }

  /** Opens the form (focus on the date) or closes it (focus back on the button). */
  toggle(): void {
    if (this.open) return this.close();
    this.open = true;
    this.message = '';
    this.host.requestUpdate();
    void this.focus('[data-field="date"]');
  }

  /** Closes the form, forgets the draft and returns the focus to the button. */
  close(): void {
    this.open = false;
    this.draft = { reason: '', canton: '' };
    this.errors = {};
    this.host.requestUpdate();
    void this.focus('[part="exit-toggle"]');
  }

  private set(patch: Partial<ExitDraft>): void {
    this.draft = { ...this.draft, ...patch };
    this.host.requestUpdate();
  }

  private submit(e: Event, c: Case): void {
    e.preventDefault();
    const checked = checkExit(this.draft, c.entryDate);
    if (checked.errors) {
      this.errors = checked.errors;
      this.host.requestUpdate();
      const first = EXIT_FIELDS.find((f) => checked.errors[f]);
      void this.focus(`[data-field="${first}"]`);
      return;
    }
    this.errors = {};
    const exit = checked.exit;
    const accepted = this.host.dispatchEvent(new IasCaseExitEvent(exit, c.id));
    const params = { reason: exitWords(exit, this.locale()), date: formatDate(exit.validFrom) };
    this.failed = !accepted;
    this.message = this.t(accepted ? 'exitRecorded' : 'exitRefused', params);
    if (accepted) this.close();
    else this.host.requestUpdate();
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    e.preventDefault();
    this.close();
  }

  /** The reason or the canton: a required kit select with its own error below it. */
  private select(field: 'reason' | 'canton', label: string, options: SelectOption[]): TemplateResult {
    const key = this.errors[field];
    return html`<div class="field">
      <ias-select
        data-field=${field}
        .locale=${this.locale()}
        label=${label}
        required
        .options=${options}
        .value=${this.draft[field]}
        @change=${(e: Event) => this.set({ [field]: (e.currentTarget as IasSelect).value })}
      ></ias-select>
      ${key ? html`<p class="field-error">${this.t(key)}</p>` : nothing}
    </div>`;
  }

  /** The "Austritt erfassen" button and the live message. */
  renderToggle(): TemplateResult {
    return html`<div part="exit" class="exit">
      <ias-button part="exit-toggle" size="small" .expanded=${this.open} @click=${() => this.toggle()}
        >${this.t('exitOpen')}</ias-button
      >
      <p part="exit-message" class=${this.failed ? 'message failed' : 'message'} role="status">
        ${this.message}
      </p>
    </div>`;
  }

  /** The form, while open. */
  renderForm(c: Case, name: string, today: string | undefined): TemplateResult | typeof nothing {
    const locale = this.locale();
    const t = this.t;
    const entry = isCalendarDate(c.entryDate) ? formatDate(c.entryDate) : '';
    const errorKeys = EXIT_FIELDS.filter((f) => this.errors[f]);
    const reasons = [
      { value: '', label: t('exitChoose') },
      ...EXIT_REASONS.map((r) => ({ value: r, label: exitReasonWord(r, locale) })),
    ];
    const cantons = [
      { value: '', label: t('exitChoose') },
      ...CANTONS.map((k) => ({ value: k, label: cantonName(k, locale) })).sort((a, b) =>
        a.label.localeCompare(b.label, locale),
      ),
    ];
    const form = html`<form
      part="exit-form"
      id="exit-form"
      novalidate
      @submit=${(e: Event) => this.submit(e, c)}
      @keydown=${(e: KeyboardEvent) => this.onKey(e)}
    >
      <fieldset>
        <legend>${t('exitLegend', { name })}</legend>
        ${
          errorKeys.length
            ? html`<div class="errors" role="alert">
                <p>${t('exitErrors')}</p>
                <ul>
                  ${errorKeys.map((f) => html`<li>${t(this.errors[f]!, { date: entry })}</li>`)}
                </ul>
              </div>`
            : nothing
        }
        <div class="fields">
          <ias-date-input
            data-field="date"
            .locale=${locale}
            label=${t('exitDate')}
            required
            .today=${today}
            .value=${this.draft.date}
            ?invalid=${!!this.errors.date}
            error-message=${this.errors.date ? t(this.errors.date, { date: entry }) : ''}
            @input=${(e: Event) => this.set({ date: (e.currentTarget as IasDateInput).value })}
          ></ias-date-input>
          ${this.select('reason', t('exitReason'), reasons)}
          ${this.draft.reason === 'moved-canton' ? this.select('canton', t('exitCanton'), cantons) : nothing}
        </div>
        <div class="actions">
          <ias-button type="submit" variant="primary" size="small">${t('exitSave')}</ias-button>
          <ias-button variant="quiet" size="small" @click=${() => this.close()}
            >${t('exitCancel')}</ias-button
          >
        </div>
      </fieldset>
    </form>`;
    return this.open ? form : nothing;
  }
}
