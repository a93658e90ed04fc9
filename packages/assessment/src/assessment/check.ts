/* Finalising, as the user sees it: the check-your-answers step and the status after finalising. */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, isCalendarDate } from '@ias-kit/core';
import { checkRows } from './finalise.js';
import { isObj, title, type Json } from './model.js';
import { displayValue } from './report.js';
import type { ViewContext } from './view.js';

/** The check-your-answers step: each section's answers (given / not given), a way back, and the confirmation. */
export function renderCheck(
  ctx: ViewContext,
  message: string | undefined,
  on: { change: (section: string) => void; confirm: () => void; back: () => void },
): TemplateResult {
  const { schema, loc, t } = ctx;
  const words = (node: Json | undefined, value: unknown) => displayValue(node, value, loc, ctx.yesNo);
  return html`<section part="check" class="view check" aria-labelledby="check-title">
    <h3 id="check-title" tabindex="-1">${t('checkTitle')}</h3>
    ${message ? html`<p class="message alert" role="alert" tabindex="-1">${message}</p>` : nothing}
    <p>${t('checkIntro')}</p>
    ${ctx.sections.map((name) => {
      const rows = checkRows(schema, name, ctx.data, ctx.userRole, loc, words);
      const given = rows.filter((r) => r.text !== undefined).length;
      const sectionTitle = title(isObj(schema.properties) ? schema.properties[name] : undefined, loc, name);
      return html`<section class="check-section" aria-labelledby="check-${name}">
        <div class="check-head">
          <h4 id="check-${name}">${sectionTitle}</h4>
          <span class="check-count">${t('sectionFilled', { filled: given, total: rows.length })}</span>
          <ias-button variant="quiet" size="small" @click=${() => on.change(name)}
            >${t('change')}<span class="visually-hidden"> – ${sectionTitle}</span></ias-button
          >
        </div>
        <dl class="fields check-rows">
          ${rows.map(
            (r) =>
              html`<div class="row ${r.text === undefined ? 'missing' : ''}">
                <dt>${r.label}</dt>
                <dd>${r.text ?? t('notGiven')}</dd>
              </div>`,
          )}
        </dl>
      </section>`;
    })}
    <div class="actions confirm">
      <ias-button part="confirm" variant="primary" @click=${on.confirm}>${t('confirm')}</ias-button>
      <ias-button @click=${on.back}>${t('backToEdit')}</ias-button>
    </div>
  </section>`;
}

/** After finalising: what happened and what the person can do next. Focused once, so it is read out. */
export function renderDone(ctx: ViewContext, on: { print: () => void; reopen: () => void }): TemplateResult {
  const { value: v, t } = ctx;
  const instrument = title(ctx.schema, ctx.loc);
  return html`<div part="done" class="done" role="status" tabindex="-1" aria-labelledby="done-title">
    <p id="done-title" class="done-title"><strong>${t('doneTitle', { instrument })}</strong></p>
    <p>
      ${t('doneText', {
        date: isCalendarDate(v.date) ? formatDate(v.date) : v.date,
        assessor: v.assessor?.name ?? v.assessor?.id ?? '',
      })}
    </p>
    <p>${t('doneNext')}</p>
    <div class="actions">
      <ias-button variant="primary" @click=${on.print}>${t('print')}</ias-button>
      <ias-button @click=${on.reopen}>${t('newVersion')}</ias-button>
    </div>
  </div>`;
}
