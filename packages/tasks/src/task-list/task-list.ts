import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ContextConsumer } from '@lit/context';
import { property, state } from 'lit/decorators.js';
import {
  addDays,
  formatDate,
  isCalendarDate,
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
  type Caseload,
  type DerivedTask,
  type TaskFilter,
  type TaskCase,
  type TaskConfig,
  type TaskFilterKey,
  type TaskGroup,
  type TaskOverride,
  type TrafficLight,
} from '@ias-kit/core/tasks';
import {
  baseStyles,
  buttonLook,
  caseContext,
  FormAssociatedController,
  IasElement,
  LocalizeController,
  rowKeyTarget,
  todayContext,
  type IasMenu,
  type SelectOption,
} from '@ias-kit/ui';
import { TaskActionsController } from './actions-controller.js';
import { TaskDerivationController } from './derivation-controller.js';
import { taskPeople } from './people.js';
import {
  IasTaskCompleteEvent,
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
  type TaskPerson,
  type TaskSort,
} from './task-list.types.js';
import { personLabel, renderRow, taskTitle, type RowContext } from './task-row.js';
import { renderToolbar } from './task-toolbar.js';
import { renderCaseload } from './task-caseload.js';

type Params = Record<string, string | number>;

const byLabel = (a: SelectOption, b: SelectOption) =>
  a.label < b.label ? -1 : a.label > b.label ? 1 : a.value < b.value ? -1 : 1;

/**
 * A case worker's work list: one line per task with its traffic light (icon and text, never colour
 * alone), what is due, for whom (name, birth year and the host's number, so namesakes differ), when
 * and for which worker; counts per light at the top; filters, grouping and sort that keep their place.
 *
 * Data in, events out: feed it `deriveTasks()` of `@ias-kit/core` (and `people`, see `taskPeople()`).
 * Each row is one tab stop with a roving tabindex (ArrowUp/Down, Home, End, PageUp/Down) and one
 * action menu; keys on a row: Enter opens, D marks done, S snoozes, M opens the menu, Z (or Ctrl+Z)
 * undoes the last action. Every action changes the row at once, says so in a polite live message and
 * can be undone for `undo-seconds`. The host stores it: it answers the action's event with
 * `respondWith(promise)`; the row shows "saving" until the promise settles and says so when it is
 * refused. Three views: one worker's cockpit (`worker`), one person (`person`) or a team with the
 * caseload per worker (`team`). The filter is reflected in the `filter` attribute.
 *
 * @tagname ias-task-list
 * @summary Work list of tasks with traffic lights, filters, grouping, caseload and undoable actions.
 * @since 0.1
 * @status experimental
 *
 * @event {IasTaskOpenEvent} ias-task-open - The user opened a task (Enter on a row or "Open" in its menu). Fields: `task: DerivedTask`, `link: TaskLink` (where the host should navigate).
 * @event {IasTaskCompleteEvent} ias-task-complete - The user marked a task done. Fields: `task`, `taskId`, `respondWith(promise)`. The host stores it (e.g. as `overrides[taskId].status`).
 * @event {IasTaskSnoozeEvent} ias-task-snooze - The user snoozed a task. Fields: `task`, `taskId`, `until: CalendarDate` (today + `snooze-days`), `respondWith(promise)`.
 * @event {IasTaskReassignEvent} ias-task-reassign - The user handed a task to another worker. Fields: `task`, `taskId`, `assignee: ActorRef`, `previous: ActorRef | undefined`, `respondWith(promise)`.
 * @event {IasTaskUndoEvent} ias-task-undo - The user undid their last action. Fields: `task` (as it was), `taskId`, `action: 'complete' | 'snooze' | 'reassign'`, `respondWith(promise)`.
 * @event {IasTaskFilterChangeEvent} ias-task-filter-change - The user changed filter, grouping or sort. Fields: `filter: string` (as the attribute), `value: TaskFilter`, `groupBy`, `sortBy`.
 *
 * @csspart base - The wrapper.
 * @csspart caseload - The caseload table (team view).
 * @csspart toolbar - The light counts, filters, grouping and sort.
 * @csspart notice - The live message of the last action, with its undo button.
 * @csspart count - The "1–50 of 120 tasks" line (while deriving from `cases`: "Calculating tasks …").
 * @csspart progress - The progress bar while the tasks of `cases` are derived.
 * @csspart list - A list of rows.
 * @csspart group - A group (person or week) with its heading and list.
 * @csspart row - One task.
 * @csspart status - The traffic light of a row (an `<ias-status-light>`).
 * @csspart label - A row's title.
 * @csspart state - A row's action state ("Erledigt", "Wird gespeichert …").
 * @csspart actions - A row's action menu: an `<ias-menu>` on the active row, on the others a button (same look) that opens it.
 * @csspart pager - The page navigation.
 *
 * @cssproperty --ias-task-list-row-border - Border between rows (default `1px solid` subtle border colour).
 * @cssproperty --ias-task-list-row-height - Minimum height of a row (default `2.25rem`).
 * @cssproperty --ias-task-list-columns - The row grid's columns at full width (light, what, person, due, assignee, menu).
 * @cssstate empty - No task passes the filter.
 * @cssstate loading - The tasks of `cases` are being derived (a long caseload; input stays responsive).
 */
