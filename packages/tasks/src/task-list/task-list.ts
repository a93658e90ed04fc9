import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ContextConsumer } from '@lit/context';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import {
  addDays,
  formatDate,
  isCalendarDate,
  TASK_STATUSES,
  todayIn,
  type ActorRef,
  type CalendarDate,
  type Case,
} from '@ias-kit/core';
import {
  caseloadByWorker,
  deriveTasks,
  filterTasks,
  formatTaskFilter,
  groupTasks,
  parseTaskFilter,
  sortTasks,
  TASK_RULES,
  TRAFFIC_LIGHTS,
  type Caseload,
  type DerivedTask,
  type TaskFilter,
  type TaskFilterKey,
  type TaskGroup,
} from '@ias-kit/core/tasks';
import { baseStyles, caseContext, IasElement, LocalizeController, todayContext } from '@ias-kit/ui';
import {
  IasTaskDoneEvent,
  IasTaskFilterChangeEvent,
  IasTaskOpenEvent,
  IasTaskReassignEvent,
  IasTaskSnoozeEvent,
} from './task-list.events.js';
import { taskListMessages, type TaskListKey } from './task-list.l10n.js';
import { taskListStyles } from './task-list.styles.js';
import {
  TASK_GROUPINGS,
  TASK_LIST_VIEWS,
  TASK_SORTS,
  type TaskGrouping,
  type TaskListView,
  type TaskSort,
} from './task-list.types.js';

type Params = Record<string, string | number>;
interface Option {
  value: string;
  label: string;
}

const byLabel = (a: Option, b: Option) =>
  a.label < b.label ? -1 : a.label > b.label ? 1 : a.value < b.value ? -1 : 1;

/**
 * The tasks a case worker must see, each with a traffic light (icon and text, never colour alone),
 * its reason and actions. Data in, events out: the element changes no task itself.
 *
 * Feed it the result of `deriveTasks()` from `@ias-kit/core`. Three views: one worker's cockpit
 * across all clients, one person, or a team with the caseload per worker (open tasks, red tasks and
 * persons per worker, counted over the tasks that pass every filter but the assignee filter; a
 * worker's button toggles the assignee filter). Filter by light, status,
 * assignee, person and rule; group by person or due week; sort by urgency or due date. The filter
 * is reflected in the `filter` attribute so hosts can keep it. Long lists render in pages of
 * `page-size` rows. Each row is focusable (arrow keys, Home, End; Enter opens) and announces its
 * light, title, reason, person and due date.
 *
 * @tagname ias-task-list
 * @summary Task list with traffic lights, filters, grouping, caseload and action events.
 * @since 0.1
 * @status experimental
 *
 * @event {IasTaskOpenEvent} ias-task-open - The user opened a task (Enter on a row or the Open button). Fields: `task: DerivedTask`, `link: TaskLink` (where the host should navigate).
 * @event {IasTaskDoneEvent} ias-task-done - The user marked a task done. Fields: `task: DerivedTask`, `taskId: string`. The host stores it (e.g. as `overrides[taskId].status`).
 * @event {IasTaskSnoozeEvent} ias-task-snooze - The user snoozed a task. Fields: `task: DerivedTask`, `taskId: string`, `until: CalendarDate` (today + `snooze-days`).
 * @event {IasTaskReassignEvent} ias-task-reassign - The user handed a task to another worker. Fields: `task: DerivedTask`, `taskId: string`, `assignee: ActorRef`, `previous: ActorRef | undefined`.
 * @event {IasTaskFilterChangeEvent} ias-task-filter-change - The user changed filter, grouping or sort. Fields: `filter: string` (as the attribute), `value: TaskFilter`, `groupBy`, `sortBy`.
 *
 * @csspart base - The wrapper.
 * @csspart caseload - The caseload table (team view).
 * @csspart toolbar - The filter, grouping and sort controls.
 * @csspart count - The "1–50 of 120 tasks" line.
 * @csspart list - A list of rows.
 * @csspart group - A group (person or week) with its heading and list.
 * @csspart row - One task.
 * @csspart status - The traffic light of a row (an `<ias-status-light>`).
 * @csspart label - A row's title.
 * @csspart actions - A row's action buttons.
 * @csspart pager - The page navigation.
 *
 * @cssproperty --ias-task-list-row-border - Border between rows (default `1px solid` subtle border colour).
 * @cssproperty --ias-task-list-row-padding - Padding of a row (default `var(--ias-space-s)`).
 * @cssstate empty - No task passes the filter.
 */
