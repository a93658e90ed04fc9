/* The history view of <ias-assessment>: changes since the previous snapshot, languages over time, snapshots. */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, isCalendarDate, type AssessmentSnapshot } from '@ias-kit/core';
import { changesOf } from '@ias-kit/core/access';
import { languageName } from '@ias-kit/ui';
import type { HistoryCheck } from './templates.js';
import { entryDate, overlayTitle } from './header.js';
import {
  SKILLS,
  canRead,
  isObj,
  languageHistory,
  monthsBetween,
  previousOf,
  schemaAt,
  title,
} from './model.js';
import { displayValue } from './report.js';
import type { ViewContext } from './view.js';

const templateOf = (templates: readonly unknown[], h: AssessmentSnapshot) =>
  templates.find((t) => isObj(t) && t.$id === `${h.templateId}@${h.templateVersion}`);

/** The earlier snapshots whose template the role may read (never the one shown). */
export function readableHistory(
  history: readonly AssessmentSnapshot[],
  templates: readonly unknown[],
  role: string | null,
  currentId: string | undefined,
): AssessmentSnapshot[] {
  return history.filter((h) => {
    const t = templateOf(templates, h);
    return t !== undefined && canRead(t, role) && h.id !== currentId;
  });
}

/** The history of `ctx.value` among the readable `history`, with each snapshot's check (once known). */
export function renderHistory(
  ctx: ViewContext,
  history: AssessmentSnapshot[],
  checks: ReadonlyMap<string, HistoryCheck>,
): TemplateResult {
  const { schema, value: v, loc, t } = ctx;
  const prev = previousOf(v, history);
  // Core's audit record as this role may see it: what it may not read shows as changed, without values.
  const changes = prev
    ? changesOf(schema, prev.data, v.data, { userRole: ctx.userRole }).filter(
        (c) => c.hidden || ctx.sections.includes(c.pointer.split('/')[1] ?? ''),
      )
    : [];
  const entry = entryDate(ctx);
  const sameInstrument = [...history.filter((h) => h.templateId === v.templateId), v];
  const langs = languageHistory(sameInstrument);
  const show = (pointer: string, value: unknown) =>
    value === undefined ? '–' : displayValue(schemaAt(schema, pointer), value, loc, ctx.yesNo) || '–';
  const all = [...history, v].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  const templateTitle = (h: AssessmentSnapshot) => title(templateOf(ctx.templates, h), loc, h.templateId);
  return html`<div class="history">
    <h4>${prev ? t('changesSince', { date: formatDate(prev.date) }) : t('noPrevious')}</h4>
    ${
      prev
        ? changes.length
          ? html`<table class="changes">
              <thead>
                <tr>
                  <th scope="col">${t('field')}</th>
                  <th scope="col">${t('before')}</th>
                  <th scope="col">${t('after')}</th>
                </tr>
              </thead>
              <tbody>
                ${changes.map(
                  (c) =>
                    html`<tr>
                      <th scope="row">${c.label[loc]}</th>
                      ${
                        c.hidden
                          ? html`<td colspan="2">${t('changedWithoutValues')}</td>`
                          : html`<td>${show(c.pointer, c.before)}</td>
                              <td>${show(c.pointer, c.after)}</td>`
                      }
                    </tr>`,
                )}
              </tbody>
            </table>`
          : html`<p>${t('noChanges')}</p>`
        : nothing
    }
    ${[...langs].map(
      ([code, rows]) =>
        html`<table class="languages">
          <caption>
            ${t('languagesOverTime')}: ${languageName(code, loc)}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t('date')}</th>
              ${entry ? html`<th scope="col">${t('monthsSinceEntry')}</th>` : nothing}
              ${SKILLS.map((s) => html`<th scope="col">${t(s)}</th>`)}
              <th scope="col">${t('source')}</th>
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (row, i) =>
                html`<tr>
                  <th scope="row">${formatDate(row.date)}</th>
                  ${entry ? html`<td>${monthsBetween(entry, row.date) ?? ''}</td>` : nothing}
                  ${SKILLS.map((s) => {
                    const before = rows[i - 1]?.levels[s];
                    const now = row.levels[s];
                    const up = before !== undefined && now !== undefined && now !== before;
                    return html`<td class=${up ? 'changed' : ''}>
                      ${now ?? '–'}${up ? html` <span class="was">(${before})</span>` : nothing}
                    </td>`;
                  })}
                  <td>${row.source ? show('/languages/items/0/source', row.source) : '–'}</td>
                </tr>`,
            )}
          </tbody>
        </table>`,
    )}
    <table class="snapshots">
      <caption>
        ${t('earlier')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('date')}</th>
          <th scope="col">${t('instrument')}</th>
          <th scope="col">${t('template')}</th>
          <th scope="col">${t('overlay')}</th>
          <th scope="col">${t('status')}</th>
          <th scope="col">${t('validity')}</th>
        </tr>
      </thead>
      <tbody>
        ${all.map((h) => {
          const check = h.id === v.id ? undefined : checks.get(h.id);
          return html`<tr class=${h.id === v.id ? 'current' : ''}>
            <th scope="row">${isCalendarDate(h.date) ? formatDate(h.date) : h.date}</th>
            <td>${templateTitle(h)}</td>
            <td>${h.templateVersion}</td>
            <td>${overlayTitle(ctx, h.overlayId) ?? '–'}</td>
            <td>${t(h.status === 'final' ? 'final' : 'draft')}</td>
            <td>
              ${
                h.id === v.id
                  ? '–'
                  : check
                    ? check.valid
                      ? t('valid', { version: check.version })
                      : t('invalid', { n: check.n, version: check.version })
                    : t('checking')
              }
            </td>
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}
