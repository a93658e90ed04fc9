import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextConsumer } from '@lit/context';
import {
  ENDED_MEASURE_STATUSES,
  FINANCING_SOURCES,
  formatDate,
  GOAL_DOMAINS,
  GOAL_STATUSES,
  IAS_GOALS,
  isCalendarDate,
  MEASURE_OUTCOMES,
  MEASURE_STATUS_TRANSITIONS,
  MEASURE_STATUSES,
  MEASURE_TYPES,
  PLAN_STATUSES,
  TARIFF_TYPES,
  todayIn,
  tryParseDate,
  parseNumber,
  type ActorRef,
  type CalendarDate,
  type Case,
  type DocumentRef,
  type MeasureStatus,
  type Provider,
} from '@ias-kit/core';
import { getAt, isJsonObject, joinPointer } from '@ias-kit/core/schema';
import type { FieldError } from '@ias-kit/core/schema';
import type { IasTimelineSelectEvent } from '@ias-kit/timeline';
import { baseStyles, caseContext, IasElement, LocalizeController, todayContext } from '@ias-kit/ui';
import {
  IasDocumentAttachEvent,
  IasMeasureStatusChangeEvent,
  IasPlanChangeEvent,
} from './integration-plan.events.js';
import { planMessages, type PlanKey } from './integration-plan.l10n.js';
import { integrationPlanStyles } from './integration-plan.styles.js';
import {
  PLAN_SECTIONS,
  type AttachTarget,
  type PlanIssue,
  type PlanMeasure,
  type PlanSection,
  type PlanValue,
} from './integration-plan.types.js';
import { checkPlan, OUTCOMES_NEEDING_REASON, resolveProvider } from './rules.js';
import { applyOps, freshId, type Editor, type Op } from '../model/edit.js';
import { renderDocuments } from './documents-view.js';
import { renderHistoryTable } from './history-view.js';
import { fid, short } from './view-helpers.js';

type FieldKind = 'text' | 'textarea' | 'date' | 'number';
type ListName = 'goals' | 'measures' | 'reviews';
type Option = readonly [value: string, label: string];

const EMPTY_PLAN = {
  status: 'entwurf',
  version: 1,
  goals: [],
  measures: [],
  reviews: [],
} as unknown as PlanValue;
const ptr = (...tokens: (string | number)[]): string => joinPointer('', ...tokens);
const isTextTarget = (el: EventTarget | null): boolean =>
  el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && el.type !== 'checkbox');

/**
 * The individual integration plan (IIP) editor: the plan's status and validity, goals, measures with
 * providers and capacities, reviews (Standortbestimmungen), the client's consent and a change log.
 * Every edit is immutable (unknown properties survive), appends `{ who, when, op, pointer, old, new }`
 * to `changeLog`, can be undone, and is reported with `ias-change`. The measure lifecycle follows
 * `MEASURE_STATUS_TRANSITIONS`; a completed measure needs an outcome, and an outcome other than
 * "achieved" needs a reason. Documents go through the host (`ias-document-attach`); nothing is uploaded here.
 *
 * @tagname ias-integration-plan
 * @summary Editor of a person's individual integration plan: goals, measures, providers, reviews, consent and history.
 * @since 0.1
 * @status experimental
 *
 * @event {IasPlanChangeEvent} ias-change - After every edit (a subclass of `<ias-form>`'s `IasChangeEvent`). Fields: `value: PlanValue` (the whole plan, unknown properties and change log included), `valid: boolean`, `errors: FieldError[]` (`pointer`, `keyword` = rule code, localized `message`) and `warnings: FieldError[]`.
 * @event {IasDocumentAttachEvent} ias-document-attach - A file was chosen or dropped for a goal or measure. Fields: `file: File`, `attachTo: { kind, id, pointer }` and `respondWith(ref: DocumentRef | Promise<DocumentRef>)`, which stores the host's reference in the target's `documents`.
 * @event {IasMeasureStatusChangeEvent} ias-measure-status-change - The user changed a measure's status. Fields: `measure`, `pointer`, `from`, `to`; cancelable (cancelling keeps the old status).
 *
 * @csspart base - The wrapper of everything.
 * @csspart toolbar - The undo button, the announcements and the issue summary.
 * @csspart section - Each section (plan, goals, measures, reviews, consent, history).
 * @csspart row - A goal, measure, review or data-sharing recipient.
 * @csspart capacity - The free places of the chosen offer.
 * @csspart strip - The time strip of the measures since entry (an embedded `<ias-timeline compact>`), shown when an entry date is known.
 * @csspart documents - A goal's or measure's documents and drop zone.
 * @csspart history - The change log table.
 *
 * @cssproperty --ias-integration-plan-row-border - Border of a goal, measure or review.
 *
 * @cssstate invalid - The plan has errors.
 */
export class IasIntegrationPlan extends IasElement {
  static override styles = [baseStyles, integrationPlanStyles];

  /**
   * The plan (core `IntegrationPlan` plus extensions, see `PlanValue`). Never mutated: edits create a new
   * object, reported with `ias-change`. When not set, the plan of `case` / `caseContext` is edited (inside
   * `<ias-case>`, which takes the edits back), else an empty draft.
   */
  @property({ attribute: false }) value?: PlanValue;

  /** Providers and their offers to choose from; free places are shown, a full offer warns. */
  @property({ attribute: false }) providers: Provider[] = [];

  /** Who edits: recorded as `who` in the change log. */
  @property({ attribute: false }) user?: ActorRef;

  /** The instant recorded as `when` in the change log (ISO date-time), for tests and reproducible stories; leave it unset in production. Falls back to `today`, then to the clock. */
  @property() now?: string;

  /** The reference day `YYYY-MM-DD` for warnings (future dates) and new entries; falls back to `todayContext`, then to the clock (Europe/Zurich). */
  @property() today?: string;

  /**
   * The person's case (core `Case`), or that of a `caseContext` provider such as `<ias-case>`: its entry
   * date, and its status history for the horizon of the time strip. Only read, never changed.
   */
  @property({ attribute: false }) case?: Case;