export class IasTaskList extends IasElement {
  static override styles = [baseStyles, taskListStyles];

  /** The tasks, as returned by `deriveTasks()` of `@ias-kit/core`. */
  @property({ attribute: false }) tasks: DerivedTask[] = [];

  /** `worker` (one worker's clients), `person` (one person) or `team` (caseload per worker). */
  @property({ reflect: true }) view: TaskListView = 'worker';

  /** The filter in its string form, e.g. `light=critical,warn&rule=review` (see `parseTaskFilter`). Reflected. */
  @property({ reflect: true }) filter = '';

  /** `none`, `person` or `week` (ISO week of the due date). */
  @property({ attribute: 'group-by', reflect: true }) groupBy: TaskGrouping = 'none';

  /** `urgency` (red first, then due date) or `due` (due date first). */
  @property({ attribute: 'sort-by', reflect: true }) sortBy: TaskSort = 'urgency';

  /** Workers a task can be reassigned to; by default the assignees found in `tasks`. */
  @property({ attribute: false }) workers: ActorRef[] = [];

  /** Today (`YYYY-MM-DD`), for the snooze date; defaults to today in Europe/Zurich. */
  @property() today?: CalendarDate;

  /** Snooze length in days (the snooze button offers today + this). */
  @property({ type: Number, attribute: 'snooze-days' }) snoozeDays = 7;

  /** Rows per page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 50;

  /** Accessible name of the list; defaults to the localized "Tasks". */
  @property() label?: string;

  /** Locale override (`de`, `fr`, `it`, `en`); otherwise the nearest `lang` attribute decides. */
  @property() locale?: string;

  /** Overrides of any message by key (see `TaskListKey`), with `{name}` placeholders. */
  @property({ attribute: false }) strings: Partial<Record<TaskListKey, string>> = {};

  @state() private page = 0;
  @state() private focusIndex = 0;

  private readonly l10n = new LocalizeController(this, taskListMessages);
  // Inside <ias-case> and without own `tasks`, the list derives the tasks of the shared case itself.
  private readonly caseConsumer = new ContextConsumer(this, { context: caseContext, subscribe: true });
  private readonly todayConsumer = new ContextConsumer(this, { context: todayContext, subscribe: true });
  private derivedFrom?: { case: Case; today: string };
  private derived: DerivedTask[] = [];

  /** The tasks shown: `tasks`, or those derived from the case of an enclosing `<ias-case>`. */
  private get source(): DerivedTask[] {
    return this.tasks?.length ? this.tasks : this.derived;
  }

  /** Re-derives the context case's tasks when the case or the date changed; `true` when it did. */
  private deriveFromContext(): boolean {
    const c = this.caseConsumer.value;
    const today = this.today ?? this.todayConsumer.value;
    if (!c || !today || this.tasks?.length) return false;
    if (this.derivedFrom?.case === c && this.derivedFrom.today === today) return false;
    this.derivedFrom = { case: c, today };
    this.derived = deriveTasks({ today, cases: [c], onCaseError: () => undefined });
    return true;
  }
  private parsed: TaskFilter = {};
  private shown: DerivedTask[] = [];
  private caseload: Caseload[] = [];
  private persons: Option[] = [];
  private assignees: ActorRef[] = [];
  private internals?: ElementInternals;

