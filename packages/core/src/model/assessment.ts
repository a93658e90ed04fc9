/** A saved assessment (Kurzassessment, Praxisassessment, Kompetenzerfassung, ...); domain.md §2. */
import type { ActorRef, CalendarDate, Id } from './common.js';

/** `draft` may still change; `final` is frozen and part of the case history. */
export const ASSESSMENT_STATUSES = ['draft', 'final'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

/**
 * One filled assessment form, stored as a snapshot together with the exact template (and canton
 * overlay) it was filled with, so it can be shown and validated again years later.
 */
export interface AssessmentSnapshot {
  id: Id;
  /** Form template, e.g. `sem-kurzassessment`. */
  templateId: Id;
  /**
   * Template version (semantic version).
   * @pattern ^[0-9]+\.[0-9]+\.[0-9]+$
   */
  templateVersion: string;
  /** Canton overlay applied to the template, if any. */
  overlayId?: Id;
  /** Date of the assessment. */
  date: CalendarDate;
  assessor: ActorRef;
  status: AssessmentStatus;
  /** The form data; its shape is defined by the template's JSON Schema, not by this model. */
  data: { [key: string]: unknown };
}
