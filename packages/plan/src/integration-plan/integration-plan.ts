import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextConsumer } from '@lit/context';
import {
  isCalendarDate,
  todayIn,
  type ActorRef,
  type CalendarDate,
  type Case,
  type DocumentRef,
  type MeasureStatus,
  type Provider,
} from '@ias-kit/core';
import { getAt, isJsonObject, joinPointer } from '@ias-kit/core/schema';
import type { FieldError } from '@ias-kit/core/schema';
import {
  baseStyles,
  caseContext,
  FormAssociatedController,
  IasElement,
  LocalizeController,
  todayContext,
} from '@ias-kit/ui';
import { applyOps, type Editor, type Op } from '../model/edit.js';
import {
  actorsAt,
  actorsFromNames,
  FIRST_FIELD,
  newItem,
  offerOps,
  providerOps,
  typedValue,
  type ListName,
} from '../model/inputs.js';
import { renderConsent } from './consent-view.js';
import { renderGoals } from './goals-view.js';
import { renderHistory } from './history-view.js';
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
  type PlanSection,
  type PlanValue,
} from './integration-plan.types.js';
import { renderMeasures } from './measures-view.js';
import { renderReviews } from './reviews-view.js';
import { checkPlan } from './rules.js';
import { renderStatus } from './status-view.js';
import type { PlanEdits, PlanView } from './view.js';
import { fid, ptr } from './view-helpers.js';

const EMPTY_PLAN = {
  status: 'entwurf',
  version: 1,
  goals: [],
  measures: [],
  reviews: [],
} as unknown as PlanValue;
const isTextTarget = (el: EventTarget | null): boolean =>
  el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && el.type !== 'checkbox');

