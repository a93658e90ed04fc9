/**
 * Types of the IAS indicators (design.md rec. 19–22; domain.md §1 and §3).
 *
 * The input is one record per PERSON (IAS goals and Kennzahlen are person-level, domain.md §3.2):
 * the fields of the core `Case` that the figures read, plus the outcome facts the model does not
 * hold yet (language levels, education and employment periods, social contacts, Erstinformation,
 * commune). Every field except `id` is optional: a missing fact excludes the person from the
 * figures that need it, with a reason, and never throws.
 */
import type { AssessmentSnapshot } from '../model/assessment.js';
import type { ActorRef, CalendarDate, Id, OfficeRef, PartialDate } from '../model/common.js';
import type { Nationality, Sex } from '../model/person.js';
import type { Measure } from '../model/plan.js';
import type { ExitReason, StatusHistoryEntry } from '../model/status.js';
import type { LanguageLevel } from '../tasks/types.js';
import type { IndicatorDefinitions } from './definitions.js';

/** A local-language level reached on a date (test, fide passport or professional judgement). */
export interface LanguageLevelRecord {
  date: CalendarDate;
  level: LanguageLevel;
  /** ISO 639-1 code of the language, e.g. `de`. */
  language?: string;
}

/**
 * Kinds of post-compulsory education: `sek2` (certifying upper secondary, Lehre/EBA/EFZ,
 * Mittelschule), `transition` (bridging or transition course, Brückenangebot, Vorlehre — counted by
 * SEM monitoring [V: S12]) and `tertiaer`.
 */
