import type { ActorRef, AssessmentSnapshot, CalendarDate, PartialDate } from '@ias-kit/core';
import { IasChangeEvent } from '@ias-kit/ui';
import type { FieldError } from '@ias-kit/core/schema';

/** What `<ias-assessment>` shows: the form, or the printable A4 extract. */
export const ASSESSMENT_MODES = ['edit', 'print'] as const;
export type AssessmentMode = (typeof ASSESSMENT_MODES)[number];

/**
 * Role names the kit's templates use in `x-ias-access` (document new ones in schemas/README.md):
 * `case_manager` reads and writes everything, including health, debts and legal proceedings;
 * `social_worker` reads and writes the file except those blocks; `external_office` (an external
 * assessing office) sees and fills only the Praxisassessment.
 */
export const ASSESSMENT_ROLES = ['case_manager', 'social_worker', 'external_office'] as const;
export type AssessmentRole = (typeof ASSESSMENT_ROLES)[number];

/** Views besides the template's sections. */
export const EXTRA_VIEWS = ['summary', 'history'] as const;

/** Who the assessment is about, for the header and for "months since entry". */
export interface AssessmentPerson {
  name: string;
  birthDate?: PartialDate;
  /** `FL`, `VA` or `VA-FL`. */
  status?: string;
  entryDate?: CalendarDate;
  zemisNumber?: string;
}

/** Filled and total required fields, overall and per section. */
export interface AssessmentProgress {
  filled: number;
  total: number;
  sections: Record<string, { filled: number; total: number }>;
}

export interface IasAssessmentChangeDetail {
  /** The whole snapshot (template id, version, overlay, status, data), unknown members included. */
  value: AssessmentSnapshot;
  valid: boolean;
  errors: FieldError[];
  progress: AssessmentProgress;
}

/**
 * Fired after every edit of `<ias-assessment>`: an `ias-change` (so hosts listening for `ias-change` on any
 * ias-kit element get it) whose `value` is the whole snapshot. `bubbles`, `composed`.
 */
export class IasAssessmentChangeEvent extends IasChangeEvent {
  declare readonly value: AssessmentSnapshot;
  readonly snapshot: AssessmentSnapshot;
  readonly progress: AssessmentProgress;
  constructor(detail: IasAssessmentChangeDetail) {
    super(detail);
    this.snapshot = detail.value;
    this.progress = detail.progress;
  }
}

export interface IasAssessmentCompleteDetail {
  /** The finalised snapshot (`status: 'final'`). */
  snapshot: AssessmentSnapshot;
  date: CalendarDate;
  assessor: ActorRef;
}

/** Fired when the user finalises a valid assessment. `bubbles`, `composed`, cancelable (then it stays a draft). */
export class IasAssessmentCompleteEvent extends Event {
  static readonly type = 'ias-complete';
  readonly snapshot: AssessmentSnapshot;
  readonly date: CalendarDate;
  readonly assessor: ActorRef;
  constructor(readonly detail: IasAssessmentCompleteDetail) {
    super(IasAssessmentCompleteEvent.type, { bubbles: true, composed: true, cancelable: true });
    ({ snapshot: this.snapshot, date: this.date, assessor: this.assessor } = detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ias-complete': IasAssessmentCompleteEvent;
  }
}

/** The `detail` of `ias-assessment-print-request`. */
export interface IasAssessmentPrintRequestDetail {
  snapshot: AssessmentSnapshot;
}

/**
 * Fired by "Drucken" after finalising. `bubbles`, `composed`, cancelable: unless a listener cancels it (to
 * print in its own way), the element switches to `mode="print"`.
 */
export class IasAssessmentPrintRequestEvent extends Event {
  static readonly eventName = 'ias-assessment-print-request';
  readonly snapshot: AssessmentSnapshot;
  constructor(readonly detail: IasAssessmentPrintRequestDetail) {
    super(IasAssessmentPrintRequestEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.snapshot = detail.snapshot;
  }
}

/** The `detail` of `ias-assessment-reopen-request`. */
export interface IasAssessmentReopenRequestDetail {
  /** The final snapshot, unchanged. */
  snapshot: AssessmentSnapshot;
  /** A copy as a draft dated today (same id: the host gives the new version its own id). */
  draft: AssessmentSnapshot;
}

/**
 * Fired by "Neue Version beginnen" after finalising: the host stores `draft` as a new snapshot (with its own
 * id) and sets it as `value`; the final snapshot stays as it is. `bubbles`, `composed`.
 */
export class IasAssessmentReopenRequestEvent extends Event {
  static readonly eventName = 'ias-assessment-reopen-request';
  readonly snapshot: AssessmentSnapshot;
  readonly draft: AssessmentSnapshot;
  constructor(readonly detail: IasAssessmentReopenRequestDetail) {
    super(IasAssessmentReopenRequestEvent.eventName, { bubbles: true, composed: true });
    ({ snapshot: this.snapshot, draft: this.draft } = detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ias-assessment-print-request': IasAssessmentPrintRequestEvent;
    'ias-assessment-reopen-request': IasAssessmentReopenRequestEvent;
  }
}