/** The renderer of each section (one module each). */
const SECTIONS: Record<PlanSection, (v: PlanView) => TemplateResult> = {
  plan: renderStatus,
  goals: renderGoals,
  measures: renderMeasures,
  reviews: renderReviews,
  consent: renderConsent,
  history: renderHistory,
};

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

  /** Overrides of any localized text, by message key (`PlanKey`: the keys of `l10n/en.ts`). */
  @property({ attribute: false }) strings: Partial<Record<PlanKey, string>> = {};

  @state() private announcement = '';
  @state() private undoStack: { ops: Op[]; label: string }[] = [];

  private readonly l10n = new LocalizeController(this, planMessages, () => this.strings);
  private readonly caseConsumer = new ContextConsumer(this, { context: caseContext, subscribe: true });
  private readonly todayConsumer = new ContextConsumer(this, { context: todayContext, subscribe: true });
  /** Only for the `invalid` custom state: the plan takes no part in a host `<form>`. */
  private readonly formControl = new FormAssociatedController(this);
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

  private get currentEntryDate(): CalendarDate | undefined {
    const d = this.entryDate ?? this.currentCase?.entryDate;
    return isCalendarDate(d) ? d : undefined;
  }

  private findings(severity: 'error' | 'warning'): FieldError[] {
    return this.issues
      .filter((i) => i.severity === severity)
      .map((i) => ({
        pointer: i.pointer,
        keyword: i.code,
        message: this.l10n.t(`issue.${i.code}`, i.params),
        params: i.params,
        schemaPointer: '',
      }));
  }

  private check(plan: PlanValue): PlanIssue[] {
    return checkPlan(plan, {
      providers: this.providers ?? [],
      entryDate: this.currentEntryDate,
      today: this.currentToday,
    });
  }

  protected override willUpdate(): void {
    const current = this.plan;
    if (current !== this.lastEmitted && current !== this.lastSeen) this.undoStack = [];
    this.lastSeen = current;
    this.issues = this.check(current);
    this.issuesByPointer = new Map();
    for (const issue of this.issues) {
      const list = this.issuesByPointer.get(issue.pointer) ?? [];
      list.push(issue);
      this.issuesByPointer.set(issue.pointer, list);
    }
    this.formControl.setState('invalid', !this.valid);
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
    this.issues = this.check(plan);
    this.emit(new IasPlanChangeEvent(plan, this.valid, this.errors, this.warnings));
  }

  /** The edits the section views ask for, each turned into `Op`s and applied. */
  private readonly edits: PlanEdits = {
    set: (pointer, value) => this.apply([{ op: 'replace', pointer, value }]),
    text: (pointer, kind, raw) => this.edits.set(pointer, typedValue(kind, raw)),
    actors: (pointer, text) =>
      this.edits.set(pointer, actorsFromNames(this.plan, actorsAt(this.plan, pointer), text)),
    add: (list: ListName) => {
      const at = ptr(list, (this.plan[list] ?? []).length);
      const item = newItem(this.plan, list, this.currentToday);
      this.opened.add(item.id);
      this.apply([{ op: 'add', pointer: at, value: item }], { label: this.l10n.t(`new.${list}`) });
      this.announcement = this.l10n.t('added', { what: this.l10n.t(`new.${list}`) });
      this.focusAfterUpdate = fid(joinPointer(at, FIRST_FIELD[list]));
    },
    addConsent: () => {
      const value = { signedOn: this.currentToday ?? '' };
      this.apply([{ op: 'replace', pointer: '/consent', value }], { label: this.l10n.t('section.consent') });
      this.focusAfterUpdate = fid('/consent/signedOn');
    },
    addRecipient: () => {
      const at = ptr('consent', 'dataSharing', this.plan.consent?.dataSharing?.length ?? 0);
      const today = this.currentToday;
      const value = { recipient: '', scope: '', ...(today ? { consentedOn: today } : {}) };
      this.apply([{ op: 'add', pointer: at, value }], { label: this.l10n.t('recipient') });
      this.focusAfterUpdate = fid(joinPointer(at, 'recipient'));
    },
    remove: (pointer, name) => {
      this.apply([{ op: 'remove', pointer }], { label: name });
      this.announcement = this.l10n.t('removed', { what: name });
      this.focusAfterUpdate = 'undo';
    },
    move: (list, from, to, direction) => {
      const size = (getAt(this.plan, list) as unknown[] | undefined)?.length ?? 0;
      if (to < 0 || to >= size) return;
      this.apply([{ op: 'move', from: joinPointer(list, from), pointer: joinPointer(list, to) }], {
        label: this.l10n.t('moved'),
      });
      const atEdge = to === 0 || to === size - 1;
      const keep = atEdge ? (direction === 'up' ? 'down' : 'up') : direction;
      this.focusAfterUpdate = `move-${keep}-${fid(joinPointer(list, to))}`;
      this.announcement = this.l10n.t('movedTo', { n: to + 1, total: size });
    },
    status: (index, select) => {
      const measure = this.plan.measures[index];
      if (!measure) return;
      const to = select.value as MeasureStatus;
      if (!this.emit(new IasMeasureStatusChangeEvent(measure, ptr('measures', index), to))) {
        select.value = measure.status;
        return;
      }
      this.edits.set(ptr('measures', index, 'status'), to);
      if (to === 'abgeschlossen' && !measure.outcome)
        this.focusAfterUpdate = fid(ptr('measures', index, 'outcome'));
    },
    provider: (index, id) => {
      const measure = this.plan.measures[index];
      const ops = measure && providerOps(measure, ptr('measures', index), this.providers, id);
      if (ops) this.apply(ops, { label: this.l10n.t('provider') });
    },
    offer: (index, offerId) => {
      const measure = this.plan.measures[index];
      if (!measure) return;
      this.apply(offerOps(measure, ptr('measures', index), this.providers, offerId), {
        label: this.l10n.t('offer'),
      });
    },
    attach: (target, files) => {
      for (const file of files ?? []) {
        const respond = (ref: DocumentRef | Promise<DocumentRef>) =>
          void Promise.resolve(ref).then((r) => {
            if (isJsonObject(r)) this.addDocument(target, r);
          });
        this.emit(new IasDocumentAttachEvent(file, target, respond));
      }
    },
    showMeasure: (id) => {
      const index = (this.plan.measures ?? []).findIndex((m) => m.id === id);
      if (index < 0) return;
      this.opened.add(id);
      this.focusAfterUpdate = `summary-${fid(ptr('measures', index))}`;
      this.requestUpdate();
    },
  };

  // ---- rendering -----------------------------------------------------------------------------

  /** What the section views read (rebuilt each render) and the edits they call. */
  private view(): PlanView {
    return {
      plan: this.plan,
      readonly: this.readonly,
      l10n: this.l10n,
      issues: this.issues,
      issuesByPointer: this.issuesByPointer,
      providers: this.providers ?? [],
      today: this.currentToday,
      entryDate: this.currentEntryDate,
      case: this.currentCase,
      isOpen: (id) => this.opened.has(id) || (this.expanded ?? []).includes(id),
      edit: this.edits,
    };
  }

  protected override render(): TemplateResult {
    const errors = this.issues.filter((i) => i.severity === 'error').length;
    const warnings = this.issues.length - errors;
    const last = this.undoStack[this.undoStack.length - 1];
    const view = this.view();
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
      ${(this.sections ?? PLAN_SECTIONS).filter((s) => s in SECTIONS).map((s) => SECTIONS[s](view))}
    </div>`;
  }
}