  constructor() {
    super();
    try {
      this.internals = this.attachInternals();
    } catch {
      /* no ElementInternals: no custom state */
    }
  }

  private t(key: TaskListKey, params: Params = {}): string {
    const own = this.strings?.[key];
    return own !== undefined
      ? own.replace(/\{(\w+)\}/g, (w, n: string) => String(params[n] ?? w))
      : this.l10n.t(key, params);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!TASK_LIST_VIEWS.includes(this.view)) this.devWarn(`unknown view "${String(this.view)}"`);
    if (!TASK_GROUPINGS.includes(this.groupBy)) this.devWarn(`unknown group-by "${String(this.groupBy)}"`);
    if (!TASK_SORTS.includes(this.sortBy)) this.devWarn(`unknown sort-by "${String(this.sortBy)}"`);
    if (changed.has('filter')) this.parsed = parseTaskFilter(this.filter);
    const fromContext = this.deriveFromContext();
    if (fromContext || changed.has('tasks') || changed.has('workers')) this.collectOptions();
    if (
      fromContext ||
      ['tasks', 'filter', 'sortBy', 'groupBy', 'view'].some((k) => changed.has(k as keyof IasTaskList))
    ) {
      const filter = this.effectiveFilter();
      let shown = filterTasks(sortTasks(this.source, this.sortBy === 'due' ? 'due' : 'urgency'), filter);
      const by = this.grouping();
      if (by) shown = groupTasks(shown, by).flatMap((g) => g.tasks);
      this.shown = shown;
      this.caseload = caseloadByWorker(filterTasks(this.source, { ...filter, assignee: [] }));
      if (['filter', 'sortBy', 'groupBy', 'view'].some((k) => changed.has(k as keyof IasTaskList)))
        this.page = 0;
      this.page = Math.max(0, Math.min(this.page, this.pages - 1));
      this.focusIndex = 0;
    }
  }

  protected override updated(): void {
    try {
      if (this.shown.length === 0) this.internals?.states.add('empty');
      else this.internals?.states.delete('empty');
    } catch {
      /* CustomStateSet unsupported */
    }
  }

  private grouping(): 'person' | 'week' | undefined {
    if (this.groupBy === 'week') return 'week';
    if (this.groupBy === 'person' && this.view !== 'person') return 'person';
    return undefined;
  }

  private effectiveFilter(): TaskFilter {
    const f = { ...this.parsed };
    if (this.view === 'person') delete f.person;
    return f;
  }

  private collectOptions(): void {
    const persons = new Map<string, string>();
    const workers = new Map<string, ActorRef>();
    for (const w of this.workers ?? []) workers.set(w.id, w);
    for (const t of this.source) {
      if (t.personId !== undefined && !persons.has(t.personId))
        persons.set(t.personId, t.personName ?? t.personId);
      if (t.assignee && !workers.has(t.assignee.id)) workers.set(t.assignee.id, t.assignee);
    }
    this.persons = [...persons].map(([value, label]) => ({ value, label })).sort(byLabel);
    this.assignees = [...workers.values()].sort((a, b) => byLabel(this.actorOption(a), this.actorOption(b)));
  }

  private actorOption(a: ActorRef): Option {
    return { value: a.id, label: a.name ?? a.id };
  }

  private get pages(): number {
    return Math.max(1, Math.ceil(this.shown.length / Math.max(1, this.pageSize)));
  }

  private setFilter(key: TaskFilterKey, values: string[]): void {
    this.filter = formatTaskFilter({ ...this.parsed, [key]: values });
    this.parsed = parseTaskFilter(this.filter);
    this.announceFilter();
  }

  private announceFilter(): void {
    this.emit(
      new IasTaskFilterChangeEvent(this.filter, parseTaskFilter(this.filter), this.groupBy, this.sortBy),
    );
  }

  private snoozeUntil(): CalendarDate {
    if (this.today !== undefined && !isCalendarDate(this.today))
      this.devWarn(`today "${this.today}" is not YYYY-MM-DD`);
    const today = isCalendarDate(this.today) ? this.today : todayIn();
    const days = Number.isInteger(this.snoozeDays) ? this.snoozeDays : 7;
    return addDays(today, days);
  }

  private taskTitle(t: DerivedTask): string {
    return t.rule === 'task' ? t.title : this.t(`rule-${t.rule}`);
  }

  private reason(t: DerivedTask): string {
    const p: Params = { ...t.reason.params };
    if (typeof p.date === 'string') p.date = formatDate(p.date);
    if (t.reason.code === 'milestone-approaching' && typeof p.milestone === 'string') {
      p.milestone = this.t(`milestone-${p.milestone}` as TaskListKey);
    }
    return this.t(`reason-${t.reason.code}`, p);
  }

  private async focusRow(index: number): Promise<void> {
    const count = Math.min(this.pageSize, this.shown.length - this.page * this.pageSize);
    this.focusIndex = Math.max(0, Math.min(index, count - 1));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[part~='row'][data-index='${this.focusIndex}']`)?.focus();
  }

  private onRowKey(e: KeyboardEvent, index: number, task: DerivedTask): void {
    if (e.target !== e.currentTarget) return;
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      Home: 0,
      End: Infinity,
    };
    if (e.key in moves) {
      e.preventDefault();
      void this.focusRow(moves[e.key]!);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      this.emit(new IasTaskOpenEvent(task));
    }
  }

  private goTo(page: number): void {
    this.page = Math.max(0, Math.min(page, this.pages - 1));
    this.focusIndex = 0;
  }

  protected override render(): TemplateResult {
    const size = Math.max(1, this.pageSize);
    const from = this.page * size;
    const slice = this.shown.slice(from, from + size);
    const by = this.grouping();
    const total = this.shown.length;
    const label = this.label ?? this.t('label');
    let index = 0;
    const until = this.snoozeUntil();
    const rows = (tasks: DerivedTask[]) => tasks.map((t) => this.renderRow(t, index++, until));
    let body: TemplateResult;
    if (total === 0) {
      body = html`<p class="empty">${this.t(this.source.length ? 'emptyFiltered' : 'empty')}</p>`;
    } else if (by) {
      body = html`${groupTasks(slice, by).map((g, i) => {
        const id = `group-${i}`;
        return html`<section part="group" aria-labelledby=${id}>
          <h3 id=${id}>${this.groupLabel(g, by)}</h3>
          <ul part="list">
            ${rows(g.tasks)}
          </ul>
        </section>`;
      })}`;
    } else {
      body = html`<ul part="list" aria-label=${label}>
        ${rows(slice)}
      </ul>`;
    }
    return html`<div part="base" role="region" aria-label=${label}>
      ${this.view === 'team' ? this.renderCaseload() : nothing} ${this.renderToolbar()}
      <p part="count" role="status">
        ${this.t('count', { from: total ? from + 1 : 0, to: from + slice.length, total: this.l10n.number(total) })}
      </p>
      ${body} ${this.renderPager()}
    </div>`;
  }

  private groupLabel(g: TaskGroup, by: 'person' | 'week'): string {
    if (!g.key) return this.t(by === 'person' ? 'noPerson' : 'noDueDate');
    if (by === 'person') return g.label ?? g.key;
    return this.t('week', { week: g.week!, start: formatDate(g.start!), end: formatDate(g.end!) });
  }

  private renderRow(t: DerivedTask, index: number, until: CalendarDate): TemplateResult {
    const title = this.taskTitle(t);
    const reason = this.reason(t);
    const light = this.t(`light-${t.light}`);
    const who = this.view === 'person' ? undefined : t.personName;
    const assignee = t.assignee ? (t.assignee.name ?? t.assignee.id) : this.t('unassigned');
    const due = t.dueDate ? this.t('due', { date: formatDate(t.dueDate) }) : undefined;
    const status = this.t(`status-${t.status}`);
    const meta = [who, due, status, assignee].filter(Boolean).join(' · ');
    const name = `${light}: ${[title, reason, meta].map((x) => x.replace(/[.\s]+$/, '')).join('. ')}`;
    const hidden = ` – ${title}${who ? `, ${who}` : ''}`;
    return html`<li
      part="row"
      class=${t.light}
      tabindex=${index === this.focusIndex ? 0 : -1}
      data-index=${index}
      data-id=${t.id}
      aria-label=${name}
      @keydown=${(e: KeyboardEvent) => this.onRowKey(e, index, t)}
      @focus=${() => (this.focusIndex = index)}
    >
      <ias-status-light part="status" .status=${t.light} .locale=${this.l10n.locale}></ias-status-light>
      <div class="main">
        <span part="label" class="title">${title}</span>
        <span class="reason">${reason}</span>
        <span class="meta">${meta}</span>
      </div>
      <div part="actions" class="actions">
        <button type="button" @click=${() => this.emit(new IasTaskOpenEvent(t))}>
          ${this.t('open')}<span class="visually-hidden">${hidden}</span>
        </button>
        <button type="button" @click=${() => this.emit(new IasTaskDoneEvent(t))}>
          ${this.t('done')}<span class="visually-hidden">${hidden}</span>
        </button>
        <button type="button" @click=${() => this.emit(new IasTaskSnoozeEvent(t, until))}>
          ${this.t('snooze', { date: formatDate(until) })}<span class="visually-hidden">${hidden}</span>
        </button>
        <select
          aria-label=${`${this.t('reassign')}${hidden}`}
          @change=${(e: Event) => {
            const select = e.target as HTMLSelectElement;
            const to = this.assignees.find((a) => a.id === select.value);
            select.value = '';
            if (to) this.emit(new IasTaskReassignEvent(t, to));
          }}
        >
          <option value="">${this.t('reassign')}…</option>
          ${this.assignees
            .filter((a) => a.id !== t.assignee?.id)
            .map((a) => html`<option value=${a.id}>${a.name ?? a.id}</option>`)}
        </select>
      </div>
    </li>`;
  }

  private renderSelect(key: TaskFilterKey, label: string, options: Option[]): TemplateResult {
    const current = this.parsed[key] ?? [];
    const value = current.length === 1 ? current[0]! : '';
    return html`<label
      >${label}
      <select
        name=${key}
        @change=${(e: Event) => {
          const v = (e.target as HTMLSelectElement).value;
          this.setFilter(key, v ? [v] : []);
        }}
      >
        <option value="" .selected=${live(value === '')}>${this.t('all')}</option>
        ${options.map((o) => html`<option value=${o.value} .selected=${live(o.value === value)}>${o.label}</option>`)}
      </select></label
    >`;
  }

  private renderToolbar(): TemplateResult {
    const lights = this.parsed.light ?? [];
    const groupings = TASK_GROUPINGS.filter((g) => g !== 'person' || this.view !== 'person');
    const groupKey = { none: 'groupNone', person: 'groupPerson', week: 'groupWeek' } as const;
    return html`<div part="toolbar" role="group" aria-label=${this.t('filters')}>
      <fieldset>
        <legend>${this.t('filterLight')}</legend>
        ${[...TRAFFIC_LIGHTS].reverse().map(
          (l) =>
            html`<label class="check"
              ><input
                type="checkbox"
                name="light"
                .value=${l}
                .checked=${live(lights.includes(l))}
                @change=${(e: Event) => {
                  const on = (e.target as HTMLInputElement).checked;
                  this.setFilter('light', on ? [...lights, l] : lights.filter((x) => x !== l));
                }}
              />${this.t(`light-${l}`)}</label
            >`,
        )}
      </fieldset>
      ${this.renderSelect(
        'status',
        this.t('filterStatus'),
        TASK_STATUSES.map((s) => ({ value: s, label: this.t(`status-${s}`) })),
      )}
      ${
        this.view === 'team'
          ? this.renderSelect(
              'assignee',
              this.t('filterAssignee'),
              this.assignees.map((a) => this.actorOption(a)),
            )
          : nothing
      }
      ${this.view !== 'person' ? this.renderSelect('person', this.t('filterPerson'), this.persons) : nothing}
      ${this.renderSelect(
        'rule',
        this.t('filterRule'),
        TASK_RULES.map((r) => ({ value: r, label: this.t(`rule-${r}`) })),
      )}
      <label
        >${this.t('groupBy')}
        <select
          name="group-by"
          @change=${(e: Event) => {
            this.groupBy = (e.target as HTMLSelectElement).value as TaskGrouping;
            this.announceFilter();
          }}
        >
          ${groupings.map(
            (g) =>
              html`<option value=${g} .selected=${live(g === this.groupBy)}>${this.t(groupKey[g])}</option>`,
          )}
        </select></label
      >
      <label
        >${this.t('sortBy')}
        <select
          name="sort-by"
          @change=${(e: Event) => {
            this.sortBy = (e.target as HTMLSelectElement).value as TaskSort;
            this.announceFilter();
          }}
        >
          ${TASK_SORTS.map(
            (s) =>
              html`<option value=${s} .selected=${live(s === this.sortBy)}>
                ${this.t(s === 'due' ? 'sortDue' : 'sortUrgency')}
              </option>`,
          )}
        </select></label
      >
      <button
        type="button"
        class="reset"
        ?disabled=${!this.filter}
        @click=${() => {
          this.filter = '';
          this.parsed = {};
          this.announceFilter();
        }}
      >
        ${this.t('reset')}
      </button>
    </div>`;
  }

  private renderCaseload(): TemplateResult {
    const selected = this.parsed.assignee ?? [];
    return html`<table part="caseload">
      <caption>
        ${this.t('caseload')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${this.t('worker')}</th>
          <th scope="col">${this.t('openTasks')}</th>
          <th scope="col">${this.t('critical')}</th>
          <th scope="col">${this.t('persons')}</th>
        </tr>
      </thead>
      <tbody>
        ${this.caseload.map((c) => {
          const name = c.workerName ?? c.workerId ?? this.t('unassigned');
          const id = c.workerId;
          const pressed = id !== undefined && selected.length === 1 && selected[0] === id;
          return html`<tr>
            <th scope="row">
              ${
                id === undefined
                  ? name
                  : html`<button
                      type="button"
                      aria-pressed=${pressed ? 'true' : 'false'}
                      title=${this.t('showWorker', { name })}
                      @click=${() => this.setFilter('assignee', pressed ? [] : [id])}
                    >
                      ${name}
                    </button>`
              }
            </th>
            <td>${this.l10n.number(c.open)}</td>
            <td>${this.l10n.number(c.critical)}</td>
            <td>${this.l10n.number(c.persons)}</td>
          </tr>`;
        })}
      </tbody>
    </table>`;
  }

  private renderPager(): TemplateResult | typeof nothing {
    const pages = this.pages;
    if (pages <= 1) return nothing;
    return html`<nav part="pager" aria-label=${this.t('pages')}>
      <button
        type="button"
        class="previous"
        ?disabled=${this.page === 0}
        @click=${() => this.goTo(this.page - 1)}
      >
        ${this.t('previous')}
      </button>
      <span>${this.t('page', { page: this.page + 1, pages })}</span>
      <button
        type="button"
        class="next"
        ?disabled=${this.page >= pages - 1}
        @click=${() => this.goTo(this.page + 1)}
      >
        ${this.t('next')}
      </button>
    </nav>`;
  }
}