  /**
   * The person's entry date `YYYY-MM-DD`; measures before it get a warning. Falls back to the entry date of
   * `case` / `caseContext`. When an entry date is known, the measures of the plan being edited are drawn
   * on a compact time strip relative to it (an embedded `<ias-timeline compact>`).
   */
  @property({ attribute: 'entry-date' }) entryDate?: string;

  /** Locale override (`de`, `fr`, `it`, `en`); otherwise the nearest `lang` attribute decides. */
  @property() locale?: string;

  /** Accessible name of the editor; default "Integration plan" (localized). */
  @property() label?: string;

  /** The sections shown, in this order (default: all of `PLAN_SECTIONS`). */
  @property({ attribute: false }) sections: PlanSection[] = [...PLAN_SECTIONS];

  /** Ids of goals, measures and reviews shown expanded at first (e.g. the measure a task links to). */
  @property({ attribute: false }) expanded: string[] = [];

  /** Makes every control read-only (a role that may only read). */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** Overrides of any localized text, by message key (see `integration-plan.l10n.ts`). */
  @property({ attribute: false }) strings: Partial<Record<PlanKey, string>> = {};

  @state() private announcement = '';
  @state() private undoStack: { ops: Op[]; label: string }[] = [];

  private readonly l10n = new LocalizeController(this, planMessages, () => this.strings);
  private readonly caseConsumer = new ContextConsumer(this, { context: caseContext, subscribe: true });
  private readonly todayConsumer = new ContextConsumer(this, { context: todayContext, subscribe: true });
  private readonly internals: ElementInternals | undefined = this.attachInternals?.();
  private issues: PlanIssue[] = [];
  private issuesByPointer = new Map<string, PlanIssue[]>();
  private opened = new Set<string>();
  private lastEmitted?: PlanValue;
  private lastSeen?: PlanValue;
  private draft?: { from: unknown; plan: PlanValue };
  private focusAfterUpdate?: string;

