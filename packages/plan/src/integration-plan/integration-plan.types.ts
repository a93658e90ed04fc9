import type {
  ActorRef,
  CalendarDate,
  DataSharingConsent,
  DateTime,
  DocumentRef,
  Goal,
  IntegrationPlan,
  Measure,
  PlanConsent,
} from '@ias-kit/core';

/** The sections of the editor, in display order; `sections` can show a subset. */
export const PLAN_SECTIONS = ['plan', 'goals', 'measures', 'reviews', 'consent', 'history'] as const;
export type PlanSection = (typeof PLAN_SECTIONS)[number];

/** Kinds of change recorded in the change log (the operations of RFC 6902). */
export const CHANGE_OPS = ['add', 'replace', 'remove', 'move'] as const;
export type ChangeOp = (typeof CHANGE_OPS)[number];

/**
 * One entry of the plan's change log (`plan.changeLog`): who changed what, when. `pointer` is the
 * JSON pointer (RFC 6901) of the changed value in the plan; `from` the old position of a move.
 */
export interface PlanChangeEntry {
  who: ActorRef;
  /** ISO 8601 date-time (or a `YYYY-MM-DD` date when the host gave only `today`). */
  when: DateTime;
  op: ChangeOp;
  pointer: string;
  from?: string;
  old?: unknown;
  new?: unknown;
}

/** A goal as edited here: core's `Goal` plus document references. */
export interface PlanGoal extends Goal {
  documents?: DocumentRef[];
}

/** A measure as edited here: core's `Measure` plus qualitative notes and the client's own view. */
export interface PlanMeasure extends Measure {
  /** @maxLength 5000 */
  notes?: string;
  /** How the client perceives the measure, in their words. */
  clientPerception?: string;
}

/** Consent to data sharing with one recipient, with the day consent was given. */
export interface PlanDataSharing extends DataSharingConsent {
  consentedOn?: CalendarDate;
}

/** The client's consent: core's `PlanConsent` plus the confirmation of rights and duties. */
export interface PlanConsentValue extends Omit<PlanConsent, 'dataSharing'> {
  /** The client confirmed they were told their rights and duties. */
  rightsAndDutiesConfirmed?: boolean;
  dataSharing?: PlanDataSharing[];
}

/**
 * The value the editor reads and emits: core's `IntegrationPlan` with the extensions above and a
 * change log. Any other property the host passes in is kept unchanged.
 */
export interface PlanValue extends Omit<IntegrationPlan, 'goals' | 'measures' | 'consent'> {
  goals: PlanGoal[];
  measures: PlanMeasure[];
  consent?: PlanConsentValue;
  changeLog?: PlanChangeEntry[];
}

/** Where a document dropped or chosen by the user belongs. */
export interface AttachTarget {
  kind: 'goal' | 'measure';
  /** The goal's or measure's id. */
  id: string;
  /** JSON pointer of the goal or measure in the plan, e.g. `/measures/2`. */
  pointer: string;
}

/** Severity of a rule finding: errors make the plan invalid, warnings only inform. */
export type IssueSeverity = 'error' | 'warning';

/** A rule finding about the plan, before localization. */
export interface PlanIssue {
  /** JSON pointer of the value at fault. */
  pointer: string;
  /** Rule code, also the message key (`issue.<code>`). */
  code: IssueCode;
  severity: IssueSeverity;
  params: Record<string, string | number>;
}

/** The rules the editor checks, declared once (messages in `integration-plan.l10n.ts`). */
export const ISSUE_CODES = [
  'required',
  'date-format',
  'number-format',
  'range',
  'date-order',
  'date-before-plan',
  'date-before-entry',
  'date-future',
  'overlap',
  'outcome-required',
  'reason-required',
  'provider-unknown',
  'offer-unknown',
  'offer-full',
  'status-unknown',
  'open-measures',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];