export const EDUCATION_LEVELS = ['sek2', 'transition', 'tertiaer'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

/** A period in post-compulsory education. `to` absent: still running. */
export interface EducationPeriod {
  from: CalendarDate;
  to?: CalendarDate;
  level: EducationLevel;
  /** Completed with a certificate. */
  completed?: boolean;
}

/** A period of gainful employment. `to` absent: still running. */
export interface EmploymentPeriod {
  from: CalendarDate;
  to?: CalendarDate;
  /** `false` for the second labour market (subsidised programmes). Default `true`. */
  firstLabourMarket?: boolean;
  /** Workload in percent of full time. */
  pensumPercent?: number;
}

/** An observation of the person's social contacts with the local population (goal 5). */
export interface SocialContactRecord {
  date: CalendarDate;
  regularContacts: boolean;
}

/** The person fields the indicators read (a subset of core `Person`). */
export interface IndicatorPerson {
  id?: Id;
  officialName?: string;
  firstName?: string;
  sex?: Sex;
  dateOfBirth?: PartialDate;
  nationality?: Nationality;
}

/**
 * One person's record for the indicators: a subset of core `Case` plus outcome facts.
 * A full `Case` is accepted as it is (its extra fields are ignored).
 */
export interface IndicatorRecord {
  /** The case (or person) id: the id reported in `ids` for drill-down. */
  id: Id;
  person?: IndicatorPerson;
  entryDate?: CalendarDate;
  decisionDate?: CalendarDate;
  /**
   * Dated residence statuses in any order (VA, FL, VA-FL), with exits and arrivals from another
   * canton (`StatusHistoryEntry`). No status: not in the IAS target group.
   */
  statusHistory?: StatusHistoryEntry[];
  assessments?: AssessmentSnapshot[];
  plan?: { measures?: Measure[] };
  responsibleWorker?: ActorRef;
  responsibleOffice?: OfficeRef;
  /** BFS municipality number or name of the commune of residence (not in the core model). */
  commune?: string;
  /** Date of the personal Erstinformation (not in the core model). */
  erstinformationDate?: CalendarDate;
  /** Outcome facts (not in the core model). */
  languageLevels?: LanguageLevelRecord[];
  education?: EducationPeriod[];
  employment?: EmploymentPeriod[];
  socialContacts?: SocialContactRecord[];
}

/** The figures measured by entry cohort (the five goals); the others are Kennzahlen of a period. */
export const GOAL_INDICATORS = [
  'goal-1-language',
  'goal-2-children-language',
  'goal-3-education',
  'goal-4-labour-market',
  'goal-4-labour-market-sustained',
  'goal-5-social-contacts',
] as const;

/** The figures: the five IAS goals (SEM monitoring) and the cantonal Kennzahlen (KIP/IAS). */
export const INDICATOR_IDS = [
  ...GOAL_INDICATORS,
  'erstinformation',
  'language-support',
  'support-16-25',
  'support-26-55',
  'early-language-support',
  'profile-schooling-over-6',
  'profile-not-alphabetised',
  'profile-potential-yes',
  'profile-potential-no',
  'profile-work-experience-up-to-1',
] as const;
export type IndicatorId = (typeof INDICATOR_IDS)[number];

/** What a figure may be grouped by. */
export const GROUP_KEYS = [
  'cohort',
  'status',
  'ageGroup',
  'sex',
  'nationality',
  'office',
  'worker',
  'commune',
] as const;
export type GroupKey = (typeof GROUP_KEYS)[number];

/** The group value of a person whose fact is missing. */
export const UNKNOWN_GROUP = 'unknown';

/**
 * Why a person counts in neither the numerator nor the denominator of a figure:
 * - `missing-entry-date`: no Einreisedatum (cohort and measurement date unknown);
 * - `unknown-birth-date`: no birth date, or a partial one that straddles the age group's bounds;
 * - `not-in-target-group`: no VA/FL status, age outside the figure's group, or out of the IAS
 *   horizon (Kennzahlen);
 * - `not-yet-due`: the measurement date of the goal lies after the reference date;
 * - `missing-assessment-data`: the profile item is not in the person's first assessment;
 * - `invalid-record`: the record has malformed data (see `rejected` for the message);
 * - `exit-<reason>` (one per `EXIT_REASONS`): the canton was no longer responsible — for a goal, an
 *   exit was in force on the measurement date (or on the reference date, when that comes first);
 *   for a Kennzahl, an exit was in force on the period's first day, or the person moved to another
 *   canton during the period (that canton counts them);
 * - `arrived-later`: the person moved in from another canton after the goal's measurement date or
 *   the period's end (the other canton counts them).
 */
export const EXCLUSION_REASONS = [
  'missing-entry-date',
  'unknown-birth-date',
  'not-in-target-group',
  'not-yet-due',
  'missing-assessment-data',
  'invalid-record',
  'exit-departure',
  'exit-moved-canton',
  'exit-naturalisation',
  'exit-ordinary-permit',
  'exit-end-of-responsibility',
  'exit-death',
  'arrived-later',
] as const satisfies readonly (string | `exit-${ExitReason}`)[];
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];

export interface Exclusion {
  id: Id;
  reason: ExclusionReason;
}

/** One figure: an indicator for one group (or for all persons when `group` is empty). */
export interface Figure {
  indicator: IndicatorId;
  /** The group values, one per `by` key (empty for the totals). */
  group: Partial<Record<GroupKey, string>>;
  numerator: number;
  denominator: number;
  /** `numerator / denominator`, or `null` when the denominator is 0. */
  rate: number | null;
  /** Excluded persons per reason. */
  excludedCount: Partial<Record<ExclusionReason, number>>;
  /** Ids in the numerator, sorted (only with `collectIds`, the default). */
  ids?: Id[];
  /** Ids in the denominator, sorted (only with `collectIds`). */
  denominatorIds?: Id[];
  /** Excluded persons with their reason, sorted by id (only with `collectIds`). */
  excluded?: Exclusion[];
}

/** A calendar period, both days included. */
export interface Period {
  from: CalendarDate;
  to: CalendarDate;
}

/** A record that could not be read, with its position in the input. */
export interface RejectedRecord {
  /** 0-based position in the input (the CLI turns it into a line number or array index). */
  index: number;
  id?: string;
  message: string;
}

// ---- options and report of the computation (see accumulator.ts) ---------------------------------

