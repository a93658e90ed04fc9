/* The header of <ias-assessment> (edit and print): instrument, person facts, draft / final, progress. */
import { html, nothing, type TemplateResult } from 'lit';
import {
  formatDate,
  formatPartialDate,
  isCalendarDate,
  isPartialDate,
  pickText,
  type CalendarDate,
} from '@ias-kit/core';
import type { AssessmentProgress } from './assessment.types.js';
import { canRead, isObj, schemaAt, title } from './model.js';
import { enumLabel } from './profile.js';
import type { ViewContext } from './view.js';

/** The person's entry date: the host's `person`, else the snapshot's person section. */
export function entryDate(ctx: ViewContext): CalendarDate | undefined {
  const p = isObj(ctx.data.person) ? ctx.data.person : {};
  const e = ctx.person?.entryDate ?? p.entryDate;
  return typeof e === 'string' && isCalendarDate(e) ? e : undefined;
}

/** An overlay's title in the locale (its `$id` when it has none, or is not kept). */
export function overlayTitle(ctx: ViewContext, id: string | undefined): string | undefined {
  if (!id) return undefined;
  const o = ctx.overlays.find((x) => isObj(x) && x.$id === id);
  return (isObj(o) ? pickText(o.title as never, ctx.loc) : undefined) ?? id;
}

function personFacts(ctx: ViewContext): { name?: string; rows: [string, string][] } {
  const p = isObj(ctx.data.person) ? ctx.data.person : {};
  const given = ctx.person;
  const name =
    given?.name ??
    ([p.firstName, p.officialName].filter((x) => typeof x === 'string').join(' ') || undefined);
  // Facts beyond the name come from the file's person block: only for roles that may read it.
  const fileReadable = ctx.templates.some(
    (t) => isObj(t) && isObj(t.properties) && isObj(t.properties.person) && canRead(t, ctx.userRole),
  );
  if (!fileReadable) return { ...(name ? { name } : {}), rows: [] };
  const birth = given?.birthDate ?? p.birthDate;
  const status = given?.status ?? p.status;
  const entry = entryDate(ctx);
  const statusNode = ctx.templates.map((t) => schemaAt(t, '/person/status')).find((n) => n !== undefined);
  const rows: [string, string][] = [];
  if (typeof birth === 'string' && isPartialDate(birth))
    rows.push([ctx.t('birthDate'), formatPartialDate(birth)]);
  if (typeof status === 'string') rows.push([ctx.t('status'), enumLabel(statusNode, status, ctx.loc)]);
  if (entry) rows.push([ctx.t('entryDate'), formatDate(entry)]);
  return { ...(name ? { name } : {}), rows };
}

/** The header; `progress` only while the assessment is a draft being edited. */
export function renderHeader(ctx: ViewContext, progress?: AssessmentProgress): TemplateResult {
  const { schema, value: v, t } = ctx;
  const person = personFacts(ctx);
  const facts: [string, string][] = [
    ...(person.name ? ([[t('person'), person.name]] as [string, string][]) : []),
    ...person.rows,
    ...(isCalendarDate(v.date) ? ([[t('date'), formatDate(v.date)]] as [string, string][]) : []),
    [t('assessor'), v.assessor?.name ?? v.assessor?.id ?? ''],
    [t('template'), `${title(schema, ctx.loc)} ${v.templateVersion}`],
    ...(v.overlayId ? ([[t('overlay'), overlayTitle(ctx, v.overlayId) ?? '']] as [string, string][]) : []),
  ];
  return html`<div part="header" class="header">
    <div class="title-row">
      <h2 class="title">${title(schema, ctx.loc)}</h2>
      <span part="state" class="state ${v.status}">${t(v.status === 'final' ? 'final' : 'draft')}</span>
    </div>
    <dl class="facts">
      ${facts.map(
        ([k, val]) =>
          html`<div>
            <dt>${k}</dt>
            <dd>${val}</dd>
          </div>`,
      )}
    </dl>
    ${
      progress
        ? html`<div part="progress" class="progress">
            <span id="progress-label"
              >${t('progress', { filled: progress.filled, total: progress.total })}</span
            >
            <progress
              max=${Math.max(progress.total, 1)}
              .value=${progress.filled}
              aria-labelledby="progress-label"
            ></progress>
          </div>`
        : nothing
    }
  </div>`;
}
