import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  formatDate,
  formatPartialDate,
  isCalendarDate,
  isPartialDate,
  pickText,
  todayIn,
  type ActorRef,
  type AssessmentSnapshot,
  type CalendarDate,
} from '@ias-kit/core';
import type { SchemaValidator } from '@ias-kit/core/schema';
import type { ErrorSummaryEntry, IasErrorSelectEvent, IasErrorSummary, IasForm } from '@ias-kit/form';
import type { IasChangeEvent } from '@ias-kit/ui';
import '@ias-kit/form/define.js';
import '@ias-kit/ui/button/define.js';
import { IasElement, LocalizeController, baseStyles, languageName } from '@ias-kit/ui';
import { assessmentMessages, type AssessmentKey } from './assessment.l10n.js';
import { assessmentStyles } from './assessment.styles.js';
import {
  IasAssessmentChangeEvent,
  IasAssessmentCompleteEvent,
  IasAssessmentPrintRequestEvent,
  IasAssessmentReopenRequestEvent,
} from './assessment.events.js';
import { type AssessmentMode, type AssessmentPerson, type AssessmentProgress } from './assessment.types.js';
import { accessOf, changesOf } from '@ias-kit/core/access';
import {
  SKILLS,
  canRead,
  isObj,
  languageHistory,
  monthsBetween,
  previousOf,
  progressOf,
  resolveSnapshot,
  schemaAt,
  sectionView,
  sectionsOf,
  title,
  type Json,
  type Resolved,
} from './model.js';
import { enumLabel, profileOf, renderProfile } from './profile.js';
import { displayValue, renderFields } from './report.js';
import { checkRows, finaliseErrors } from './finalise.js';

/** Validators compiled at run time, per effective schema (template + overlay). */
const compiled = new Map<string, Promise<SchemaValidator>>();

function compile(key: string, schema: Json): Promise<SchemaValidator> {
  let p = compiled.get(key);
  if (!p) {
    p = import('@ias-kit/core/compile').then(({ compileSchema }) => compileSchema(schema, { strict: 'log' }));
    compiled.set(key, p);
    p.catch(() => compiled.delete(key));
  }
  return p;
}

/**
 * A SEM potential-assessment instrument (Kurzassessment, Praxisassessment, Kompetenzerfassung or any
 * template of that shape) for one person: section navigation, progress of required fields, draft and
 * final state, the person's history, a graphical profile and a printable A4 extract.
 *
 * - Data in, events out: set `templates` (every template version the host keeps), `overlays`, `value`
 *   (an `AssessmentSnapshot`) and `history` (the person's earlier snapshots). The snapshot names the
 *   template `$id`, version and overlay it was made with, so an old snapshot opens with its own version.
 * - Builds on one `<ias-form>`: the sections not shown are hidden, never dropped, so unknown and hidden
 *   data come back unchanged in every `ias-change`.
 * - Roles (`user-role`): a template or field the role may not read (`x-ias-access`) is not rendered. An
 *   `external_office` sees only the instrument it fills (the Praxisassessment), not the rest of the file.
 *
 * @tagname ias-assessment
 * @summary SEM assessment instrument with sections, progress, drafts, history, profile chart and print view.
 * @since 0.1
 * @status experimental
 *
 * @event {IasAssessmentChangeEvent} ias-change - After every edit. Fields: `value` (the whole snapshot, also as `snapshot`), `valid`, `errors`, `progress: { filled, total, sections }`.
 * @event {IasAssessmentCompleteEvent} ias-assessment-complete - When the user confirms finalising a valid assessment (cancelable: the host may veto, it stays a draft). Fields: `snapshot` (status `final`), `date`, `assessor`.
 * @event {IasAssessmentPrintRequestEvent} ias-assessment-print-request - "Drucken" after finalising (cancelable; unless cancelled the element switches to `mode="print"`). Fields: `snapshot`.
 * @event {IasAssessmentReopenRequestEvent} ias-assessment-reopen-request - "Neue Version beginnen" after finalising: the host stores `draft` (a copy as draft, dated today) as a new snapshot and sets it as `value`. Fields: `snapshot`, `draft`.
 * @event {IasSchemaErrorEvent} ias-schema-error - From the inner form, when a template is broken. Fields: `pointer`, `code`, `message`.
 *
 * @csspart base - The wrapper.
 * @csspart header - Instrument title, person facts, state and progress.
 * @csspart state - The draft / final badge.
 * @csspart progress - The required-fields progress.
 * @csspart nav - The section navigation.
 * @csspart section - The current section, summary or history.
 * @csspart profile - The graphical summary.
 * @csspart bar - A bar of the profile chart.
 * @csspart triage - The recommendation beside the profile.
 * @csspart report - The printable extract (`mode="print"`).
 * @csspart finalise - The finalise button (opens the check-your-answers step).
 * @csspart error-summary - The `<ias-error-summary>` of every section, after an attempt to finalise.
 * @csspart check - The check-your-answers step.
 * @csspart confirm - The button that finalises for good.
 * @csspart done - The status message after finalising (focused).
 *
 * @cssproperty --ias-assessment-nav-width - Width of the section navigation (default `14rem`).
 * @cssproperty --ias-assessment-bar-color - Colour of the profile bars (default the primary colour).
 */
