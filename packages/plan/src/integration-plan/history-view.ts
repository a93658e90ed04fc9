import { html, type TemplateResult } from 'lit';
import { formatDate, isCalendarDate } from '@ias-kit/core';
import { enumLabel, section } from './fields.js';
import type { PlanKey } from './integration-plan.l10n.js';
import type { PlanChangeEntry } from './integration-plan.types.js';
import type { PlanView } from './view.js';
import { short } from './view-helpers.js';

/** `YYYY-MM-DD` or an ISO timestamp as `dd.mm.yyyy` (with `hh:mm` for a timestamp). */
const when = (w: unknown): string =>
  typeof w !== 'string'
    ? ''
    : isCalendarDate(w.slice(0, 10))
      ? `${formatDate(w.slice(0, 10))}${w.length > 10 ? ' ' + w.slice(11, 16) : ''}`
      : w;

/** The history section: the plan's change log. */
export function renderHistory(v: PlanView): TemplateResult {
  const log = Array.isArray(v.plan.changeLog) ? v.plan.changeLog : [];
  return section(
    v,
    'history',
    renderHistoryTable(log, v.l10n.t, (op) => enumLabel(v, 'op', op)),
    log.length,
  );
}

/** The change log, newest first, in a collapsed table (the content of the history section). */
function renderHistoryTable(
  log: readonly PlanChangeEntry[],
  t: (key: PlanKey, params?: Record<string, string | number>) => string,
  opLabel: (op: unknown) => string,
): TemplateResult {
  if (!log.length) return html`<p class="muted">${t('noHistory')}</p>`;
  return html`<details>
    <summary>${t('showHistory', { n: log.length })}</summary>
    <div class="table-wrap" role="region" tabindex="0" aria-label=${t('section.history')}>
      <table part="history">
        <caption class="visually-hidden">
          ${t('section.history')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t('when')}</th>
            <th scope="col">${t('who')}</th>
            <th scope="col">${t('what')}</th>
            <th scope="col">${t('oldValue')}</th>
            <th scope="col">${t('newValue')}</th>
          </tr>
        </thead>
        <tbody>
          ${[...log].reverse().map(
            (e) =>
              html`<tr>
                <td>${when(e.when)}</td>
                <td>${e.who?.name ?? e.who?.id ?? ''}</td>
                <td>
                  ${opLabel(e.op)}
                  <code>${e.from ? `${e.from} → ` : ''}${e.pointer}</code>
                </td>
                <td>${short(e.old)}</td>
                <td>${short(e.new)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </details>`;
}
