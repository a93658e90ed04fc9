import type {
  AssessmentSnapshot,
  CalendarDate,
  GoalDomain,
  Measure,
  MeasureStatus,
  Milestone,
  MilestoneId,
  ResidenceStatus,
  Review,
  StatusChange,
  Task,
} from '@ias-kit/core';

/** What a timeline item is, declared once for types, stories and tests. */
export const ITEM_KINDS = ['milestone', 'measure', 'review', 'assessment', 'task', 'status'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/**
 * The state of a milestone on the timeline:
 * - `reached`: a plan goal for the milestone's IAS goal is `erreicht`, or a task linked to the milestone
 *   is `erledigt` (for `financing-end`: the date has passed);
 * - `open`: not reached, due date still ahead (or no `today` given);
 * - `overdue`: not reached and the due date is before `today`;
 * - `not-applicable`: the milestone does not apply (age group) or cannot be decided.
 */
export const MILESTONE_STATES = ['reached', 'open', 'overdue', 'not-applicable'] as const;
export type MilestoneState = (typeof MILESTONE_STATES)[number];

/** The two presentations of the same data. */
export const TIMELINE_VIEWS = ['chart', 'table'] as const;
export type TimelineView = (typeof TIMELINE_VIEWS)[number];

/** Measure domain: a plan goal domain, or `andere` when neither the goals nor the type tell it. */
export type MeasureDomain = GoalDomain | 'andere';

/** A data problem the timeline shows as a localized notice instead of failing. */
export const NOTICE_CODES = [
  'missing-entry-date',
  'horizon-unknown',
  'invalid-case',
  'no-dates',
  'invalid-date',
  'end-before-start',
  'no-today',
] as const;
export type NoticeCode = (typeof NOTICE_CODES)[number];

export interface TimelineNotice {
  code: NoticeCode;
  /** The item concerned, if any. */
  itemId?: string;
  /** Title of the item concerned or the field at fault. */
  subject?: string;
  /** For `horizon-unknown`: the milestone engine's reason. */
  reason?: string;
}

interface ItemBase {
  /** Unique within the timeline: `<kind>:<source id>`. */
  key: string;
  kind: ItemKind;
  /** Start (or the only) date; absent when the item has no usable date (then it is only in the table). */
  start?: CalendarDate;
  /** End date of a bar; equals `start` for points. */
  end?: CalendarDate;
  /** Set when the item's data has a problem (shown as a notice and a warning icon). */
  problem?: 'no-dates' | 'invalid-date' | 'end-before-start';
}

export interface MilestoneItem extends ItemBase {
  kind: 'milestone';
  milestone: Milestone;
  id: MilestoneId;
  state: MilestoneState;
}

export interface MeasureItem extends ItemBase {
  kind: 'measure';
  measure: Measure;
  domain: MeasureDomain;
  status: MeasureStatus;
  /** Planned period, when both dates are valid and in order. */
  planned?: { start: CalendarDate; end: CalendarDate };
  /** Actual period; `end` is `today` (and `openEnd` true) for a running measure without an actual end. */
  actual?: { start: CalendarDate; end: CalendarDate; openEnd: boolean };
}

export interface ReviewItem extends ItemBase {
  kind: 'review';
  review: Review;
}

export interface AssessmentItem extends ItemBase {
  kind: 'assessment';
  assessment: AssessmentSnapshot;
}

export interface TaskItem extends ItemBase {
  kind: 'task';
  task: Task;
  overdue: boolean;
}

export interface StatusItem extends ItemBase {
  kind: 'status';
  change: StatusChange;
  status: ResidenceStatus;
}

/** One thing on the timeline; `ias-timeline-select` carries it as `item`. */
export type TimelineItem = MilestoneItem | MeasureItem | ReviewItem | AssessmentItem | TaskItem | StatusItem;