export class IasTaskList extends IasElement {
  static override styles = [baseStyles, buttonLook, taskListStyles];

  /** The tasks, as returned by `deriveTasks()` of `@ias-kit/core`. */
  @property({ attribute: false }) tasks: DerivedTask[] = [];

  /**
   * The host's cases, when it does not derive the tasks itself: the list derives them (with `overrides`
   * and `config`) in slices of a few ms that never hold up input, deriving again only the cases whose
   * object changed; meanwhile it says so (`:state(loading)`, a progress bar, `aria-busy`). `tasks`, when
   * not empty, wins.
   */
  @property({ attribute: false }) cases?: TaskCase[];

  /** The host's decisions by task id (snooze, done, reassign) for the tasks derived from `cases`. */
  @property({ attribute: false }) overrides?: Record<string, TaskOverride>;

  /** Canton thresholds for the tasks derived from `cases` (see `DEFAULT_TASK_CONFIG`). */
  @property({ attribute: false }) config?: Partial<TaskConfig>;

  /** Who each task is for, by `personId` (name, birth year, the host's number); see `taskPeople()`. */
  @property({ attribute: false }) people: Record<string, TaskPerson> = {};

  /** `worker` (one worker's clients), `person` (one person) or `team` (caseload per worker). */
  @property({ reflect: true }) view: TaskListView = 'worker';

  /** The filter in its string form, e.g. `light=critical,warn&rule=review` (see `parseTaskFilter`). Reflected. */
  @property({ reflect: true }) filter = '';

  /** `none`, `person` or `week` (ISO week of the due date). */
  @property({ attribute: 'group-by', reflect: true }) groupBy: TaskGrouping = 'none';

  /** `urgency` (red first, then due date) or `due` (due date first). */
  @property({ attribute: 'sort-by', reflect: true }) sortBy: TaskSort = 'urgency';

  /** Workers a task can be handed to; by default the assignees found in `tasks`. */
  @property({ attribute: false }) workers: ActorRef[] = [];

  /** Today (`YYYY-MM-DD`), for the snooze date; defaults to today in Europe/Zurich. */
  @property() today?: CalendarDate;

  /** Snooze length in days (the snooze action offers today + this). */
  @property({ type: Number, attribute: 'snooze-days' }) snoozeDays = 7;

  /** How long the last action can be undone, in seconds. */
  @property({ type: Number, attribute: 'undo-seconds' }) undoSeconds = 10;

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