  constructor() {
    super();
    this.addEventListener('keydown', (e) => {
      if ((e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === 'z') {
        const target = e.composedPath()[0] ?? null;
        if (!isTextTarget(target) && this.undoStack.length) {
          e.preventDefault();
          this.undo();
        }
      }
    });
  }

  /** The plan being edited (`value`, or an empty draft). */
  get plan(): PlanValue {
    if (this.value) return this.value;
    const fromCase = this.currentCase?.plan as PlanValue | undefined;
    // Edits made while the plan comes from the case: shown until the case brings another plan.
    if (this.draft && (this.draft.from === fromCase || this.draft.plan === fromCase)) return this.draft.plan;
    return fromCase ?? EMPTY_PLAN;
  }

  /** Whether the plan has no errors (warnings allowed). */
  get valid(): boolean {
    return !this.issues.some((i) => i.severity === 'error');
  }

  /** The current findings, localized, as `ias-change` reports them. */
  get errors(): FieldError[] {
    return this.findings('error');
  }

  /** The current warnings, localized. */
  get warnings(): FieldError[] {
    return this.findings('warning');
  }

  /** Whether there is something to undo. */
  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  /** Reverts the last edit (itself recorded in the change log). */
  undo(): void {
    const last = this.undoStack[this.undoStack.length - 1];
    if (!last) return;
    this.undoStack = this.undoStack.slice(0, -1);
    this.apply(last.ops, { undoable: false });
    this.announcement = last.label ? this.l10n.t('undone', { what: last.label }) : this.l10n.t('undoneAny');
    const restored = last.ops.find((o) => o.op === 'add');
    this.focusAfterUpdate = restored ? `summary-${fid(restored.pointer)}` : 'undo';
  }

  /** Adds a document reference to a goal or measure (what `respondWith` of `ias-document-attach` calls). */
  addDocument(target: AttachTarget, ref: DocumentRef): void {
    const list = target.kind === 'goal' ? 'goals' : 'measures';
    const index = (this.plan[list] ?? []).findIndex((x) => x.id === target.id);
    if (index < 0) return;
    this.apply([{ op: 'add', pointer: ptr(list, index, 'documents', '-'), value: ref }], {
      label: this.l10n.t('document'),
    });
  }

  private get currentToday(): CalendarDate | undefined {
    const t = this.today ?? this.todayConsumer.value;
    return isCalendarDate(t) ? t : todayIn();
  }

  private get currentCase(): Case | undefined {
    return this.case ?? this.caseConsumer.value;
  }

  private onTimelineSelect(e: IasTimelineSelectEvent): void {
    if (e.item.kind !== 'measure') return;
    const id = e.item.measure.id;
    const index = (this.plan.measures ?? []).findIndex((m) => m.id === id);
    if (index < 0) return;
    this.opened.add(id);
    this.focusAfterUpdate = `summary-${fid(ptr('measures', index))}`;
    this.requestUpdate();
  }

  private renderStrip(): TemplateResult | typeof nothing {
    const entry = this.currentEntryDate;
    if (!entry) return nothing;
    const label = this.l10n.t('timeStrip');
    // the compact strip: the case (for the horizon) with the entry date and the plan being edited on top
    return html`<div class="strip" part="strip">
      <h3>${label}</h3>
      <ias-timeline
        compact
        .case=${this.currentCase}
        .plan=${this.plan}
        entry-date=${entry}
        today=${this.currentToday ?? nothing}
        locale=${this.l10n.locale}
        label=${label}
        @ias-timeline-select=${(e: IasTimelineSelectEvent) => this.onTimelineSelect(e)}
      ></ias-timeline>
    </div>`;
  }

  private get currentEntryDate(): CalendarDate | undefined {
    const d = this.entryDate ?? this.currentCase?.entryDate;
    return isCalendarDate(d) ? d : undefined;
  }

  /** The label of an enumeration value; an unknown value (bad host data) shows as "unknown (value)". */
  private enumLabel(prefix: string, value: unknown): string {
    const key = `${prefix}.${String(value)}`;
    return this.l10n.has(key) ? this.l10n.t(key) : this.l10n.t('unknownValue', { value: String(value) });
  }

  private message(issue: PlanIssue): string {
    return this.l10n.t(`issue.${issue.code}`, issue.params);
  }

  private findings(severity: 'error' | 'warning'): FieldError[] {
    return this.issues
      .filter((i) => i.severity === severity)
      .map((i) => ({
        pointer: i.pointer,
        keyword: i.code,
        message: this.message(i),
        params: i.params,
        schemaPointer: '',
      }));
  }

  protected override willUpdate(): void {
    const current = this.plan;
    if (current !== this.lastEmitted && current !== this.lastSeen) this.undoStack = [];
    this.lastSeen = current;
    this.issues = checkPlan(this.plan, {
      providers: this.providers ?? [],
      entryDate: this.currentEntryDate,
      today: this.currentToday,
    });
    this.issuesByPointer = new Map();
    for (const issue of this.issues) {
      const list = this.issuesByPointer.get(issue.pointer) ?? [];
      list.push(issue);
      this.issuesByPointer.set(issue.pointer, list);
    }
    try {
      if (this.valid) this.internals?.states.delete('invalid');
      else this.internals?.states.add('invalid');
    } catch {
      /* CustomStateSet not supported */
    }
  }

  protected override updated(): void {
    const id = this.focusAfterUpdate;
    if (!id) return;
    this.focusAfterUpdate = undefined;
    const el =
      this.renderRoot.querySelector<HTMLElement>(`#${id}`) ??
      this.renderRoot.querySelector<HTMLElement>('#undo');
    el?.focus();
  }

  // ---- editing -------------------------------------------------------------------------------

  /** Who edits now and when, for the change log. */
  private editor(): Editor {
    const today = this.today ?? this.todayConsumer.value;
    return {
      who: this.user ?? { id: 'unknown' },
      when: this.now ?? (isCalendarDate(today) ? today : new Date().toISOString()),
    };
  }

  /** Applies edits immutably, logs them, remembers their inverse and emits `ias-change`. */
  private apply(
    ops: Op[],
    { undoable = true, label = '' }: { undoable?: boolean; label?: string } = {},
  ): void {
    if (this.readonly) return;
    const applied = applyOps(this.plan, ops, this.editor());
    if (!applied) return;
    const { plan, inverse } = applied;
    if (undoable) this.undoStack = [...this.undoStack, { ops: inverse, label }];
    this.lastEmitted = plan;
    const fromCase = this.currentCase?.plan;
    if (this.value === undefined && fromCase) {
      this.draft = { from: fromCase, plan };
      this.requestUpdate();
    } else this.value = plan;
    const issues = checkPlan(plan, {
      providers: this.providers ?? [],
      entryDate: this.currentEntryDate,
      today: this.currentToday,
    });
    this.issues = issues;
    this.emit(new IasPlanChangeEvent(plan, this.valid, this.errors, this.warnings));
  }

  private set(pointer: string, value: unknown): void {
    this.apply([{ op: 'replace', pointer, value }]);
  }

  private onText(pointer: string, kind: FieldKind, raw: string): void {
    const text = kind === 'textarea' ? raw : raw.trim();
    if (text.trim() === '') return this.set(pointer, undefined);
    if (kind === 'date') {
      const parsed = tryParseDate(text);
      return this.set(pointer, parsed.ok ? parsed.value : text);
    }
    if (kind === 'number') return this.set(pointer, parseNumber(text) ?? text);
    this.set(pointer, text);
  }

  private addItem(list: ListName): void {
    const items = this.plan[list] ?? [];
    const today = this.currentToday;
    const item =
      list === 'goals'
        ? { id: freshId(this.plan, 'goal'), domain: 'sprache', text: '', status: 'offen' }
        : list === 'measures'
          ? { id: freshId(this.plan, 'measure'), type: 'sprachkurs', title: '', status: 'geplant' }
          : { id: freshId(this.plan, 'review'), date: today ?? '', participants: [], summary: '' };
    const pointer = ptr(list, items.length);
    this.opened.add(item.id);
    this.apply([{ op: 'add', pointer, value: item }], { label: this.l10n.t(`new.${list}`) });
    this.announcement = this.l10n.t('added', { what: this.l10n.t(`new.${list}`) });
    this.focusAfterUpdate = fid(
      ptr(list, items.length, list === 'goals' ? 'text' : list === 'measures' ? 'type' : 'date'),
    );
  }

  private removeItem(pointer: string, name: string): void {
    this.apply([{ op: 'remove', pointer }], { label: name });
    this.announcement = this.l10n.t('removed', { what: name });
    this.focusAfterUpdate = 'undo';
  }

  /** Moves item `from` of the array at pointer `list` (e.g. `/consent/dataSharing`) to position `to`. */
  private moveItem(list: string, from: number, to: number, direction: 'up' | 'down'): void {
    const size = (getAt(this.plan, list) as unknown[] | undefined)?.length ?? 0;
    if (to < 0 || to >= size) return;
    this.apply([{ op: 'move', from: joinPointer(list, from), pointer: joinPointer(list, to) }], {
      label: this.l10n.t('moved'),
    });
    const atEdge = to === 0 || to === size - 1;
    const keep = atEdge ? (direction === 'up' ? 'down' : 'up') : direction;
    this.focusAfterUpdate = `move-${keep}-${fid(joinPointer(list, to))}`;
    this.announcement = this.l10n.t('movedTo', { n: to + 1, total: size });
  }

  private changeStatus(index: number, select: HTMLSelectElement): void {
    const measure = this.plan.measures[index];
    if (!measure) return;
    const to = select.value as MeasureStatus;
    const pointer = ptr('measures', index);
    if (!this.emit(new IasMeasureStatusChangeEvent(measure, pointer, to))) {
      select.value = measure.status;
      return;
    }
    this.set(ptr('measures', index, 'status'), to);
    if (to === 'abgeschlossen' && !measure.outcome)
      this.focusAfterUpdate = fid(ptr('measures', index, 'outcome'));
  }

  private chooseProvider(index: number, id: string): void {
    const measure = this.plan.measures[index];
    if (!measure) return;
    const at = (...t: string[]) => ptr('measures', index, ...t);
    if (id === (measure.provider?.providerId ?? '')) return;
    const provider = this.providers.find((p) => p.id === id);
    const ops: Op[] = [];
    if (!provider) ops.push({ op: 'replace', pointer: at('provider'), value: undefined });
    else {
      const ref: Record<string, unknown> = { providerId: provider.id, name: provider.name };
      if (provider.uid) ref.uid = provider.uid;
      ref.accredited = provider.accredited;
      ops.push({ op: 'replace', pointer: at('provider'), value: ref });
    }
    if (measure.offerId && !provider?.offers.some((o) => o.id === measure.offerId))
      ops.push({ op: 'replace', pointer: at('offerId'), value: undefined });
    this.apply(ops, { label: this.l10n.t('provider') });
  }

  /** Chooses an offer; an empty title and tariff are taken from the offer. */
  private chooseOffer(index: number, offerId: string): void {
    const measure = this.plan.measures[index];
    if (!measure) return;
    const at = (...t: string[]) => ptr('measures', index, ...t);
    const offer = resolveProvider({ ...measure, offerId }, this.providers).offer;
    const ops: Op[] = [{ op: 'replace', pointer: at('offerId'), value: offerId || undefined }];
    if (offer && !measure.title?.trim())
      ops.push({ op: 'replace', pointer: at('title'), value: offer.title });
    if (offer?.tariffType && !measure.cost?.tariffType)
      ops.push({ op: 'replace', pointer: at('cost', 'tariffType'), value: offer.tariffType });
    this.apply(ops, { label: this.l10n.t('offer') });
  }

  /** Checkboxes linking a measure to the plan goals it serves; ids of goals not in the plan are kept. */
  private goalLinks(goalIds: string[] | undefined, index: number): TemplateResult | typeof nothing {
    const goals = this.plan.goals ?? [];
    if (!goals.length) return nothing;
    const linked = Array.isArray(goalIds) ? goalIds : [];
    const toggle = (id: string, on: boolean) => {
      const known = new Set(goals.map((g) => g.id));
      const next = [
        ...goals.filter((g) => (g.id === id ? on : linked.includes(g.id))).map((g) => g.id),
        ...linked.filter((x) => !known.has(x)),
      ];
      this.set(ptr('measures', index, 'goalIds'), next.length ? next : undefined);
    };
    return html`<fieldset class="wide goals">
      <legend>${this.l10n.t('servesGoals')}</legend>
      ${goals.map((g, gi) => {
        const id = fid(ptr('measures', index, 'goalIds', gi));
        return html`<div class="field check">
          <input
            id=${id}
            type="checkbox"
            .checked=${linked.includes(g.id)}
            ?disabled=${this.readonly}
            @change=${(e: Event) => toggle(g.id, (e.target as HTMLInputElement).checked)}
          />
          <label for=${id}>${g.text?.trim() || this.l10n.t('untitled')}</label>
        </div>`;
      })}
    </fieldset>`;
  }

  private actors(pointer: string, text: string): void {
    const existing = (getAt(this.plan, pointer) as ActorRef[] | undefined) ?? [];
    const names = text
      .split(/[,;\n]/)
      .map((n) => n.trim())
      .filter(Boolean);
    const used = new Set<string>();
    const next = names.map((name) => {
      const found = existing.find((a) => (a.name ?? a.id) === name && !used.has(a.id));
      if (found) {
        used.add(found.id);
        return found;
      }
      const actor = { id: freshId(this.plan, 'actor', used), name };
      used.add(actor.id);
      return actor;
    });
    this.set(pointer, next.length ? next : undefined);
  }

  private files(target: AttachTarget, files: FileList | null | undefined): void {
    for (const file of files ?? []) {
      this.emit(
        new IasDocumentAttachEvent(file, target, (ref) => {
          void Promise.resolve(ref).then((r) => {
            if (isJsonObject(r)) this.addDocument(target, r);
          });
        }),
      );
    }
  }

  // ---- rendering helpers ---------------------------------------------------------------------

  private messages(pointer: string, id: string): TemplateResult | typeof nothing {
    const issues = this.issuesByPointer.get(pointer);
    if (!issues?.length) return nothing;
    return html`<div class="messages" id=${`${id}-msg`}>
      ${issues.map(
        (i) =>
          html`<p class=${i.severity}>
            <span aria-hidden="true">${i.severity === 'error' ? '✕' : '⚠'}</span> ${this.message(i)}
          </p>`,
      )}
    </div>`;
  }

  private hasError(pointer: string): boolean {
    return !!this.issuesByPointer.get(pointer)?.some((i) => i.severity === 'error');
  }

  private input(pointer: string, label: PlanKey, kind: FieldKind = 'text', required = false): TemplateResult {
    const id = fid(pointer);
    const v = getAt(this.plan, pointer);
    const shown =
      v === undefined || v === null
        ? ''
        : kind === 'date' && isCalendarDate(v)
          ? formatDate(v)
          : kind === 'number' && typeof v === 'number'
            ? this.l10n.number(v)
            : typeof v === 'string'
              ? v
              : JSON.stringify(v);
    const described = this.issuesByPointer.has(pointer) ? `${id}-msg` : undefined;
    const invalid = this.hasError(pointer) ? 'true' : undefined;
    const onChange = (e: Event) => this.onText(pointer, kind, (e.target as HTMLInputElement).value);
    return html`<div class="field ${kind}">
      <label for=${id}
        >${this.l10n.t(label)}${required ? html`<span aria-hidden="true"> *</span>` : nothing}</label
      >
      ${
        kind === 'textarea'
          ? html`<textarea
              id=${id}
              rows="3"
              .value=${shown}
              ?readonly=${this.readonly}
              ?required=${required}
              aria-invalid=${invalid ?? nothing}
              aria-describedby=${described ?? nothing}
              @change=${onChange}
            ></textarea>`
          : html`<input
              id=${id}
              type="text"
              .value=${shown}
              inputmode=${kind === 'number' ? 'decimal' : kind === 'date' ? 'numeric' : nothing}
              placeholder=${kind === 'date' ? this.l10n.t('datePlaceholder') : nothing}
              autocomplete="off"
              ?readonly=${this.readonly}
              ?required=${required}
              aria-invalid=${invalid ?? nothing}
              aria-describedby=${described ?? nothing}
              @change=${onChange}
            />`
      }
      ${this.messages(pointer, id)}
    </div>`;
  }

  private select(
    pointer: string,
    label: PlanKey,
    options: readonly Option[],
    {
      empty,
      onChange,
      numeric,
      extra,
    }: {
      empty?: string;
      onChange?: (el: HTMLSelectElement) => void;
      /** The values are numbers (e.g. the IAS goal 1–5). */
      numeric?: boolean;
      /** More text about the choice (e.g. the free places), tied to the select with `aria-describedby`. */
      extra?: TemplateResult;
    } = {},
  ): TemplateResult {
    const id = fid(pointer);
    const raw = getAt(this.plan, pointer);
    const v = raw === undefined || raw === null ? '' : String(raw);
    const known = v === '' ? empty !== undefined : options.some(([value]) => value === v);
    const described =
      [this.issuesByPointer.has(pointer) ? `${id}-msg` : '', extra ? `${id}-extra` : '']
        .filter(Boolean)
        .join(' ') || undefined;
    const change =
      onChange ??
      ((el: HTMLSelectElement) => {
        const value = el.value === '' ? undefined : numeric ? Number(el.value) : el.value;
        this.set(pointer, value);
      });
    return html`<div class="field">
      <label for=${id}>${this.l10n.t(label)}</label>
      <select
        id=${id}
        ?disabled=${this.readonly}
        aria-invalid=${this.hasError(pointer) ? 'true' : nothing}
        aria-describedby=${described ?? nothing}
        @change=${(e: Event) => change(e.target as HTMLSelectElement)}
      >
        ${empty !== undefined ? html`<option value="" ?selected=${v === ''}>${empty}</option>` : nothing}
        ${known ? nothing : html`<option value=${v} selected>${this.l10n.t('unknownValue', { value: v })}</option>`}
        ${options.map(([value, text]) => html`<option value=${value} ?selected=${value === v}>${text}</option>`)}
      </select>
      ${extra ? html`<div id=${`${id}-extra`}>${extra}</div>` : nothing} ${this.messages(pointer, id)}
    </div>`;
  }

  private enumOptions<T extends string | number>(values: readonly T[], prefix: string): Option[] {
    return values.map((value) => [String(value), this.l10n.t(`${prefix}.${value}` as PlanKey)] as const);
  }

  private checkbox(pointer: string, label: PlanKey): TemplateResult {
    const id = fid(pointer);
    return html`<div class="field check">
      <input
        id=${id}
        type="checkbox"
        .checked=${getAt(this.plan, pointer) === true}
        ?disabled=${this.readonly}
        @change=${(e: Event) => this.set(pointer, (e.target as HTMLInputElement).checked)}
      />
      <label for=${id}>${this.l10n.t(label)}</label>
    </div>`;
  }

  private actorField(pointer: string, label: PlanKey): TemplateResult {
    const id = fid(pointer);
    const actors = (getAt(this.plan, pointer) as ActorRef[] | undefined) ?? [];
    const text = Array.isArray(actors) ? actors.map((a) => a.name ?? a.id).join(', ') : '';
    return html`<div class="field wide">
      <label for=${id}>${this.l10n.t(label)}</label>
      <input
        id=${id}
        type="text"
        .value=${text}
        ?readonly=${this.readonly}
        aria-describedby=${`${id}-hint`}
        @change=${(e: Event) => this.actors(pointer, (e.target as HTMLInputElement).value)}
      />
      <p class="hint" id=${`${id}-hint`}>${this.l10n.t('namesHint')}</p>
    </div>`;
  }

  /** Move and remove buttons of item `index` of the array at pointer `list`. */
  private rowActions(list: string, index: number, size: number, name: string): TemplateResult {
    const pointer = joinPointer(list, index);
    const id = fid(pointer);
    if (this.readonly) return html``;
    return html`<div class="actions">
      <button
        type="button"
        id=${`move-up-${id}`}
        aria-label=${this.l10n.t('moveUp', { name })}
        ?disabled=${index === 0}
        @click=${() => this.moveItem(list, index, index - 1, 'up')}
      >
        <span aria-hidden="true">↑</span> ${this.l10n.t('up')}
      </button>
      <button
        type="button"
        id=${`move-down-${id}`}
        aria-label=${this.l10n.t('moveDown', { name })}
        ?disabled=${index === size - 1}
        @click=${() => this.moveItem(list, index, index + 1, 'down')}
      >
        <span aria-hidden="true">↓</span> ${this.l10n.t('down')}
      </button>
      <button
        type="button"
        class="danger"
        aria-label=${this.l10n.t('remove', { name })}
        @click=${() => this.removeItem(pointer, name)}
      >
        ${this.l10n.t('removeShort')}
      </button>
    </div>`;
  }

  private documents(target: AttachTarget, docs: DocumentRef[] | undefined): TemplateResult {
    return renderDocuments({
      target,
      docs,
      readonly: this.readonly,
      t: this.l10n.t,
      onFiles: (files) => this.files(target, files),
      onRemove: (i, name) => this.removeItem(joinPointer(target.pointer, 'documents', i), name),
    });
  }

  private renderHistory(): TemplateResult {
    const log = Array.isArray(this.plan.changeLog) ? this.plan.changeLog : [];
    return this.section(
      'history',
      renderHistoryTable(log, this.l10n.t, (op) => this.enumLabel('op', op)),
      log.length,
    );
  }

  private section(key: PlanSection, content: TemplateResult, count?: number): TemplateResult {
    return html`<section part="section" class=${key} aria-labelledby=${`h-${key}`}>
      <h2 id=${`h-${key}`} tabindex="-1">
        ${this.l10n.t(`section.${key}`)}${count === undefined ? nothing : html` <span class="count">(${count})</span>`}
      </h2>
      ${content}
    </section>`;
  }

  private isOpen(id: string): boolean {
    return this.opened.has(id) || (this.expanded ?? []).includes(id);
  }

  private dateText(d: unknown): string {
    return isCalendarDate(d) ? formatDate(d) : typeof d === 'string' ? d : '';
  }

  private issueBadge(prefix: string): TemplateResult | typeof nothing {
    let errors = 0;
    let warnings = 0;
    for (const i of this.issues) {
      if (i.pointer !== prefix && !i.pointer.startsWith(prefix + '/')) continue;
      if (i.severity === 'error') errors++;
      else warnings++;
    }
    if (!errors && !warnings) return nothing;
    return html`<span class="badge ${errors ? 'error' : 'warning'}"
      >${errors ? this.l10n.t('errorCount', { n: errors }) : ''}${errors && warnings ? ', ' : ''}${
        warnings ? this.l10n.t('warningCount', { n: warnings }) : ''
      }</span
    >`;
  }

  // ---- sections ------------------------------------------------------------------------------

  private renderPlan(): TemplateResult {
    return this.section(
      'plan',
      html`<div class="grid">
        ${this.select('/status', 'planStatus', this.enumOptions(PLAN_STATUSES, 'planStatus'))}
        ${this.input('/validFrom', 'validFrom', 'date', true)} ${this.input('/validTo', 'validTo', 'date')}
        ${this.input('/caseManager/name', 'caseManager', 'text', true)}
        ${this.input('/nextReview', 'nextReview', 'date')} ${this.actorField('/participants', 'participants')}
      </div>`,
    );
  }

  private renderGoals(): TemplateResult {
    const goals = this.plan.goals ?? [];
    return this.section(
      'goals',
      html`${
        goals.length
          ? html`<ol class="items">
              ${goals.map((g, i) => {
                const at = (...t: (string | number)[]) => ptr('goals', i, ...t);
                const name = g.text?.trim() || this.l10n.t('untitled');
                return html`<li part="row" class="item">
                  <details ?open=${this.isOpen(g.id)}>
                    <summary id=${`summary-${fid(at())}`}>
                      <span class="title">${this.enumLabel('domain', g.domain)}: ${name}</span>
                      <span class="meta"
                        >${this.enumLabel('goalStatus', g.status)}${
                          g.targetDate ? ` · ${this.dateText(g.targetDate)}` : ''
                        }</span
                      >
                      ${this.issueBadge(at())}
                    </summary>
                    <div class="grid">
                      ${this.select(at('domain'), 'domain', this.enumOptions(GOAL_DOMAINS, 'domain'))}
                      ${this.select(at('iasGoal'), 'iasGoal', this.enumOptions(IAS_GOALS, 'iasGoal'), {
                        empty: this.l10n.t('none'),
                        numeric: true,
                      })}
                      <div class="wide">${this.input(at('text'), 'goalText', 'textarea', true)}</div>
                      ${this.input(at('indicator'), 'indicator')}
                      ${this.input(at('targetDate'), 'targetDate', 'date')}
                      ${this.select(at('status'), 'goalStatus', this.enumOptions(GOAL_STATUSES, 'goalStatus'))}
                      ${this.input(at('degreeAchieved'), 'degreeAchieved', 'number')}
                    </div>
                    ${this.documents({ kind: 'goal', id: g.id, pointer: at() }, g.documents)}
                    ${this.rowActions('/goals', i, goals.length, name)}
                  </details>
                </li>`;
              })}
            </ol>`
          : html`<p class="muted">${this.l10n.t('noGoals')}</p>`
      }
      ${
        this.readonly
          ? nothing
          : html`<button type="button" class="add" @click=${() => this.addItem('goals')}>
              ${this.l10n.t('addGoal')}
            </button>`
      }`,
      goals.length,
    );
  }

  private renderProvider(m: PlanMeasure, i: number): TemplateResult {
    const at = (...t: (string | number)[]) => ptr('measures', i, ...t);
    const resolved = resolveProvider(m, this.providers);
    const providerOptions: Option[] = (this.providers ?? []).map((p) => [
      p.id,
      `${p.name} (${this.l10n.t(p.accredited ? 'accredited' : 'notAccredited')})`,
    ]);
    const current = m.provider?.providerId ?? '';
    if (resolved.unknownProvider)
      providerOptions.unshift([current, this.l10n.t('providerUnknown', { id: resolved.unknownProvider })]);
    const providerId = fid(at('provider'));
    const offers = resolved.provider?.offers ?? [];
    const offerOptions: Option[] = offers.map((o) => [
      o.id,
      `${o.title} – ${o.freePlaces > 0 ? this.l10n.t('offerPlaces', { free: o.freePlaces, capacity: o.capacity }) : this.l10n.t('offerFull')}`,
    ]);
    const offer = resolved.offer;
    return html`<div class="field">
        <label for=${providerId}>${this.l10n.t('provider')}</label>
        <select
          id=${providerId}
          ?disabled=${this.readonly}
          aria-describedby=${this.issuesByPointer.has(at('provider')) ? `${providerId}-msg` : nothing}
          @change=${(e: Event) => this.chooseProvider(i, (e.target as HTMLSelectElement).value)}
        >
          <option value="" ?selected=${current === ''}>
            ${m.provider && !current ? m.provider.name : this.l10n.t('providerNone')}
          </option>
          ${providerOptions.map(
            ([value, text]) => html`<option value=${value} ?selected=${value === current}>${text}</option>`,
          )}
        </select>
        ${resolved.provider?.uid ? html`<p class="hint">UID ${resolved.provider.uid}</p>` : nothing}
        ${this.messages(at('provider'), providerId)}
      </div>
      ${
        resolved.provider || resolved.unknownOffer
          ? this.select(at('offerId'), 'offer', offerOptions, {
              empty: this.l10n.t('offerNone'),
              onChange: (el) => this.chooseOffer(i, el.value),
              extra: offer
                ? html`<p part="capacity" class="capacity ${offer.freePlaces > 0 ? 'ok' : 'full'}">
                    ${
                      offer.freePlaces > 0
                        ? this.l10n.t('offerPlaces', { free: offer.freePlaces, capacity: offer.capacity })
                        : this.l10n.t('offerFullLong', { capacity: offer.capacity })
                    }
                  </p>`
                : undefined,
            })
          : nothing
      }`;
  }

  private renderMeasures(): TemplateResult {
    const measures = this.plan.measures ?? [];
    return this.section(
      'measures',
      html`${this.renderStrip()}${
        measures.length
          ? html`<ol class="items">
              ${measures.map((m, i) => {
                const at = (...t: (string | number)[]) => ptr('measures', i, ...t);
                const name = m.title?.trim() || this.l10n.t('untitled');
                const known = (MEASURE_STATUSES as readonly string[]).includes(m.status);
                const next: readonly string[] = known
                  ? MEASURE_STATUS_TRANSITIONS[m.status]
                  : MEASURE_STATUSES;
                const statusOptions = this.enumOptions(
                  MEASURE_STATUSES.filter((s) => s === m.status || next.includes(s)),
                  'measureStatus',
                );
                const ended = (ENDED_MEASURE_STATUSES as readonly string[]).includes(m.status);
                const showOutcome = ended || m.outcome !== undefined;
                const needsReason =
                  (OUTCOMES_NEEDING_REASON as readonly string[]).includes(m.outcome ?? '') ||
                  m.outcomeReason !== undefined;
                const { start, end } = {
                  start: m.actualStart ?? m.plannedStart,
                  end: m.actualEnd ?? m.plannedEnd,
                };
                const resolved = resolveProvider(m, this.providers);
                const providerName = resolved.unknownProvider
                  ? this.l10n.t('providerUnknown', { id: resolved.unknownProvider })
                  : (resolved.provider?.name ?? m.provider?.name);
                return html`<li part="row" class="item status-${m.status}">
                  <details ?open=${this.isOpen(m.id)}>
                    <summary id=${`summary-${fid(at())}`}>
                      <span class="title">${this.enumLabel('measureType', m.type)}: ${name}</span>
                      <span class="meta"
                        >${this.enumLabel('measureStatus', m.status)}${
                          start || end ? ` · ${this.dateText(start)}–${this.dateText(end)}` : ''
                        }${providerName ? ` · ${providerName}` : ''}</span
                      >
                      ${this.issueBadge(at())}
                    </summary>
                    <div class="grid">
                      ${this.select(at('type'), 'measureType', this.enumOptions(MEASURE_TYPES, 'measureType'))}
                      ${this.input(at('title'), 'title', 'text', true)}
                      ${this.select(at('status'), 'measureStatus', statusOptions, {
                        onChange: (el) => this.changeStatus(i, el),
                      })}
                      ${this.renderProvider(m, i)} ${this.input(at('plannedStart'), 'plannedStart', 'date')}
                      ${this.input(at('plannedEnd'), 'plannedEnd', 'date')}
                      ${this.input(at('actualStart'), 'actualStart', 'date')}
                      ${this.input(at('actualEnd'), 'actualEnd', 'date')}
                      ${this.input(at('pensumPercent'), 'pensum', 'number')}
                      ${this.input(at('cost', 'amountChf'), 'cost', 'number')}
                      ${this.select(
                        at('cost', 'tariffType'),
                        'tariffType',
                        this.enumOptions(TARIFF_TYPES, 'tariff'),
                        {
                          empty: this.l10n.t('none'),
                        },
                      )}
                      ${this.select(
                        at('cost', 'financing'),
                        'financing',
                        this.enumOptions(FINANCING_SOURCES, 'financing'),
                        { empty: this.l10n.t('none') },
                      )}
                      ${
                        showOutcome
                          ? this.select(
                              at('outcome'),
                              'outcome',
                              this.enumOptions(MEASURE_OUTCOMES, 'outcome'),
                              {
                                empty: this.l10n.t('outcomeNone'),
                              },
                            )
                          : nothing
                      }
                      ${
                        needsReason
                          ? html`<div class="wide">
                              ${this.input(at('outcomeReason'), 'outcomeReason', 'textarea', true)}
                            </div>`
                          : nothing
                      }
                      ${this.goalLinks(m.goalIds, i)} ${this.checkbox(at('certificate'), 'certificate')}
                      <div class="wide">${this.input(at('notes'), 'notes', 'textarea')}</div>
                      <div class="wide">
                        ${this.input(at('clientPerception'), 'clientPerception', 'textarea')}
                      </div>
                    </div>
                    ${this.documents({ kind: 'measure', id: m.id, pointer: at() }, m.documents)}
                    ${this.rowActions('/measures', i, measures.length, name)}
                  </details>
                </li>`;
              })}
            </ol>`
          : html`<p class="muted">${this.l10n.t('noMeasures')}</p>`
      }
      ${
        this.readonly
          ? nothing
          : html`<button type="button" class="add" @click=${() => this.addItem('measures')}>
              ${this.l10n.t('addMeasure')}
            </button>`
      }`,
      measures.length,
    );
  }

  private renderReviews(): TemplateResult {
    const reviews = this.plan.reviews ?? [];
    return this.section(
      'reviews',
      html`${
        reviews.length
          ? html`<ol class="items">
              ${reviews.map((r, i) => {
                const at = (...t: (string | number)[]) => ptr('reviews', i, ...t);
                const name = this.l10n.t('reviewOf', { date: this.dateText(r.date) || '?' });
                const decisions = Array.isArray(r.decisions) ? r.decisions.join('\n') : '';
                const decisionsId = fid(at('decisions'));
                return html`<li part="row" class="item">
                  <details ?open=${this.isOpen(r.id)}>
                    <summary id=${`summary-${fid(at())}`}>
                      <span class="title">${name}</span>
                      <span class="meta">${r.summary ? short(r.summary) : ''}</span>
                      ${this.issueBadge(at())}
                    </summary>
                    <div class="grid">
                      ${this.input(at('date'), 'reviewDate', 'date', true)}
                      ${this.input(at('nextDate'), 'nextDate', 'date')}
                      ${this.actorField(at('participants'), 'reviewParticipants')}
                      <div class="wide">${this.input(at('summary'), 'summary', 'textarea')}</div>
                      <div class="field wide">
                        <label for=${decisionsId}>${this.l10n.t('decisions')}</label>
                        <textarea
                          id=${decisionsId}
                          rows="3"
                          .value=${decisions}
                          ?readonly=${this.readonly}
                          @change=${(e: Event) => {
                            const lines = (e.target as HTMLTextAreaElement).value
                              .split('\n')
                              .map((l) => l.trim())
                              .filter(Boolean);
                            this.set(at('decisions'), lines.length ? lines : undefined);
                          }}
                        ></textarea>
                      </div>
                    </div>
                    ${this.rowActions('/reviews', i, reviews.length, name)}
                  </details>
                </li>`;
              })}
            </ol>`
          : html`<p class="muted">${this.l10n.t('noReviews')}</p>`
      }
      ${
        this.readonly
          ? nothing
          : html`<button type="button" class="add" @click=${() => this.addItem('reviews')}>
              ${this.l10n.t('addReview')}
            </button>`
      }`,
      reviews.length,
    );
  }

  private renderConsent(): TemplateResult {
    const consent = this.plan.consent;
    if (!consent)
      return this.section(
        'consent',
        html`<p class="muted">${this.l10n.t('noConsent')}</p>
          ${
            this.readonly
              ? nothing
              : html`<button
                  type="button"
                  class="add"
                  @click=${() => {
                    this.apply(
                      [{ op: 'replace', pointer: '/consent', value: { signedOn: this.currentToday ?? '' } }],
                      {
                        label: this.l10n.t('section.consent'),
                      },
                    );
                    this.focusAfterUpdate = fid('/consent/signedOn');
                  }}
                >
                  ${this.l10n.t('addConsent')}
                </button>`
          }`,
      );
    const sharing = consent.dataSharing ?? [];
    return this.section(
      'consent',
      html`<div class="grid">
          ${this.input('/consent/signedOn', 'signedOn', 'date', true)}
          ${this.input('/consent/language', 'consentLanguage')}
          ${this.checkbox('/consent/interpreter', 'interpreter')}
          ${this.checkbox('/consent/rightsAndDutiesConfirmed', 'rightsAndDuties')}
        </div>
        <h3>${this.l10n.t('dataSharing')}</h3>
        ${
          sharing.length
            ? html`<ol class="items">
                ${sharing.map((d, i) => {
                  const at = (...t: (string | number)[]) => ptr('consent', 'dataSharing', i, ...t);
                  const name = d.recipient || this.l10n.t('untitled');
                  return html`<li part="row" class="item flat">
                    <div class="grid">
                      ${this.input(at('recipient'), 'recipient', 'text', true)}
                      ${this.input(at('scope'), 'scope', 'text', true)}
                      ${this.input(at('consentedOn'), 'consentedOn', 'date')}
                      ${this.input(at('validUntil'), 'validUntil', 'date')}
                    </div>
                    ${this.rowActions('/consent/dataSharing', i, sharing.length, name)}
                  </li>`;
                })}
              </ol>`
            : html`<p class="muted">${this.l10n.t('noRecipients')}</p>`
        }
        ${
          this.readonly
            ? nothing
            : html`<button
                type="button"
                class="add"
                @click=${() => {
                  this.apply(
                    [
                      {
                        op: 'add',
                        pointer: ptr('consent', 'dataSharing', sharing.length),
                        value: {
                          recipient: '',
                          scope: '',
                          ...(this.currentToday ? { consentedOn: this.currentToday } : {}),
                        },
                      },
                    ],
                    { label: this.l10n.t('recipient') },
                  );
                  this.focusAfterUpdate = fid(ptr('consent', 'dataSharing', sharing.length, 'recipient'));
                }}
              >
                ${this.l10n.t('addRecipient')}
              </button>`
        }`,
    );
  }

  protected override render(): TemplateResult {
    const errors = this.issues.filter((i) => i.severity === 'error').length;
    const warnings = this.issues.length - errors;
    const renderers: Record<PlanSection, () => TemplateResult> = {
      plan: () => this.renderPlan(),
      goals: () => this.renderGoals(),
      measures: () => this.renderMeasures(),
      reviews: () => this.renderReviews(),
      consent: () => this.renderConsent(),
      history: () => this.renderHistory(),
    };
    const last = this.undoStack[this.undoStack.length - 1];
    return html`<div part="base" role="region" aria-label=${this.label ?? this.l10n.t('label')}>
      <div part="toolbar" class="toolbar">
        ${
          this.readonly
            ? nothing
            : html`<button
                type="button"
                id="undo"
                aria-disabled=${last ? 'false' : 'true'}
                @click=${() => this.undo()}
              >
                ${last?.label ? this.l10n.t('undoWhat', { what: last.label }) : this.l10n.t('undo')}
              </button>`
        }
        <p class="summary">
          ${
            errors || warnings
              ? html`${this.l10n.t('errorCount', { n: errors })},
                ${this.l10n.t('warningCount', { n: warnings })}`
              : this.l10n.t('noIssues')
          }
        </p>
        <p class="announce" role="status">${this.announcement}</p>
      </div>
      ${(this.sections ?? PLAN_SECTIONS).filter((s) => s in renderers).map((s) => renderers[s]())}
    </div>`;
  }
}