export class IasAssessment extends IasElement {
  static override styles = [baseStyles, assessmentStyles];

  /** Every template version the host keeps (JSON Schemas with a versioned `$id`, e.g. `…/sem-kurzassessment@1.1.0`). */
  @property({ attribute: false }) templates: unknown[] = [];

  /** Canton overlays the host keeps; a snapshot's `overlayId` picks one. */
  @property({ attribute: false }) overlays: unknown[] = [];

  /** The assessment shown and edited: an `AssessmentSnapshot` (`templateId`, `templateVersion`, `overlayId`, `date`, `assessor`, `status`, `data`). */
  @property({ attribute: false }) value?: AssessmentSnapshot;

  /** The person's earlier snapshots (any instrument, any template version), for the history. */
  @property({ attribute: false }) history: AssessmentSnapshot[] = [];

  /** The person, for the header and for months since entry; otherwise taken from the snapshot's `person` section. */
  @property({ attribute: false }) person?: AssessmentPerson;

  /** Precompiled (CSP-safe) validators by `<template $id>` or `<template $id>+<overlay $id>`; others are compiled at run time. */
  @property({ attribute: false }) validators: Record<string, SchemaValidator> = {};

  /** Language of labels and messages: `de`, `fr`, `it` or `en`; otherwise the nearest `lang` attribute. */
  @property() locale?: string;

  /** The user's role, matched against `x-ias-access` (`case_manager`, `social_worker`, `external_office`). HTML attribute `user-role`. */
  @property({ attribute: 'user-role' }) userRole: string | null = null;

  /** `edit` (default) shows the form; `print` lays the assessment out as an A4 report. */
  @property({ reflect: true }) mode: AssessmentMode = 'edit';

  /** The date used when finalising (`YYYY-MM-DD`); default today in Europe/Zurich. */
  @property() today?: CalendarDate;

  /** Who finalises; default the snapshot's `assessor`. */
  @property({ attribute: false }) assessor?: ActorRef;

  /** The view shown: a section name of the template, `summary` or `history`; default the first section. */
  @property() view?: string;

  /** Overrides of the element's own texts (labels, messages), by key; see `AssessmentKey`. Template texts come from the template. */
  @property({ attribute: false }) strings: Partial<Record<AssessmentKey, string>> = {};

  @state() private message?: { text: string; alert: boolean };
  /** `check`: the check-your-answers step is shown instead of a section; `done`: just finalised. */
  @state() private stage: 'edit' | 'check' | 'done' = 'edit';
  @state() private summaryErrors: ErrorSummaryEntry[] = [];
  private focusTarget?: string;
  @state() private validator?: SchemaValidator;
  @state() private checks = new Map<string, { valid: boolean; n: number; version: string }>();

  private readonly l10n = new LocalizeController(this, assessmentMessages, () => this.strings);
  private resolved?: Resolved;
  private resolvedFor = '';
  private viewSchema?: Json;
  private viewFor = '';
  private focusView = false;

  private get loc() {
    return this.l10n.locale;
  }