  private readonly l10n = new LocalizeController(this, taskListMessages, () => this.strings);
  private readonly actions = new TaskActionsController(this, () => Math.max(1, this.undoSeconds) * 1000);
  // Inside <ias-case> and without own `tasks`, the list derives the tasks of the shared case itself.
  private readonly caseConsumer = new ContextConsumer(this, { context: caseContext, subscribe: true });
  private readonly todayConsumer = new ContextConsumer(this, { context: todayContext, subscribe: true });
  private readonly derivation = new TaskDerivationController(this);
  private derivationSeen = 0;
  private derivedFrom?: { case: Case; today: string };
  private derived: DerivedTask[] = [];
  private derivedPeople: Record<string, TaskPerson> = {};
  private parsed: TaskFilter = {};
  private shown: DerivedTask[] = [];
  private lightCounts: Record<TrafficLight, number> = { ok: 0, warn: 0, critical: 0 };
  private caseload: Caseload[] = [];
  // The person filter lists every person: built when that select is first focused, not on first render.
  @state() private personsWanted = false;
  private persons?: { key: string; options: SelectOption[] };
  private assignees: ActorRef[] = [];
  // Custom states only (`:state(empty)`); the list takes no part in a form.
  private readonly states = new FormAssociatedController(this);

  /** The tasks shown: `tasks`, else those derived from `cases` or from the case of an enclosing `<ias-case>`. */
  private get source(): DerivedTask[] {
    if (this.tasks?.length) return this.tasks;
    return this.cases ? this.derivation.tasks : this.derived;
  }

