import type { ActorRef, AssessmentSnapshot, CalendarDate } from '@ias-kit/core';
import type { FieldError } from '@ias-kit/core/schema';
import { IasChangeEvent, IasEvent } from '@ias-kit/ui';
import type { AssessmentProgress } from './assessment.types.js';

/** The fields of `<ias-assessment>`'s `ias-change`. */
export interface IasAssessmentChangeInit {
  /** The whole snapshot (template id, version, overlay, status, data), unknown members included. */
  value: AssessmentSnapshot;
  valid: boolean;
  errors: FieldError[];
  progress: AssessmentProgress;
}

/**
 * `ias-change` after every edit of `<ias-assessment>` (so hosts listening for `ias-change` on any
 * ias-kit element get it) whose `value` is the whole snapshot.
 */
export class IasAssessmentChangeEvent extends IasChangeEvent {
  declare readonly value: AssessmentSnapshot;
  /** The whole snapshot, the same as `value`. */
  readonly snapshot: AssessmentSnapshot;
  /** Required fields filled, overall and per section. */
  readonly progress: AssessmentProgress;
  constructor(init: IasAssessmentChangeInit) {
    super(init);
    this.snapshot = init.value;
    this.progress = init.progress;
  }
}

/** The fields of `ias-assessment-complete`. */
export interface IasAssessmentCompleteInit {
  /** The finalised snapshot (`status: 'final'`). */
  snapshot: AssessmentSnapshot;
  date: CalendarDate;
  assessor: ActorRef;
}

/** `ias-assessment-complete`: the user finalised a valid assessment. Cancelable (then it stays a draft). */
export class IasAssessmentCompleteEvent extends IasEvent implements IasAssessmentCompleteInit {
  static readonly eventName = 'ias-assessment-complete';
  /** The finalised snapshot (`status: 'final'`). */
  readonly snapshot: AssessmentSnapshot;
  /** The day it was finalised (`YYYY-MM-DD`). */
  readonly date: CalendarDate;
  /** Who finalised it. */
  readonly assessor: ActorRef;
  constructor(init: IasAssessmentCompleteInit) {
    super(IasAssessmentCompleteEvent.eventName, { cancelable: true });
    this.snapshot = init.snapshot;
    this.date = init.date;
    this.assessor = init.assessor;
  }
}

/**
 * `ias-assessment-print-request`: "Drucken" after finalising. Cancelable: unless a listener cancels it (to
 * print in its own way), the element switches to `mode="print"`.
 */
export class IasAssessmentPrintRequestEvent extends IasEvent {
  static readonly eventName = 'ias-assessment-print-request';
  /** The final snapshot to print. */
  readonly snapshot: AssessmentSnapshot;
  constructor(snapshot: AssessmentSnapshot) {
    super(IasAssessmentPrintRequestEvent.eventName, { cancelable: true });
    this.snapshot = snapshot;
  }
}

/**
 * `ias-assessment-reopen-request`: "Neue Version beginnen" after finalising. The host stores `draft` as a
 * new snapshot (with its own id) and sets it as `value`; the final snapshot stays as it is.
 */
export class IasAssessmentReopenRequestEvent extends IasEvent {
  static readonly eventName = 'ias-assessment-reopen-request';
  /** The final snapshot, unchanged. */
  readonly snapshot: AssessmentSnapshot;
  /** A copy as a draft dated today (same id: the host gives the new version its own id). */
  readonly draft: AssessmentSnapshot;
  constructor(snapshot: AssessmentSnapshot, draft: AssessmentSnapshot) {
    super(IasAssessmentReopenRequestEvent.eventName);
    this.snapshot = snapshot;
    this.draft = draft;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ias-assessment-complete': IasAssessmentCompleteEvent;
    'ias-assessment-print-request': IasAssessmentPrintRequestEvent;
    'ias-assessment-reopen-request': IasAssessmentReopenRequestEvent;
  }
}
