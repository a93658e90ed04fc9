import { css, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import {
  addDays,
  addMonths,
  dayNumber,
  daysInMonth,
  isCalendarDate,
  todayIn,
  type CalendarDate,
} from '@ias-kit/core';
import { IasFieldControl, fieldControlStyles } from '../field-control/field-control.js';
import { LocalizeController } from '../localize/localize-controller.js';
import { token } from '../tokens/tokens.js';
import { dateInputMessages } from './date-input.l10n.js';
import { formatDateText, parseDateText } from './date-text.js';

const PARTIAL_PATTERN = '^[0-9]{4}(-(0[1-9]';
const pad = (n: number) => String(n).padStart(2, '0');
/** Monday = 0 … Sunday = 6 (1970-01-01 was a Thursday). */
const weekday = (d: CalendarDate) => {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  return (((dayNumber({ year: y, month: m, day }) + 3) % 7) + 7) % 7;
};
/** Intl formats a calendar date in UTC from its numbers: never a local-time parse. */
const utc = (d: CalendarDate) => {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, day);
};

/**
 * The kit's one date control. Typed as `dd.mm.yyyy` (also `d.m.yy`), stored as `YYYY-MM-DD`; where the
 * field allows partial dates (`partial`, or `x-ias-widget: partial-date` in a schema) also `mm.yyyy` →
 * `YYYY-MM` and `yyyy` → `YYYY`. Dates are shown as `dd.mm.yyyy`, partial ones as `03.1994` / `1994`.
 * Text that is not (yet) a date is kept as it is and given to the host as the value, so nothing typed is lost
 * and validation can say what is wrong. A calendar popup, operable by keyboard, picks full dates.
 *
 * Calendar keys: arrows move by day / week · PageUp / PageDown by month (with Shift by year) · Home / End to
 * the week's start / end · Enter or Space picks · Escape closes and returns to the button.
 *
 * @tagname ias-date-input
 * @summary Date field: Swiss typing, ISO storage, partial dates, keyboard calendar.
 * @since 0.2
 * @status experimental
 *
 * @event input - While typing, with the value so far.
 * @event change - When a date was picked or the field left.
 *
 * @csspart label - The label.
 * @csspart control - The text input.
 * @csspart calendar-button - The button that opens the calendar.
 * @csspart calendar - The calendar popup.
 * @csspart help - The help text.
 * @csspart error - The error message.
 */
export class IasDateInput extends IasFieldControl {
  static override styles = [
    ...fieldControlStyles,
    css`
      @layer ias-component {
        .wrap {
          position: relative;
          display: flex;
          gap: ${token('space-xs')};
          max-inline-size: 16rem;
        }
        .cal-button {
          font: inherit;
          min-inline-size: 2.25rem;
          min-block-size: 2rem;
          border: 1px solid ${token('color-border')};
          border-radius: ${token('radius')};
          background: ${token('color-surface')};
          color: inherit;
          cursor: pointer;
        }
        [part='calendar'] {
          position: absolute;
          z-index: 10;
          inset-block-start: 100%;
          inset-inline-start: 0;
          margin-block-start: 2px;
          padding: ${token('space-s')};
          background: ${token('color-surface')};
          border: 1px solid ${token('color-border')};
          border-radius: ${token('radius')};
          box-shadow: 0 4px 12px rgb(0 0 0 / 15%);
        }
        .cal-head {
          display: flex;
          align-items: center;
          justify-content: space-between;
          gap: ${token('space-s')};
          margin-block-end: ${token('space-xs')};
        }
        .cal-head button {
          font: inherit;
          min-inline-size: 2rem;
          min-block-size: 2rem;
          border: 1px solid ${token('color-border')};
          border-radius: ${token('radius')};
          background: ${token('color-surface')};
          color: inherit;
        }
        table {
          border-collapse: collapse;
        }
        th {
          font-size: ${token('font-size-small')};
          color: ${token('color-text-muted')};
          padding: 2px;
        }
        td {
          text-align: center;
          min-inline-size: 2rem;
          block-size: 2rem;
          padding: 0 4px;
          cursor: pointer;
          border-radius: ${token('radius')};
        }
        td.other {
          color: ${token('color-text-muted')};
        }
        td[aria-selected='true'] {
          background: ${token('color-primary')};
          color: ${token('color-primary-contrast')};
        }
        td.today {
          outline: 1px solid ${token('color-primary')};
        }
        td:focus-visible {
          outline: 2px solid ${token('color-focus')};
        }
      }
    `,
  ];

