import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatDate, taskCountingDeadline, type ActorRef, type CalendarDate } from '@ias-kit/core';
import type { DerivedTask } from '@ias-kit/core/tasks';
import { menuDotsIcon, type MenuItem } from '@ias-kit/ui';
import type { TaskListKey } from './task-list.l10n.js';
import type { TaskActionState, TaskPerson } from './task-list.types.js';

type Params = Record<string, string | number>;

/** What a row needs from its list. */
export interface RowContext {
  t: (key: TaskListKey, params?: Params) => string;
  locale: string;
  /** Whether the person column shows (not in the person view nor when grouped by person). */
  personColumn: boolean;
  focusIndex: number;
  snoozeUntil: CalendarDate;
  assignees: readonly ActorRef[];
  person: (t: DerivedTask) => TaskPerson;
  state: (id: string) => TaskActionState | undefined;
  onKey: (e: KeyboardEvent, index: number, task: DerivedTask) => void;
  onFocus: (index: number) => void;
  onAction: (value: string, task: DerivedTask) => void;
  /** Opens the menu of the row at `index` (a click on a row's menu button that is not the active row's). */
  onMenu: (index: number) => void;
}

/**
 * The row's action menu. Only the active row (the roving tabindex's one) carries an `<ias-menu>`; every
 * other row shows a button with the same look and name that makes its row the active one and opens the
 * menu there. A page of 50 rows thus builds one menu element instead of 50 (first render, re-filter).
 */
function renderMenu(ctx: RowContext, t: DerivedTask, index: number, context: string): TemplateResult {
  if (index === ctx.focusIndex) {
    return html`<ias-menu
      part="actions"
      class="cell menu"
      size="small"
      variant="quiet"
      label-hidden
      .locale=${ctx.locale}
      label=${ctx.t('actions')}
      context=${context}
      trigger-tabindex="0"
      .items=${rowActions(ctx, t)}
      @ias-menu-select=${(e: Event) => ctx.onAction((e as Event & { value: string }).value, t)}
    ></ias-menu>`;
  }
  return html`<span class="cell menu"
    ><button
      part="actions"
      class="button"
      type="button"
      data-variant="quiet"
      data-size="small"
      tabindex="-1"
      aria-haspopup="menu"
      aria-expanded="false"
      aria-label=${`${ctx.t('actions')}: ${context}`}
      @mousedown=${(e: Event) => e.preventDefault()}
      @click=${() => ctx.onMenu(index)}
    >
      ${menuDotsIcon}
    </button></span
  >`;
}

/** The task's title: its own for explicit tasks, the rule's localized name otherwise. */
export function taskTitle(ctx: Pick<RowContext, 't'>, t: DerivedTask): string {
  return t.rule === 'task' ? t.title : ctx.t(`rule-${t.rule}`);
}

/** The localized reason, with Swiss dates and milestone names. */
export function taskReason(ctx: Pick<RowContext, 't'>, t: DerivedTask): string {
  const p: Params = { ...t.reason.params };
  if (typeof p.date === 'string') p.date = formatDate(p.date);
  if (t.reason.code === 'milestone-approaching' && typeof p.milestone === 'string') {
    p.milestone = ctx.t(`milestone-${p.milestone}` as TaskListKey);
  }
  return ctx.t(`reason-${t.reason.code}`, p);
}

/** "Amina Beispiel, Jg. 1990, Nr. 123": the identity that tells namesakes apart. */
export function personLabel(ctx: Pick<RowContext, 't'>, p: TaskPerson, fallback?: string): string {
  return [
    p.name ?? fallback,
    p.birthYear ? ctx.t('born', { year: p.birthYear }) : undefined,
    p.number ? ctx.t('number', { number: p.number }) : undefined,
  ]
    .filter(Boolean)
    .join(', ');
}

/** The words of an action's state on a row ("Erledigt", "Zurückgestellt bis …"). */
export function stateLabel(ctx: Pick<RowContext, 't'>, s: TaskActionState): string {
  if (s.state === 'pending') return ctx.t('statePending');
  if (s.state === 'failed') return ctx.t('stateFailed');
  if (s.action === 'snooze') return ctx.t('stateSnooze', { date: s.until ? formatDate(s.until) : '' });
  if (s.action === 'reassign')
    return ctx.t('stateReassign', { name: s.assignee?.name ?? s.assignee?.id ?? '' });
  return ctx.t('stateComplete');
}

