import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  isCalendarDate,
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
import { IasElement, LocalizeController, baseStyles } from '@ias-kit/ui';
import { assessmentMessages, type AssessmentKey } from './assessment.l10n.js';
import { assessmentStyles } from './assessment.styles.js';
import {
  IasAssessmentChangeEvent,
  IasAssessmentCompleteEvent,
  IasAssessmentPrintRequestEvent,
  IasAssessmentReopenRequestEvent,
} from './assessment.events.js';
import { type AssessmentMode, type AssessmentPerson, type AssessmentProgress } from './assessment.types.js';
import { accessOf } from '@ias-kit/core/access';
import { canRead, isObj, progressOf, sectionView, sectionsOf, title, type Json } from './model.js';
import { profileOf, renderSummary } from './profile.js';
import { renderReport } from './report.js';
import { finaliseErrors } from './finalise.js';
import { AssessmentTemplates } from './templates.js';
import { readableHistory, renderHistory } from './history.js';
import { renderCheck, renderDone } from './check.js';
import { renderHeader } from './header.js';
import { renderNav, renderStepButtons } from './nav.js';
import type { ViewContext } from './view.js';

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

  private readonly l10n = new LocalizeController(this, assessmentMessages, () => this.strings);
  private readonly templatesOf = new AssessmentTemplates(this);
  private viewSchema?: Json;
  private viewFor = '';
  private focusView = false;

  private get loc() {
    return this.l10n.locale;
  }

  // ---- data ----------------------------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.templatesOf.willUpdate(changed);
    const sections = this.sections;
    const view = this.currentView(sections);
    const viewKey = `${this.templatesOf.key}|${view}`;
    const schema = this.schema;
    if (schema && (viewKey !== this.viewFor || changed.has('templates') || changed.has('overlays'))) {
      this.viewFor = viewKey;
      this.viewSchema = sections.includes(view) ? sectionView(schema, view) : undefined;
    }
  }

  /** Waits for rendering and for the validator (compiled on demand). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    const pending = this.templatesOf.pending;
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
    return this.templatesOf.resolved?.schema;
  }

  private get validator(): SchemaValidator | undefined {
    return this.templatesOf.validator;
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
    return readableHistory(this.history, this.templates, this.userRole, this.value?.id);
  }

  private profile() {
    return this.schema
      ? profileOf(this.schema, this.data, this.loc, (k) => this.l10n.t(k))
      : { rows: [], reasons: [] };
  }

  private yesNo = (b: boolean) => this.l10n.t(b ? 'yes' : 'no');

  /** What the render modules read; only while a readable template is shown. */
  private context(schema: Json, value: AssessmentSnapshot): ViewContext {
    return {
      schema,
      value,
      data: this.data,
      templates: this.templates,
      overlays: this.overlays,
      sections: this.sections,
      userRole: this.userRole,
      ...(this.person ? { person: this.person } : {}),
      loc: this.loc,
      t: this.l10n.t,
      yesNo: this.yesNo,
    };
  }

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

  protected override render(): TemplateResult {
    const v = this.value;
    if (!v) return html`<div part="base"></div>`;
    const r = this.templatesOf.resolved;
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
    const ctx = this.context(schema, v);
    return this.mode === 'print' ? renderReport(ctx, this.profile()) : this.renderEdit(ctx);
  }

  private renderEdit(ctx: ViewContext): TemplateResult {
    const { schema, value: v } = ctx;
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
      ${renderHeader(ctx, final ? undefined : progress)}
      <ias-error-summary
        part="error-summary"
        .errors=${final ? [] : this.summaryErrors}
        .locale=${this.loc}
        @ias-error-select=${this.onErrorSelect}
      ></ias-error-summary>
      <div class="layout">
        ${renderNav(ctx, { views, index, progress, checking, final, label, go: (name) => this.go(name) })}
        ${
          checking
            ? renderCheck(ctx, this.message?.text, {
                change: (name) => this.go(name),
                confirm: () => void this.finalise(),
                back: () => this.go(this.currentView()),
              })
            : this.renderView(ctx, view, views, index, label, writable, final)
        }
      </div>
    </div>`;
  }

  private renderView(
    ctx: ViewContext,
    view: string,
    views: string[],
    index: number,
    label: (name: string) => string,
    writable: boolean,
    final: boolean,
  ): TemplateResult {
    const v = ctx.value;
    return html`<section part="section" class="view" aria-labelledby="view-title">
      ${
        this.stage === 'done' && final
          ? renderDone(ctx, { print: () => this.print(), reopen: () => this.reopen() })
          : nothing
      }
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
          ? renderSummary(ctx, this.profile())
          : view === 'history'
            ? renderHistory(ctx, this.readableHistory(), this.templatesOf.checks)
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
      ${renderStepButtons(ctx, {
        views,
        index,
        finalise: !final && writable,
        go: (name) => this.go(name),
        review: () => void this.review(),
      })}
    </section>`;
  }
}