export interface IndicatorOptions {
  /** Reference date: nothing after it is known. */
  at: CalendarDate;
  /** Group by these keys (in this order). Default: no grouping (only `totals`). */
  by?: readonly GroupKey[];
  /**
   * Period filter. Goals: the measurement date must lie in it. Kennzahlen: the counting period
   * (default: 1 January of the year of `to` through `to`). `to` defaults to `at` and is capped at it.
   */
  period?: Partial<Period>;
  /** Overrides of the default definitions (`DEFAULT_INDICATOR_DEFINITIONS`). */
  definitions?: Partial<IndicatorDefinitions>;
  /** Collect ids and excluded persons for drill-down. Default `true`; `false` keeps only counts. */
  collectIds?: boolean;
  /** The figures to compute. Default all of `INDICATOR_IDS`. */
  indicators?: readonly IndicatorId[];
  /**
   * Ids already used by records before these (in another part of the same input): a record with one
   * of them is rejected as a duplicate, exactly as if the earlier records had been added here.
   */
  seenIds?: Iterable<string>;
}

/** What a figure measures: kind, goal, age group and years after entry. */
export interface IndicatorInfo {
  id: IndicatorId;
  kind: 'goal' | 'kennzahl';
  goal?: 1 | 2 | 3 | 4 | 5;
  /** Age group the figure concerns (completed years, inclusive); `null`: all ages. */
  ageGroup: readonly [number, number | null] | null;
  /** Age basis of `ageGroup`. */
  ageAt?: 'entry' | 'period-end' | 'assessment';
  /** Goals: measured at the end of this calendar year after entry (`null`: at school start). */
  yearsAfterEntry?: number | null;
}

export interface IndicatorReport {
  at: CalendarDate;
  /** The Kennzahlen period. */
  period: Period;
  /** The window of the goals' measurement dates (`from` absent: no lower bound). */
  goalWindow: { from?: CalendarDate; to: CalendarDate };
  by: GroupKey[];
  definitions: IndicatorDefinitions;
  indicators: IndicatorInfo[];
  /** One figure per indicator over all persons. */
  totals: Figure[];
  /** One figure per indicator and group (empty without `by`). */
  figures: Figure[];
  /** Records read (including rejected ones). */
  persons: number;
  rejected: RejectedRecord[];
}

/**
 * The state of an accumulator as plain data (structured-clonable, so it can cross a worker
 * boundary): the counts per figure and group, the ids seen, the rejected records.
 */
export interface IndicatorPartial {
  persons: number;
  /** Every id used so far (also those of rejected records), in input order. */
  ids: string[];
  rejected: RejectedRecord[];
  totals: [IndicatorId, IndicatorBucket][];
  grouped: [IndicatorId, string, IndicatorBucket][];
}

/** Counts of one figure (and group) before `result()` sorts and rates them. */
export interface IndicatorBucket {
  group: Partial<Record<GroupKey, string>>;
  numerator: number;
  denominator: number;
  excludedCount: Partial<Record<ExclusionReason, number>>;
  ids: string[];
  denominatorIds: string[];
  excluded: { id: string; reason: ExclusionReason }[];
}

/**
 * Streaming computation: `add` records one by one (constant work per record), then `result()`.
 * Parts of one input can be computed apart (in worker threads) and joined with `partial()` and
 * `merge()`: the report is the same as for one accumulator over the whole input, provided the ids
 * of earlier parts are passed as `seenIds` to later ones (`merge` refuses a partial that reuses an id).
 */
export interface IndicatorAccumulator {
  add(record: unknown, index?: number): void;
  result(): IndicatorReport;
  /** The state so far, as plain data. */
  partial(): IndicatorPartial;
  /**
   * Adds the partial of an accumulator with the same options over records that come after this
   * one's; `indexOffset` is added to the indices of its rejected records.
   * @throws {IasError} `record.duplicate` when the partial uses an id this accumulator has seen
   *   (compute that part again with `seenIds`).
   */
  merge(partial: IndicatorPartial, indexOffset?: number): void;
}