  /** Re-derives the context case's tasks when the case or the date changed; `true` when it did. */
  private deriveFromContext(): boolean {
    const c = this.caseConsumer.value;
    const today = this.today ?? this.todayConsumer.value;
    if (!c || !today || this.tasks?.length || this.cases) return false;
    if (this.derivedFrom?.case === c && this.derivedFrom.today === today) return false;
    this.derivedFrom = { case: c, today };
    this.derived = deriveTasks({ today, cases: [c], onCaseError: () => undefined });
    this.derivedPeople = taskPeople([c]);
    return true;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!TASK_LIST_VIEWS.includes(this.view)) this.devWarn(`unknown view "${String(this.view)}"`);
    if (!TASK_GROUPINGS.includes(this.groupBy)) this.devWarn(`unknown group-by "${String(this.groupBy)}"`);
    if (!TASK_SORTS.includes(this.sortBy)) this.devWarn(`unknown sort-by "${String(this.sortBy)}"`);
    if (changed.has('filter')) this.parsed = parseTaskFilter(this.filter);
    const { cases, overrides, config } = this;
    const today = cases && (this.today ?? this.todayConsumer.value ?? todayIn());
    this.derivation.derive(cases && today ? { cases, today, overrides, config } : undefined);
    const fromCases = this.derivationSeen !== this.derivation.version;
    this.derivationSeen = this.derivation.version;
    const fromContext = this.deriveFromContext() || fromCases;
    if (fromContext || (['tasks', 'workers', 'people', 'strings'] as const).some((k) => changed.has(k)))
      this.collectOptions();
    if (fromContext || changed.has('tasks')) {
      const ids = new Set(this.source.map((t) => t.id));
      this.actions.forget((id) => ids.has(id));
    }
    const keys = ['tasks', 'filter', 'sortBy', 'groupBy', 'view'] as const;
    if (fromContext || keys.some((k) => changed.has(k))) {
      const filter = this.effectiveFilter();
      const sorted = sortTasks(this.source, this.sortBy === 'due' ? 'due' : 'urgency');
      const unlit = filterTasks(sorted, { ...filter, light: [] });
      const counts = { ok: 0, warn: 0, critical: 0 };
      for (const t of unlit) counts[t.light]++;
      this.lightCounts = counts;
      const lights = filter.light ?? [];
      let shown = lights.length ? unlit.filter((t) => lights.includes(t.light)) : unlit;
      const by = this.grouping();
      if (by) shown = groupTasks(shown, by).flatMap((g) => g.tasks);
      this.shown = shown;
      if (this.view === 'team')
        this.caseload = caseloadByWorker(filterTasks(this.source, { ...filter, assignee: [] }));
      if (keys.slice(1).some((k) => changed.has(k))) this.page = 0;
      this.page = Math.max(0, Math.min(this.page, this.pages - 1));
      if (this.focusIndex >= this.pageCount) this.focusIndex = Math.max(0, this.pageCount - 1);
    }
  }

  protected override updated(): void {
    this.states.setState('empty', this.shown.length === 0 && !this.derivation.progress);
    this.states.setState('loading', this.derivation.progress !== undefined);
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

  private person(t: DerivedTask): TaskPerson {
    const id = t.personId;
    if (id === undefined) return { name: t.personName };
    return (
      this.people?.[id] ?? this.derivedPeople[id] ?? this.derivation.person(id) ?? { name: t.personName }
    );
  }

  /** The person filter's options ("all" first), cached: the same array as long as nothing changed. */
  private personOptions(): SelectOption[] {
    const chosen = this.parsed.person?.length === 1 ? this.parsed.person[0]! : '';
    const key = `${this.l10n.locale}|${this.personsWanted ? '*' : chosen}`;
    if (this.persons?.key === key) return this.persons.options;
    const labels = new Map<string, string>();
    for (const t of this.source) {
      const id = t.personId;
      if (id !== undefined && !labels.has(id) && (this.personsWanted || id === chosen))
        labels.set(id, personLabel(this.l10n, this.person(t), id));
    }
    const options = [...labels].map(([value, label]) => ({ value, label })).sort(byLabel);
    this.persons = { key, options: [{ value: '', label: this.l10n.t('all') }, ...options] };
    return this.persons.options;
  }

  private collectOptions(): void {
    const workers = new Map<string, ActorRef>();
    for (const w of this.workers ?? []) workers.set(w.id, w);
    for (const t of this.source) {
      if (t.assignee && !workers.has(t.assignee.id)) workers.set(t.assignee.id, t.assignee);
    }
    this.persons = undefined;
    this.assignees = [...workers.values()].sort((a, b) => ((a.name ?? a.id) < (b.name ?? b.id) ? -1 : 1));
  }

  private get pages(): number {
    return Math.max(1, Math.ceil(this.shown.length / Math.max(1, this.pageSize)));
  }

  private get pageCount(): number {
    const size = Math.max(1, this.pageSize);
    return Math.max(0, Math.min(size, this.shown.length - this.page * size));
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
    const today = isCalendarDate(this.today) ? this.today : (this.todayConsumer.value ?? todayIn());
    return addDays(today, Number.isInteger(this.snoozeDays) ? this.snoozeDays : 7);
  }

  /** Runs a row action: `open`, `complete`, `snooze` or `reassign:<worker id>`. */
  private act(value: string, t: DerivedTask): void {
    const s = this.actions.states.get(t.id)?.state;
    if (value === 'open') {
      this.emit(new IasTaskOpenEvent(t));
      return;
    }
    if (s === 'pending' || s === 'done') return;
    if (value === 'complete') this.actions.run(new IasTaskCompleteEvent(t));
    else if (value === 'snooze') {
      const until = this.snoozeUntil();
      this.actions.run(new IasTaskSnoozeEvent(t, until), { until });
    } else if (value.startsWith('reassign:')) {
      const to = this.assignees.find((a) => `reassign:${a.id}` === value);
      if (to) this.actions.run(new IasTaskReassignEvent(t, to), { assignee: to });
    }
  }

  private undo(): void {
    const task = this.actions.undo();
    if (!task) return;
    const index = this.shown.indexOf(task) - this.page * Math.max(1, this.pageSize);
    if (index >= 0 && index < this.pageCount) void this.focusRow(index);
  }

  private async focusRow(index: number): Promise<void> {
    this.focusIndex = Math.max(0, Math.min(index, this.pageCount - 1));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[part~='row'][data-index='${this.focusIndex}']`)?.focus();
  }

  /** Makes row `index` the active one (the only row with an `<ias-menu>`) and opens its menu. */
  private async openMenu(index: number): Promise<void> {
    this.focusIndex = index;
    await this.updateComplete;
    this.renderRoot.querySelector<IasMenu>(`[part~='row'][data-index='${index}'] ias-menu`)?.show();
  }

  private onRowKey(e: KeyboardEvent, index: number, task: DerivedTask): void {
    if (e.target !== e.currentTarget || e.altKey || e.metaKey) return;
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    if (e.ctrlKey && key !== 'z') return;
    const to = rowKeyTarget(e, index);
    if (to !== undefined) void this.focusRow(to);
    else if (key === 'Enter') this.act('open', task);
    else if (key === 'd') this.act('complete', task);
    else if (key === 's') this.act('snooze', task);
    else if (key === 'z') this.undo();
    else if (key === 'm' || key === 'ContextMenu' || (key === 'F10' && e.shiftKey)) {
      void this.openMenu(index);
    } else return;
    e.preventDefault();
  }

  private goTo(page: number): void {
    this.page = Math.max(0, Math.min(page, this.pages - 1));
    this.focusIndex = 0;
  }

  private rowContext(): RowContext {
    return {
      t: this.l10n.t,
      locale: this.l10n.locale,
      personColumn: this.view !== 'person' && this.grouping() !== 'person',
      focusIndex: this.focusIndex,
      snoozeUntil: this.snoozeUntil(),
      assignees: this.assignees,
      person: (t) => this.person(t),
      state: (id) => this.actions.states.get(id),
      onKey: (e, i, t) => this.onRowKey(e, i, t),
      onFocus: (i) => (this.focusIndex = i),
      onAction: (v, t) => this.act(v, t),
      onMenu: (i) => void this.openMenu(i),
    };
  }

  protected override render(): TemplateResult {
    const size = Math.max(1, this.pageSize);
    const from = this.page * size;
    const slice = this.shown.slice(from, from + size);
    const by = this.grouping();
    const total = this.shown.length;
    const label = this.label ?? this.l10n.t('label');
    const ctx = this.rowContext();
    let index = 0;
    const rows = (tasks: DerivedTask[]) => tasks.map((t) => renderRow(ctx, t, index++));
    const head = html`<div class="head" aria-hidden="true">
      <span></span
      ><span>${this.l10n.t('colWhat')}</span
      >${ctx.personColumn ? html`<span>${this.l10n.t('colPerson')}</span>` : nothing}
      <span>${this.l10n.t('colDue')}</span><span>${this.l10n.t('colAssignee')}</span><span></span>
    </div>`;
    let body: TemplateResult;
    const progress = this.derivation.progress;
    if (total === 0 && progress) {
      body = html``;
    } else if (total === 0) {
      body = html`<p class="empty">${this.l10n.t(this.source.length ? 'emptyFiltered' : 'empty')}</p>`;
    } else if (by) {
      body = html`${head}${groupTasks(slice, by).map((g, i) => {
        const id = `group-${i}`;
        return html`<section part="group" aria-labelledby=${id}>
          <h3 id=${id}>
            ${this.groupLabel(g, by)} <span class="muted">(${this.l10n.number(g.tasks.length)})</span>
          </h3>
          <ul part="list" class="rows">
            ${rows(g.tasks)}
          </ul>
        </section>`;
      })}`;
    } else {
      body = html`${head}
        <ul part="list" class="rows" aria-label=${label}>
          ${rows(slice)}
        </ul>`;
    }
    return html`<div
      part="base"
      class=${ctx.personColumn ? 'with-person' : 'no-person'}
      role="region"
      aria-label=${label}
      aria-busy=${progress ? 'true' : 'false'}
    >
      ${
        this.view === 'team'
          ? renderCaseload({
              t: this.l10n.t,
              number: (n) => this.l10n.number(n),
              caseload: this.caseload,
              selected: this.parsed.assignee ?? [],
              show: (id) => this.setFilter('assignee', id === undefined ? [] : [id]),
            })
          : nothing
      }
      ${renderToolbar({
        t: this.l10n.t,
        number: (n) => this.l10n.number(n),
        locale: this.l10n.locale,
        view: this.view,
        filter: this.effectiveFilter(),
        filterText: this.filter,
        groupBy: this.groupBy,
        sortBy: this.sortBy,
        lightCounts: this.lightCounts,
        persons: this.personOptions(),
        wantPersons: () => (this.personsWanted = true),
        assignees: this.assignees,
        setFilter: (k, v) => this.setFilter(k, v),
        setGroupBy: (g) => {
          this.groupBy = g;
          this.announceFilter();
        },
        setSortBy: (s) => {
          this.sortBy = s;
          this.announceFilter();
        },
        reset: () => {
          this.filter = '';
          this.parsed = {};
          this.announceFilter();
        },
      })}
      <div class="status-line">
        <p part="count" role="status">
          ${
            progress
              ? this.l10n.t('loading')
              : this.l10n.t('count', {
                  from: total ? from + 1 : 0,
                  to: from + slice.length,
                  total: this.l10n.number(total),
                })
          }
        </p>
        ${
          progress
            ? html`<progress
                part="progress"
                max=${progress.total}
                .value=${progress.done}
                aria-label=${this.l10n.t('loading')}
              ></progress>`
            : nothing
        }
        ${this.renderNotice()}
      </div>
      ${body} ${this.renderPager()}
      <p class="hint">${this.l10n.t('shortcuts')}</p>
    </div>`;
  }

  private renderNotice(): TemplateResult {
    const n = this.actions.notice;
    let text = '';
    if (n) {
      const e = n.event;
      const person = this.person(e.task).name ?? e.task.personName ?? '–';
      const p: Params = { title: taskTitle(this.l10n, e.task), person };
      const s = this.actions.states.get(e.taskId);
      if (n.kind === 'pending') text = this.l10n.t('noticePending', p);
      else if (n.kind === 'undone') text = this.l10n.t('noticeUndone', p);
      else if (n.kind === 'failed') text = this.l10n.t('noticeFailed', { ...p, error: s?.error ?? '' });
      else if (e.action === 'snooze')
        text = this.l10n.t('noticeSnooze', { ...p, date: formatDate(s?.until ?? '') });
      else if (e.action === 'reassign')
        text = this.l10n.t('noticeReassign', { ...p, name: s?.assignee?.name ?? s?.assignee?.id ?? '' });
      else text = this.l10n.t('noticeComplete', p);
    }
    return html`<div part="notice" class=${n ? `notice ${n.kind}` : 'notice'}>
      <p role="status" aria-live="polite">${text}</p>
      ${
        this.actions.canUndo
          ? html`<ias-button size="small" class="undo" @click=${() => this.undo()}
              >${this.l10n.t('undo')}</ias-button
            >`
          : nothing
      }
    </div>`;
  }

  private groupLabel(g: TaskGroup, by: 'person' | 'week'): string {
    if (!g.key) return this.l10n.t(by === 'person' ? 'noPerson' : 'noDueDate');
    if (by === 'person') {
      const first = g.tasks[0];
      return first ? personLabel(this.l10n, this.person(first), g.label ?? g.key) : (g.label ?? g.key);
    }
    return this.l10n.t('week', { week: g.week!, start: formatDate(g.start!), end: formatDate(g.end!) });
  }

  private renderPager(): TemplateResult | typeof nothing {
    const pages = this.pages;
    if (pages <= 1) return nothing;
    return html`<nav part="pager" aria-label=${this.l10n.t('pages')}>
      <ias-button
        size="small"
        class="previous"
        ?disabled=${this.page === 0}
        @click=${() => this.goTo(this.page - 1)}
        >${this.l10n.t('previous')}</ias-button
      >
      <span>${this.l10n.t('page', { page: this.page + 1, pages })}</span>
      <ias-button
        size="small"
        class="next"
        ?disabled=${this.page >= pages - 1}
        @click=${() => this.goTo(this.page + 1)}
        >${this.l10n.t('next')}</ias-button
      >
    </nav>`;
  }
}