  /** Allows `YYYY-MM` and `YYYY` besides full dates; default from the schema (`x-ias-widget: partial-date`). */
  @property({ type: Boolean }) partial = false;
  /** Today (`YYYY-MM-DD`), for the calendar and two-digit years; default today in Europe/Zurich. */
  @property() today?: CalendarDate;

  @state() private text?: string;
  @state() private open = false;
  @state() private focusDay: CalendarDate = '2000-01-01';

  private readonly l10n = new LocalizeController(this, dateInputMessages);
  private focusCalendar = false;

  private get allowsPartial(): boolean {
    const s = this.schema;
    return (
      this.partial ||
      s?.widget === 'partial-date' ||
      (typeof s?.pattern === 'string' && s.pattern.startsWith(PARTIAL_PATTERN))
    );
  }

  private get todayValue(): CalendarDate {
    return this.today && isCalendarDate(this.today) ? this.today : todayIn();
  }

  /** A form reset also drops text typed since (the value goes back to the first one). */
  override formResetCallback(): void {
    this.text = undefined;
    super.formResetCallback();
  }

  private onInput(e: Event): void {
    const text = (e.target as HTMLInputElement).value;
    this.text = text;
    const parsed = text.trim() === '' ? undefined : parseDateText(text, this.allowsPartial, this.todayValue);
    this.commit(text.trim() === '' ? undefined : (parsed ?? text), false);
  }

  private onBlur(): void {
    if (this.text === undefined) return;
    const parsed = parseDateText(this.text, this.allowsPartial, this.todayValue);
    if (parsed !== undefined) this.text = undefined;
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  private toggle(): void {
    if (this.open) return this.close(true);
    const v = this.value;
    this.focusDay =
      typeof v === 'string' && isCalendarDate(v)
        ? v
        : typeof v === 'string' && /^\d{4}-\d{2}$/.test(v)
          ? (`${v}-01` as CalendarDate)
          : this.todayValue;
    this.open = true;
    this.focusCalendar = true;
  }

  private close(toButton: boolean): void {
    this.open = false;
    if (toButton)
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.cal-button')?.focus());
  }

  private pickDay(d: CalendarDate): void {
    this.text = undefined;
    this.open = false;
    this.commit(d);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#c')?.focus());
  }

  private moveTo(d: CalendarDate): void {
    this.focusDay = d;
    this.focusCalendar = true;
  }

  private onGridKey(e: KeyboardEvent): void {
    const d = this.focusDay;
    const wd = weekday(d);
    const moves: Record<string, () => CalendarDate> = {
      ArrowLeft: () => addDays(d, -1),
      ArrowRight: () => addDays(d, 1),
      ArrowUp: () => addDays(d, -7),
      ArrowDown: () => addDays(d, 7),
      PageUp: () => addMonths(d, e.shiftKey ? -12 : -1),
      PageDown: () => addMonths(d, e.shiftKey ? 12 : 1),
      Home: () => addDays(d, -wd),
      End: () => addDays(d, 6 - wd),
    };
    if (moves[e.key]) {
      e.preventDefault();
      this.moveTo(moves[e.key]!());
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.pickDay(d);
    }
  }

  private onPopupKey(e: KeyboardEvent): void {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      this.close(true);
    }
  }

  private onPopupFocusOut(e: FocusEvent): void {
    const to = e.relatedTarget as Node | null;
    if (!to || !this.renderRoot.contains(to)) this.open = false;
  }

  protected override updated(): void {
    if (this.focusCalendar && this.open) {
      this.focusCalendar = false;
      this.renderRoot.querySelector<HTMLElement>('td[tabindex="0"]')?.focus();
    }
  }

