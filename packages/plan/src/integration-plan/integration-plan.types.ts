import type { DataSharingConsent, Goal, IntegrationPlan, Measure, PlanConsent } from '@ias-kit/core';

/** The sections of the editor, in display order; `sections` can show a subset. */
export const PLAN_SECTIONS = ['plan', 'goals', 'measures', 'reviews', 'consent', 'history'] as const;
export type PlanSection = (typeof PLAN_SECTIONS)[number];

/** The change log's operations and entries live in the core model (they are part of the data contract). */
export { CHANGE_OPS, type ChangeOp, type PlanChangeEntry } from '@ias-kit/core';

/** Goal, measure and consent as edited here: the core types (documents, notes, client's view, consent dates). */
export type PlanGoal = Goal;
export type PlanMeasure = Measure;
export type PlanDataSharing = DataSharingConsent;
export type PlanConsentValue = PlanConsent;

/** The value the editor reads and emits: core's `IntegrationPlan`. Any other property the host passes in is kept. */
export type PlanValue = IntegrationPlan;

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

/** The rules the editor checks, declared once (messages `issue.<code>` in `l10n/{de,fr,it,en}.ts`). */
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
