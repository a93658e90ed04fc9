import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import {
  readStatusHistory,
  type AssessmentSnapshot,
  type Case,
  type IntegrationPlan,
  type StatusHistoryEntry,
} from '@ias-kit/core';
import { IasElement, caseContext, todayContext, type IasChangeEvent } from '@ias-kit/ui';
import { IasCaseChangeEvent } from './case.events.js';
import type { IasCaseExitEvent } from '../case-header/case-header.events.js';

/**
 * Holds one person's case and shares it with the elements inside it through `@lit/context`
 * (`caseContext`, `todayContext` from `@ias-kit/ui`): a `<ias-timeline>`, `<ias-integration-plan>` and
 * `<ias-task-list>` inside one `<ias-case>` show one truth. When the plan editor inside changes the plan
 * (its `ias-change`), or an assessment inside changes a snapshot, the case is updated at once — the
 * timeline redraws and the derived tasks change — and one `ias-case-change` carries the whole updated
 * case for the host to store. The element stores nothing itself. An exit saved in the exit control of a
 * `<ias-case-header>` inside (its `ias-case-exit`) is recorded the same way (`recordStatusEntry`), with
 * `source` `ias-case-header`; an exit the history refuses cancels that event.
 *
 * @tagname ias-case
 * @summary Case provider: one person's case shared with the timeline, plan and task list inside it.
 * @since 0.1
 * @status experimental
 * @slot - The elements that show or edit the case.
 * @event {IasCaseChangeEvent} ias-case-change - After an element inside changed the case. Fields: `case: Case` (the whole updated case), `source: string` (the tag name of the element that changed it).
 */
export class IasCase extends IasElement {
  /** The case (a core `Case`). Set it to load a case; read it or listen to `ias-case-change` for edits. */
  @property({ attribute: false }) case?: Case;

  /** The reference date `YYYY-MM-DD` for every element inside (never the clock, so views are reproducible). */
  @property() today?: string;

  private readonly caseProvider = new ContextProvider(this, { context: caseContext });
  private readonly todayProvider = new ContextProvider(this, { context: todayContext });

  constructor() {
    super();
    this.addEventListener('ias-change', (e) => this.onChildChange(e));
    this.addEventListener('ias-case-exit', (e) => this.onExit(e));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('case')) this.caseProvider.setValue(this.case);
    if (changed.has('today')) this.todayProvider.setValue(this.today);
  }

  /**
   * Records a dated status entry: an exit (departure, move to another canton with the canton,
   * naturalisation, ordinary permit, end of responsibility, death), an arrival or a new status. The
   * entry is checked, the case updated at once (the timeline ends the horizon, the task list drops
   * the reminders after an exit, the indicators stop counting) and `ias-case-change` carries it
   * (`source` `ias-case`) for the host to store.
   * @throws {IasError} `status.invalid` naming the field, {IasDateError} for a bad date; the case is then unchanged.
   * @example caseEl.recordStatusEntry({ exit: 'moved-canton', canton: 'ZH', validFrom: '2026-03-01' });
   */
  recordStatusEntry(entry: StatusHistoryEntry): void {
    this.record(entry, this.localName);
  }

  private record(entry: StatusHistoryEntry, source: string): void {
    if (!this.case) return;
    const statusHistory = readStatusHistory([...this.case.statusHistory, entry]).entries;
    const next: Case = { ...this.case, statusHistory };
    this.case = next;
    this.emit(new IasCaseChangeEvent({ case: next, source }));
  }

  /** The exit control of a header inside saved an exit: record it, or refuse it (cancel) when invalid. */
  private onExit(e: IasCaseExitEvent): void {
    const source = e.composedPath()[0];
    if (!(source instanceof HTMLElement) || source === this || !this.case || e.caseId !== this.case.id)
      return;
    try {
      this.record(e.exit, source.localName);
    } catch {
      e.preventDefault();
    }
  }

  private onChildChange(e: IasChangeEvent): void {
    const source = e.composedPath()[0];
    if (!(source instanceof HTMLElement) || source === this || !this.case) return;
    const value = e.value;
    let next: Case | undefined;
    if (source.localName === 'ias-integration-plan' && isObject(value)) {
      next = { ...this.case, plan: value as unknown as IntegrationPlan };
    } else if (source.localName === 'ias-assessment' && isObject(value) && typeof value['id'] === 'string') {
      const snapshot = value as unknown as AssessmentSnapshot;
      const others = this.case.assessments.filter((a) => a.id !== snapshot.id);
      next = { ...this.case, assessments: [...others, snapshot].sort((a, b) => (a.date < b.date ? -1 : 1)) };
    }
    if (!next) return;
    this.case = next;
    this.emit(new IasCaseChangeEvent({ case: next, source: source.localName }));
  }

  protected override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
