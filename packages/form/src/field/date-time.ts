import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { formatDate, tryParseDate } from '@ias-kit/core';
import type { IasFormField } from './field.js';
import type { FieldWidget } from './registry.js';
import { group } from './parts.js';

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}:\d{2})(:\d{2}(?:\.\d+)?)?([Zz]|[+-]\d{2}:\d{2})$/;

/**
 * A date-time (`format: date-time`): a date typed as `dd.mm.yyyy` and a time (`HH:MM`), stored as
 * RFC 3339 (`2025-03-31T14:30:00+02:00`). The wall-clock time is shown as the value writes it, never
 * converted; a new value gets the offset Swiss time has at that date and time (summer or winter time),
 * computed with `Intl`, never through local-time `Date` parsing. An existing offset is kept.
 */
export const dateTimeWidget: FieldWidget = {
  kinds: ['string'],
  render(f: IasFormField): TemplateResult {
    const v = typeof f.value === 'string' ? DATE_TIME.exec(f.value) : null;
    const date = f.draft ?? (v ? formatDate(v[1]!) : typeof f.value === 'string' ? f.value : '');
    const time = v ? v[2]! : '';
    const commit = (e: Event) => {
      const root = (e.target as HTMLElement).parentElement!;
      const dateText = root.querySelector<HTMLInputElement>('#c')!.value;
      const timeText = root.querySelector<HTMLInputElement>('#t')!.value;
      const parsed = dateText.trim() === '' ? undefined : tryParseDate(dateText, f.label);
      if (parsed === undefined && timeText === '') return f.type(dateText, undefined, true);
      const day = parsed?.ok ? parsed.value : undefined;
      if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day) || !/^\d{2}:\d{2}$/.test(timeText)) {
        // Incomplete: the typed text is kept (validation says what is missing).
        return f.type(dateText, `${day ?? dateText}T${timeText}`);
      }
      const offset = v?.[4] ?? swissOffset(day, timeText);
      f.type(dateText, `${day}T${timeText}${v?.[3] ?? ':00'}${offset}`);
    };
    const invalid = f.errors.length ? 'true' : 'false';
    return group(
      f,
      html`<div class="date-time">
        <label for="c">${f.t('date')}</label>
        <input
          id="c"
          part="control"
          type="text"
          inputmode="numeric"
          autocomplete="off"
          placeholder=${f.t('datePlaceholder')}
          .value=${live(date)}
          ?readonly=${!f.writable}
          ?required=${f.required}
          aria-invalid=${invalid}
          @input=${commit}
          @blur=${f.leave}
        />
        <label for="t">${f.t('time')}</label>
        <input
          id="t"
          part="control"
          type="time"
          .value=${time}
          ?readonly=${!f.writable}
          ?required=${f.required}
          aria-invalid=${invalid}
          @input=${commit}
          @blur=${f.leave}
        />
      </div>`,
      'date-time',
    );
  },
};

const zurich = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Zurich', timeZoneName: 'longOffset' });

/** The UTC offset of Swiss time at a wall-clock date and time (`+01:00` in winter, `+02:00` in summer). */
export function swissOffset(day: string, time: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  // The instant an hour before the wall time read as UTC is on the right side of a change (01:00 UTC).
  const instant = Date.UTC(y, m - 1, d, hh, mm) - 3_600_000;
  const name = zurich.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT+01:00';
  const offset = name.replace(/^GMT/, '');
  return offset === '' ? 'Z' : offset;
}