  // ---- data ----------------------------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues<this>): void {
    const v = this.value;
    const resolveKey = v ? `${v.templateId}@${v.templateVersion}+${v.overlayId ?? ''}` : '';
    if (changed.has('templates') || changed.has('overlays') || resolveKey !== this.resolvedFor) {
      this.resolvedFor = resolveKey;
      this.resolved = v ? resolveSnapshot(v, this.templates, this.overlays) : undefined;
      this.loadValidator();
    } else if (changed.has('validators')) {
      this.loadValidator();
    }
    if (
      changed.has('history') ||
      changed.has('templates') ||
      changed.has('overlays') ||
      changed.has('userRole')
    )
      this.checkHistory();
    const sections = this.sections;
    const view = this.currentView(sections);
    const viewKey = `${resolveKey}|${view}`;
    if (
      this.resolved?.schema &&
      (viewKey !== this.viewFor || changed.has('templates') || changed.has('overlays'))
    ) {
      this.viewFor = viewKey;
      this.viewSchema = sections.includes(view) ? sectionView(this.resolved.schema, view) : undefined;
    }
  }

  private loadValidator(): void {
    const r = this.resolved;
    this.validator = undefined;
    if (!r?.schema) return;
    const given = this.validators[r.key];
    if (given) {
      this.validator = given;
      return;
    }
    const key = r.key;
    compile(key, r.schema).then(
      (v) => {
        if (this.resolved?.key === key) this.validator = v;
      },
      (e: unknown) => {
        this.resolved = { key, errors: [{ pointer: '', code: 'schema.invalid', message: String(e) }] };
        this.requestUpdate();
      },
    );
  }

  /** Validates each readable history snapshot against its own template version and overlay. */
  private checkHistory(): void {
    const checks = new Map<string, { valid: boolean; n: number; version: string }>();
    this.checks = checks;
    for (const h of this.history) {
      const r = resolveSnapshot(h, this.templates, this.overlays);
      if (!r.schema || !canRead(r.template, this.userRole)) continue;
      const given = this.validators[r.key];
      void (given ? Promise.resolve(given) : compile(r.key, r.schema)).then((v) => {
        if (this.checks !== checks) return;
        const result = v.validate(h.data);
        checks.set(h.id, { valid: result.valid, n: result.errors.length, version: h.templateVersion });
        this.requestUpdate();
      });
    }
  }

  /** Waits for rendering and for the validator (compiled on demand). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    const key = this.resolved?.key;
    const pending = key && !this.validator && this.resolved?.schema ? compiled.get(key) : undefined;
    if (pending) {
      await pending.catch(() => undefined);
      result = await super.getUpdateComplete();
    }
    const form = this.form;
    if (form) {
      await form.updateComplete;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  private get form(): IasForm | null {
    return this.renderRoot?.querySelector('ias-form') ?? null;
  }

  private get schema(): Json | undefined {
    return this.resolved?.schema;
  }

  private get data(): Json {
    return isObj(this.value?.data) ? this.value.data : {};
  }

  /** The template's sections this role may read. */
  get sections(): string[] {
    return this.schema ? sectionsOf(this.schema, this.userRole) : [];
  }

  /** Required fields filled, overall and per section, for this role. */
  get progress(): AssessmentProgress {
    return progressOf(this.schema, this.data, this.userRole);
  }

  private currentView(sections = this.sections): string {
    const extra = this.extraViews();
    const v = this.view;
    if (v && (sections.includes(v) || extra.includes(v))) return v;
    return sections[0] ?? extra[0] ?? '';
  }

  private extraViews(): string[] {
    const out: string[] = [];
    if (this.profile().rows.length) out.push('summary');
    if (this.readableHistory().length) out.push('history');
    return out;
  }

  private readableHistory(): AssessmentSnapshot[] {
    return this.history.filter((h) => {
      const t = this.templates.find((x) => isObj(x) && x.$id === `${h.templateId}@${h.templateVersion}`);
      return t !== undefined && canRead(t, this.userRole) && h.id !== this.value?.id;
    });
  }

  private profile() {
    return this.schema
      ? profileOf(this.schema, this.data, this.loc, (k) => this.l10n.t(k))
      : { rows: [], reasons: [] };
  }

  private yesNo = (b: boolean) => this.l10n.t(b ? 'yes' : 'no');

  // ---- actions -------------------------------------------------------------------------------------

  private go(view: string): void {
    this.view = view;
    this.message = undefined;
    if (this.stage !== 'edit') this.stage = 'edit';
    this.focusView = true;
  }

  private onFormChange(e: IasChangeEvent): void {
    e.stopPropagation();
    const current = this.value;
    if (!current || !isObj(e.value)) return;
    const snapshot: AssessmentSnapshot = { ...current, data: e.value };
    this.value = snapshot;
    this.message = undefined;
    if (this.summaryErrors.length) this.summaryErrors = this.errorsNow();
    this.emit(
      new IasAssessmentChangeEvent({
        value: snapshot,
        valid: e.valid,
        errors: e.errors,
        progress: progressOf(this.schema, e.value, this.userRole),
      }),
    );
  }

  /** The errors of every readable section, as error-summary entries. */
  private errorsNow(): ErrorSummaryEntry[] {
    const v = this.value;
    const schema = this.schema;
    if (!v || !schema || !this.validator) return [];
    return finaliseErrors(schema, this.validator, this.data, this.userRole, this.loc, this.sections);
  }

  /**
   * The first step of finalising (the "Abschliessen" button): validates every section. With errors, shows
   * the error summary (one link per field, grouped by section) and focuses it; otherwise opens the
   * check-your-answers step, whose confirm button calls `finalise()`. Resolves to whether the step opened.
   */
  async review(): Promise<boolean> {
    const v = this.value;
    if (!v || !this.validator || v.status === 'final') return false;
    const errors = this.errorsNow();
    this.message = undefined;
    this.summaryErrors = errors;
    if (errors.length) {
      this.stage = 'edit';
      await this.updateComplete;
      await this.form?.validate();
      const summary = this.renderRoot.querySelector<IasErrorSummary>('ias-error-summary');
      await summary?.updateComplete;
      summary?.focus();
      return false;
    }
    this.stage = 'check';
    this.focusTarget = '#check-title';
    return true;
  }

  /**
   * Finalises the assessment: validates all sections; when valid, fires `ias-assessment-complete` and (unless it was
   * cancelled) sets `status: 'final'`, the date and the assessor, then focuses a status message that says
   * what happened and what comes next. With errors, shows the error summary. Resolves to whether it was finalised.
   */
  async finalise(): Promise<boolean> {
    const v = this.value;
    const validator = this.validator;
    if (!v || !validator || v.status === 'final') return false;
    const date = this.today ?? todayIn();
    const assessor = this.assessor ?? v.assessor;
    if (!isCalendarDate(date) || !assessor?.id) {
      this.message = { text: this.l10n.t('noAssessor'), alert: true };
      return false;
    }
    if (this.errorsNow().length) {
      await this.review();
      return false;
    }
    const snapshot: AssessmentSnapshot = { ...v, status: 'final', date, assessor };
    if (!this.emit(new IasAssessmentCompleteEvent({ snapshot, date, assessor }))) {
      this.message = { text: this.l10n.t('vetoed'), alert: true };
      this.focusTarget = '.message';
      return false;
    }
    this.value = snapshot;
    this.summaryErrors = [];
    this.message = undefined;
    this.stage = 'done';
    this.focusTarget = '[part="done"]';
    return true;
  }

  private print(): void {
    const v = this.value;
    if (v && this.emit(new IasAssessmentPrintRequestEvent(v))) this.mode = 'print';
  }

  private reopen(): void {
    const v = this.value;
    if (!v) return;
    const draft: AssessmentSnapshot = {
      ...structuredClone(v),
      status: 'draft',
      date: this.today ?? todayIn(),
      ...(this.assessor ? { assessor: this.assessor } : {}),
    };
    this.emit(new IasAssessmentReopenRequestEvent(v, draft));
  }

  /** Follows an error-summary link: opens the field's section, shows its messages and focuses its control. */
  private async onErrorSelect(e: IasErrorSelectEvent): Promise<void> {
    e.stopPropagation();
    const section = e.pointer.split('/')[1] ?? '';
    if (this.currentView() !== section || this.stage !== 'edit') {
      this.view = section;
      this.stage = 'edit';
      this.message = undefined;
    }
    await this.updateComplete;
    const form = this.form;
    if (!form) return;
    form.validate();
    await form.updateComplete;
    await form.focusField(e.pointer);
  }

  private onNavKey(e: KeyboardEvent): void {
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('nav button')];
    const i = buttons.indexOf(e.target as HTMLButtonElement);
    if (i < 0) return;
    const next =
      e.key === 'ArrowDown' || e.key === 'ArrowRight'
        ? (i + 1) % buttons.length
        : e.key === 'ArrowUp' || e.key === 'ArrowLeft'
          ? (i - 1 + buttons.length) % buttons.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? buttons.length - 1
              : -1;
    if (next < 0) return;
    e.preventDefault();
    buttons.forEach((b, j) => (b.tabIndex = j === next ? 0 : -1));
    buttons[next]!.focus();
  }

  protected override updated(): void {
    if (this.focusView) {
      this.focusView = false;
      this.renderRoot.querySelector<HTMLElement>('#view-title')?.focus();
      // While the error summary is up, the opened section shows its messages too.
      if (this.summaryErrors.length) void this.form?.updateComplete.then(() => this.form?.validate());
    }
    if (this.focusTarget) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.focusTarget);
      this.focusTarget = undefined;
      target?.focus();
    }
  }

  // ---- rendering -----------------------------------------------------------------------------------

  private personFacts(): { name?: string; rows: [string, string][] } {
    const p = isObj(this.data.person) ? this.data.person : {};
    const given = this.person;
    const name =
      given?.name ??
      ([p.firstName, p.officialName].filter((x) => typeof x === 'string').join(' ') || undefined);
    // Facts beyond the name come from the file's person block: only for roles that may read it.
    const fileReadable = this.templates.some(
      (t) => isObj(t) && isObj(t.properties) && isObj(t.properties.person) && canRead(t, this.userRole),
    );
    if (!fileReadable) return { ...(name ? { name } : {}), rows: [] };
    const birth = given?.birthDate ?? p.birthDate;
    const status = given?.status ?? p.status;
    const entry = this.entryDate();
    const statusNode = this.templates.map((t) => schemaAt(t, '/person/status')).find((n) => n !== undefined);
    const rows: [string, string][] = [];
    if (typeof birth === 'string' && isPartialDate(birth))
      rows.push([this.l10n.t('birthDate'), formatPartialDate(birth)]);
    if (typeof status === 'string')
      rows.push([this.l10n.t('status'), enumLabel(statusNode, status, this.loc)]);
    if (entry) rows.push([this.l10n.t('entryDate'), formatDate(entry)]);
    return { ...(name ? { name } : {}), rows };
  }

  private entryDate(): CalendarDate | undefined {
    const p = isObj(this.data.person) ? this.data.person : {};
    const e = this.person?.entryDate ?? p.entryDate;
    return typeof e === 'string' && isCalendarDate(e) ? e : undefined;
  }

  private overlayTitle(id: string | undefined): string | undefined {
    if (!id) return undefined;
    const o = this.overlays.find((x) => isObj(x) && x.$id === id);
    return (isObj(o) ? pickText(o.title as never, this.loc) : undefined) ?? id;
  }

  private renderHeader(schema: Json, v: AssessmentSnapshot, progress?: AssessmentProgress): TemplateResult {
    const person = this.personFacts();
    const facts: [string, string][] = [
      ...(person.name ? ([[this.l10n.t('person'), person.name]] as [string, string][]) : []),
      ...person.rows,
      ...(isCalendarDate(v.date) ? ([[this.l10n.t('date'), formatDate(v.date)]] as [string, string][]) : []),
      [this.l10n.t('assessor'), v.assessor?.name ?? v.assessor?.id ?? ''],
      [this.l10n.t('template'), `${title(schema, this.loc)} ${v.templateVersion}`],
      ...(v.overlayId
        ? ([[this.l10n.t('overlay'), this.overlayTitle(v.overlayId) ?? '']] as [string, string][])
        : []),
    ];
    return html`<div part="header" class="header">
      <div class="title-row">
        <h2 class="title">${title(schema, this.loc)}</h2>
        <span part="state" class="state ${v.status}"
          >${this.l10n.t(v.status === 'final' ? 'final' : 'draft')}</span
        >
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
                >${this.l10n.t('progress', { filled: progress.filled, total: progress.total })}</span
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

  protected override render(): TemplateResult {
    const v = this.value;
    if (!v) return html`<div part="base"></div>`;
    const r = this.resolved;
    if (!r?.schema) {
      return html`<div part="base" class="error" role="alert">
        <p><strong>${this.l10n.t('templateError')}</strong></p>
        <ul>
          ${(r?.errors ?? []).map((e) => html`<li><code>${e.pointer || '/'}</code> ${e.message}</li>`)}
        </ul>
      </div>`;
    }
    const schema = r.schema;
    if (!canRead(schema, this.userRole)) {
      return html`<div part="base"><p class="no-access" role="status">${this.l10n.t('noAccess')}</p></div>`;
    }
    return this.mode === 'print' ? this.renderReport(schema, v) : this.renderEdit(schema, v);
  }

  private renderEdit(schema: Json, v: AssessmentSnapshot): TemplateResult {
    const sections = this.sections;
    const progress = this.progress;
    const views = [...sections, ...this.extraViews()];
    const view = this.currentView(sections);
    const index = views.indexOf(view);
    const writable = accessOf(schema).canWrite('', this.userRole);
    const final = v.status === 'final';
    const label = (name: string) =>
      name === 'summary' || name === 'history'
        ? this.l10n.t(name)
        : title(isObj(schema.properties) ? schema.properties[name] : undefined, this.loc, name);
    const checking = this.stage === 'check' && !final;
    return html`<div part="base" class="base">
      ${this.renderHeader(schema, v, final ? undefined : progress)}
      <ias-error-summary
        part="error-summary"
        .errors=${final ? [] : this.summaryErrors}
        .locale=${this.loc}
        @ias-error-select=${this.onErrorSelect}
      ></ias-error-summary>
      <div class="layout">
        <nav part="nav" aria-label=${this.l10n.t('sections')} @keydown=${this.onNavKey}>
          <ol>
            ${views.map((name, i) => {
              const p = progress.sections[name];
              const done = p && p.total > 0 && p.filled === p.total;
              return html`<li>
                <button
                  type="button"
                  tabindex=${i === index ? 0 : -1}
                  aria-current=${i === index && !checking ? 'step' : nothing}
                  class=${done ? 'done' : ''}
                  @click=${() => this.go(name)}
                >
                  <span class="nav-label">${label(name)}</span>
                  ${
                    p && p.total && !final
                      ? html`<span class="count" aria-hidden="true">${p.filled}/${p.total}</span
                          ><span class="visually-hidden">(${this.l10n.t('sectionProgress', p)})</span>`
                      : nothing
                  }
                </button>
              </li>`;
            })}
          </ol>
        </nav>
        ${checking ? this.renderCheck(schema) : this.renderView(schema, v, view, views, index, label, writable, final)}
      </div>
    </div>`;
  }

  private renderView(
    schema: Json,
    v: AssessmentSnapshot,
    view: string,
    views: string[],
    index: number,
    label: (name: string) => string,
    writable: boolean,
    final: boolean,
  ): TemplateResult {
    return html`<section part="section" class="view" aria-labelledby="view-title">
      ${this.stage === 'done' && final ? this.renderDone(schema, v) : nothing}
      <h3 id="view-title" tabindex="-1">${label(view)}</h3>
      ${
        this.message
          ? html`<p
              class="message ${this.message.alert ? 'alert' : ''}"
              role=${this.message.alert ? 'alert' : 'status'}
            >
              ${this.message.text}
            </p>`
          : nothing
      }
      ${
        view === 'summary'
          ? this.renderSummary()
          : view === 'history'
            ? this.renderHistory(v)
            : this.validator && this.viewSchema
              ? html`<ias-form
                  .schema=${this.viewSchema}
                  .validator=${this.validator}
                  .value=${v.data}
                  .locale=${this.loc}
                  .userRole=${this.userRole}
                  .label=${label(view)}
                  external-summary
                  ?readonly=${final || !writable}
                  @ias-change=${this.onFormChange}
                ></ias-form>`
              : html`<p class="muted" role="status">${this.l10n.t('loading')}</p>`
      }
      <div class="actions">
        <button type="button" ?disabled=${index <= 0} @click=${() => this.go(views[index - 1]!)}>
          ${this.l10n.t('previous')}
        </button>
        <button
          type="button"
          ?disabled=${index >= views.length - 1}
          @click=${() => this.go(views[index + 1]!)}
        >
          ${this.l10n.t('next')}
        </button>
        ${
          !final && writable
            ? html`<button type="button" part="finalise" class="primary" @click=${() => void this.review()}>
                ${this.l10n.t('finalise')}
              </button>`
            : nothing
        }
      </div>
    </section>`;
  }

  /** The check-your-answers step: each section's answers (given / not given), a way back, and the confirmation. */
  private renderCheck(schema: Json): TemplateResult {
    const words = (node: Json | undefined, value: unknown) => displayValue(node, value, this.loc, this.yesNo);
    return html`<section part="check" class="view check" aria-labelledby="check-title">
      <h3 id="check-title" tabindex="-1">${this.l10n.t('checkTitle')}</h3>
      ${
        this.message
          ? html`<p class="message alert" role="alert" tabindex="-1">${this.message.text}</p>`
          : nothing
      }
      <p>${this.l10n.t('checkIntro')}</p>
      ${this.sections.map((name) => {
        const rows = checkRows(schema, name, this.data, this.userRole, this.loc, words);
        const given = rows.filter((r) => r.text !== undefined).length;
        const sectionTitle = title(
          isObj(schema.properties) ? schema.properties[name] : undefined,
          this.loc,
          name,
        );
        return html`<section class="check-section" aria-labelledby="check-${name}">
          <div class="check-head">
            <h4 id="check-${name}">${sectionTitle}</h4>
            <span class="check-count"
              >${this.l10n.t('sectionFilled', { filled: given, total: rows.length })}</span
            >
            <ias-button variant="quiet" size="small" @click=${() => this.go(name)}
              >${this.l10n.t('change')}<span class="visually-hidden"> – ${sectionTitle}</span></ias-button
            >
          </div>
          <dl class="fields check-rows">
            ${rows.map(
              (r) =>
                html`<div class="row ${r.text === undefined ? 'missing' : ''}">
                  <dt>${r.label}</dt>
                  <dd>${r.text ?? this.l10n.t('notGiven')}</dd>
                </div>`,
            )}
          </dl>
        </section>`;
      })}
      <div class="actions confirm">
        <ias-button part="confirm" variant="primary" @click=${() => void this.finalise()}
          >${this.l10n.t('confirm')}</ias-button
        >
        <ias-button @click=${() => this.go(this.currentView())}>${this.l10n.t('backToEdit')}</ias-button>
      </div>
    </section>`;
  }

  /** After finalising: what happened and what the person can do next. Focused once, so it is read out. */
  private renderDone(schema: Json, v: AssessmentSnapshot): TemplateResult {
    const instrument = title(schema, this.loc);
    return html`<div part="done" class="done" role="status" tabindex="-1" aria-labelledby="done-title">
      <p id="done-title" class="done-title"><strong>${this.l10n.t('doneTitle', { instrument })}</strong></p>
      <p>
        ${this.l10n.t('doneText', {
          date: isCalendarDate(v.date) ? formatDate(v.date) : v.date,
          assessor: v.assessor?.name ?? v.assessor?.id ?? '',
        })}
      </p>
      <p>${this.l10n.t('doneNext')}</p>
      <div class="actions">
        <ias-button variant="primary" @click=${() => this.print()}>${this.l10n.t('print')}</ias-button>
        <ias-button @click=${() => this.reopen()}>${this.l10n.t('newVersion')}</ias-button>
      </div>
    </div>`;
  }

  private renderSummary(): TemplateResult {
    const schema = this.schema ?? {};
    return renderProfile(
      this.profile(),
      {
        profile: this.l10n.t('profile'),
        recommendation: this.l10n.t('recommendation'),
        potentialLabel: title(schemaAt(schema, '/result/potential'), this.loc) || undefined,
        yesNo: this.yesNo,
        reasons: this.l10n.t('reasons'),
        value: this.l10n.t('value'),
        tableCaption: this.l10n.t('profileDesc'),
        empty: this.l10n.t('noProfile'),
        scale: this.l10n.t('scale'),
        axis: {
          cefr: this.l10n.t('axisCefr'),
          years: this.l10n.t('axisYears'),
          months: this.l10n.t('axisMonths'),
          score: this.l10n.t('axisScore'),
        },
      },
      this.loc,
    );
  }

  private renderHistory(v: AssessmentSnapshot): TemplateResult {
    const schema = this.schema ?? {};
    const history = this.readableHistory();
    const prev = previousOf(v, history);
    // Core's audit record as this role may see it: what it may not read shows as changed, without values.
    const changes = prev
      ? changesOf(schema, prev.data, v.data, { userRole: this.userRole }).filter(
          (c) => c.hidden || this.sections.includes(c.pointer.split('/')[1] ?? ''),
        )
      : [];
    const entry = this.entryDate();
    const sameInstrument = [...history.filter((h) => h.templateId === v.templateId), v];
    const langs = languageHistory(sameInstrument);
    const show = (pointer: string, value: unknown) =>
      value === undefined ? '–' : displayValue(schemaAt(schema, pointer), value, this.loc, this.yesNo) || '–';
    const all = [...history, v].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
    const templateTitle = (h: AssessmentSnapshot) =>
      title(
        this.templates.find((t) => isObj(t) && t.$id === `${h.templateId}@${h.templateVersion}`),
        this.loc,
        h.templateId,
      );
    return html`<div class="history">
      <h4>
        ${prev ? this.l10n.t('changesSince', { date: formatDate(prev.date) }) : this.l10n.t('noPrevious')}
      </h4>
      ${
        prev
          ? changes.length
            ? html`<table class="changes">
                <thead>
                  <tr>
                    <th scope="col">${this.l10n.t('field')}</th>
                    <th scope="col">${this.l10n.t('before')}</th>
                    <th scope="col">${this.l10n.t('after')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${changes.map(
                    (c) =>
                      html`<tr>
                        <th scope="row">${c.label[this.loc]}</th>
                        ${
                          c.hidden
                            ? html`<td colspan="2">${this.l10n.t('changedWithoutValues')}</td>`
                            : html`<td>${show(c.pointer, c.before)}</td>
                                <td>${show(c.pointer, c.after)}</td>`
                        }
                      </tr>`,
                  )}
                </tbody>
              </table>`
            : html`<p>${this.l10n.t('noChanges')}</p>`
          : nothing
      }
      ${[...langs].map(
        ([code, rows]) =>
          html`<table class="languages">
            <caption>
              ${this.l10n.t('languagesOverTime')}: ${languageName(code, this.loc)}
            </caption>
            <thead>
              <tr>
                <th scope="col">${this.l10n.t('date')}</th>
                ${entry ? html`<th scope="col">${this.l10n.t('monthsSinceEntry')}</th>` : nothing}
                ${SKILLS.map((s) => html`<th scope="col">${this.l10n.t(s)}</th>`)}
                <th scope="col">${this.l10n.t('source')}</th>
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
          ${this.l10n.t('earlier')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${this.l10n.t('date')}</th>
            <th scope="col">${this.l10n.t('instrument')}</th>
            <th scope="col">${this.l10n.t('template')}</th>
            <th scope="col">${this.l10n.t('overlay')}</th>
            <th scope="col">${this.l10n.t('status')}</th>
            <th scope="col">${this.l10n.t('validity')}</th>
          </tr>
        </thead>
        <tbody>
          ${all.map((h) => {
            const check = h.id === v.id ? undefined : this.checks.get(h.id);
            return html`<tr class=${h.id === v.id ? 'current' : ''}>
              <th scope="row">${isCalendarDate(h.date) ? formatDate(h.date) : h.date}</th>
              <td>${templateTitle(h)}</td>
              <td>${h.templateVersion}</td>
              <td>${this.overlayTitle(h.overlayId) ?? '–'}</td>
              <td>${this.l10n.t(h.status === 'final' ? 'final' : 'draft')}</td>
              <td>
                ${
                  h.id === v.id
                    ? '–'
                    : check
                      ? check.valid
                        ? this.l10n.t('valid', { version: check.version })
                        : this.l10n.t('invalid', { n: check.n, version: check.version })
                      : this.l10n.t('checking')
                }
              </td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
  }

  private renderReport(schema: Json, v: AssessmentSnapshot): TemplateResult {
    const sections = this.sections;
    const profile = this.profile();
    const sigs = ['signAssessor', 'signPerson', 'signCaseManager'] as const;
    return html`<article part="report" class="report">
      ${this.renderHeader(schema, v)}
      ${sections.map((name) => {
        const node = isObj(schema.properties) ? schema.properties[name] : undefined;
        if (!isObj(node)) return nothing;
        const body = renderFields(node, this.data[name], this.loc, this.userRole, this.yesNo);
        return body === nothing
          ? nothing
          : html`<section class="report-section">
              <h3>${title(node, this.loc, name)}</h3>
              ${body}
            </section>`;
      })}
      ${
        profile.rows.length
          ? html`<section class="report-section profile-section">
              <h3>${this.l10n.t('summary')}</h3>
              ${this.renderSummary()}
            </section>`
          : nothing
      }
      <section class="signatures" aria-labelledby="sig-title">
        <h3 id="sig-title">${this.l10n.t('signatures')}</h3>
        <div class="sig-grid">
          ${sigs.map(
            (k) =>
              html`<div class="sig">
                <p class="sig-role">${this.l10n.t(k)}</p>
                <p class="line">${this.l10n.t('placeDate')}</p>
                <p class="line">${this.l10n.t('signature')}</p>
              </div>`,
          )}
        </div>
      </section>
    </article>`;
  }
}