/** The row's menu: open, done, snooze, then "hand over to" each other worker. */
export function rowActions(ctx: RowContext, t: DerivedTask): MenuItem[] {
  const done = ctx.state(t.id)?.state;
  const busy = done === 'pending' || done === 'done';
  return [
    { value: 'open', label: ctx.t('open'), shortcut: 'Enter' },
    { value: 'complete', label: ctx.t('done'), shortcut: 'D', disabled: busy },
    {
      value: 'snooze',
      label: ctx.t('snooze', { date: formatDate(ctx.snoozeUntil) }),
      shortcut: 'S',
      disabled: busy,
    },
    ...ctx.assignees
      .filter((a) => a.id !== t.assignee?.id)
      .map((a) => ({
        value: `reassign:${a.id}`,
        label: a.name ?? a.id,
        group: ctx.t('reassignTo'),
        disabled: busy,
      })),
  ];
}

/** One task on one line: light, what (title and reason), person, due date, assignee and the action menu. */
export function renderRow(ctx: RowContext, t: DerivedTask, index: number): TemplateResult {
  const title = taskTitle(ctx, t);
  const reason = taskReason(ctx, t);
  const light = ctx.t(`light-${t.light}`);
  const p = ctx.person(t);
  const who = personLabel(ctx, p, t.personName);
  const assignee = t.assignee ? (t.assignee.name ?? t.assignee.id) : ctx.t('unassigned');
  const s = ctx.state(t.id);
  const stateText = s ? stateLabel(ctx, s) : undefined;
  const due = t.dueDate ? formatDate(t.dueDate) : '–';
  // The indicators count a goal milestone until 31 December: shown beside the anniversary.
  const counts = taskCountingDeadline(t);
  const countsText = counts
    ? ctx.t('countsFor', { year: counts.year, date: formatDate(counts.until) })
    : undefined;
  const status = ctx.t(`status-${t.status}`);
  const parts = [
    `${light}: ${title}`,
    reason,
    ctx.personColumn ? who : undefined,
    t.dueDate ? ctx.t('due', { date: due }) : undefined,
    countsText,
    status,
    assignee,
    stateText,
  ];
  const name = parts
    .filter(Boolean)
    .map((x) => x!.replace(/[.\s]+$/, ''))
    .join('. ');
  const active = index === ctx.focusIndex;
  const context = [title, ctx.personColumn ? (p.name ?? t.personName) : undefined].filter(Boolean).join(', ');
  return html`<li
    part="row"
    class="row ${t.light} ${s ? `acted ${s.state} ${s.action}` : ''}"
    tabindex=${active ? 0 : -1}
    data-index=${index}
    data-id=${t.id}
    aria-label=${name}
    aria-busy=${ifDefined(s?.state === 'pending' ? 'true' : undefined)}
    aria-keyshortcuts="Enter D S Z M"
    @keydown=${(e: KeyboardEvent) => ctx.onKey(e, index, t)}
    @focusin=${() => ctx.onFocus(index)}
  >
    <span class="cell light" aria-hidden="true"
      ><ias-status-light
        part="status"
        .status=${t.light}
        .locale=${ctx.locale}
        label-hidden
      ></ias-status-light
    ></span>
    <span class="cell what" aria-hidden="true" title=${`${title} – ${reason}`}>
      ${s ? html`<span part="state" class="state ${s.state}">${stateText}</span>` : nothing}
      <span part="label" class="title">${title}</span>
      <span class="reason">${reason}</span>
    </span>
    ${
      ctx.personColumn
        ? html`<span class="cell person" aria-hidden="true" title=${who}
            >${p.name ?? t.personName ?? '–'}${
              p.birthYear || p.number
                ? html` <span class="muted"
                    >${[p.birthYear, p.number ? ctx.t('number', { number: p.number }) : ''].filter(Boolean).join(' · ')}</span
                  >`
                : nothing
            }</span
          >`
        : nothing
    }
    <span class="cell due" aria-hidden="true" title=${ifDefined(countsText)}
      >${due}${countsText ? html`<span class="muted counts"> · ${countsText}</span>` : nothing}</span
    >
    <span class="cell assignee" aria-hidden="true" title=${assignee}>${assignee}</span>
    ${renderMenu(ctx, t, index, context)}
  </li>`;
}