  private renderCalendar(): TemplateResult {
    const locale = this.l10n.intlLocale;
    const [y, m] = this.focusDay.split('-').map(Number) as [number, number];
    const first = `${y}-${pad(m)}-01` as CalendarDate;
    const start = addDays(first, -weekday(first));
    const weeks = Math.ceil((weekday(first) + daysInMonth(y, m)) / 7);
    const monthTitle = new Intl.DateTimeFormat(locale, {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(utc(first));
    const long = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' });
    const dayNames = Array.from({ length: 7 }, (_, i) => addDays(start, i));
    const short = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
    const wide = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
    const value = typeof this.value === 'string' ? this.value : '';
    const today = this.todayValue;
    return html`<div
      part="calendar"
      role="dialog"
      aria-modal="false"
      aria-label="${this.l10n.t('calendar')}: ${this.label}"
      @keydown=${this.onPopupKey}
      @focusout=${this.onPopupFocusOut}
    >
      <div class="cal-head">
        <button
          type="button"
          aria-label=${this.l10n.t('prevMonth')}
          @click=${() => this.moveTo(addMonths(this.focusDay, -1))}
        >
          ‹
        </button>
        <span id="month" aria-live="polite">${monthTitle}</span>
        <button
          type="button"
          aria-label=${this.l10n.t('nextMonth')}
          @click=${() => this.moveTo(addMonths(this.focusDay, 1))}
        >
          ›
        </button>
      </div>
      <table role="grid" aria-labelledby="month" @keydown=${this.onGridKey}>
        <thead>
          <tr>
            ${dayNames.map((d) => html`<th scope="col" abbr=${wide.format(utc(d))}>${short.format(utc(d))}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${Array.from(
            { length: weeks },
            (_, w) =>
              html`<tr>
                ${Array.from({ length: 7 }, (_, i) => {
                  const d = addDays(start, w * 7 + i);
                  const inMonth = d.slice(0, 7) === first.slice(0, 7);
                  return html`<td
                    role="gridcell"
                    class="${inMonth ? '' : 'other'} ${d === today ? 'today' : ''}"
                    tabindex=${d === this.focusDay ? 0 : -1}
                    aria-selected=${d === value ? 'true' : 'false'}
                    aria-label=${long.format(utc(d))}
                    @click=${() => this.pickDay(d)}
                  >
                    ${Number(d.slice(8))}
                  </td>`;
                })}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  protected override render(): TemplateResult {
    const shown = this.text ?? formatDateText(this.value);
    const partial = this.allowsPartial;
    return html`${this.labelPart()}
      <div class="wrap">
        <input
          id="c"
          part="control"
          type="text"
          inputmode="numeric"
          autocomplete="off"
          .value=${live(shown)}
          placeholder=${this.readonly ? '' : this.l10n.t(partial ? 'placeholderPartial' : 'placeholder')}
          aria-invalid=${this.invalid ? 'true' : 'false'}
          aria-describedby=${ifDefined(this.describedBy())}
          ?readonly=${this.readonly}
          ?disabled=${this.formDisabled}
          ?required=${this.required}
          @input=${this.onInput}
          @blur=${this.onBlur}
        />
        ${
          this.readonly
            ? nothing
            : html`<button
                type="button"
                part="calendar-button"
                class="cal-button"
                aria-haspopup="dialog"
                aria-expanded=${this.open ? 'true' : 'false'}
                aria-label=${this.l10n.t('openCalendar', { label: this.label })}
                ?disabled=${this.formDisabled}
                @click=${this.toggle}
              >
                <svg
                  aria-hidden="true"
                  width="16"
                  height="16"
                  viewBox="0 0 16 16"
                  fill="none"
                  stroke="currentColor"
                  stroke-width="1.5"
                >
                  <rect x="1.5" y="3" width="13" height="11.5" rx="1.5" />
                  <path d="M1.5 6.5h13M5 1.5v3M11 1.5v3" />
                </svg>
              </button>`
        }
        ${this.open ? this.renderCalendar() : nothing}
      </div>
      ${this.helpAndError()}`;
  }
}
