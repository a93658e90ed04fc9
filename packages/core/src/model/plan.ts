/**
 * Individual integration plan (IIP) with goals, measures and reviews.
 * Structure and enumerations from domain.md §4 (proposal [G]; tariff types seen in [V: S39]).
 */
import type { ActorRef, CalendarDate, DocumentRef, Id } from './common.js';
import type { ProviderRef } from './provider.js';

/** The five IAS impact goals (Wirkungsziele), domain.md §1.1 [V: S1]. */
export const IAS_GOALS = [1, 2, 3, 4, 5] as const;
export type IasGoal = (typeof IAS_GOALS)[number];

export const PLAN_STATUSES = ['entwurf', 'aktiv', 'abgeschlossen', 'abgebrochen'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const GOAL_DOMAINS = [
  'sprache',
  'bildung',
  'arbeit',
  'soziale_integration',
  'gesundheit',
  'wohnen',
  'familie_kinder',
  'finanzen',
] as const;
export type GoalDomain = (typeof GOAL_DOMAINS)[number];

/** Status of a plan goal [G: not enumerated in domain.md]. */
export const GOAL_STATUSES = [
  'offen',
  'laufend',
  'erreicht',
  'teilweise',
  'nicht_erreicht',
  'aufgegeben',
] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

/**
 * Measure types (domain.md §4): Sprachkurs, Alphabetisierung, Integrationsvorlehre/PAI,
 * Brückenangebot, Praktikum/Arbeitseinsatz, Qualifizierungsprogramm, Job-Coaching,
 * Praxisassessment, Diplomanerkennung, frühe Förderung/Kita, Freiwilligenarbeit/Verein,
 * Gesundheit; plus `andere` [G] for canton-specific offers.
 */
export const MEASURE_TYPES = [
  'sprachkurs',
  'alphabetisierung',
  'integrationsvorlehre',
  'brueckenangebot',
  'praktikum',
  'qualifizierungsprogramm',
  'job_coaching',
  'praxisassessment',
  'diplomanerkennung',
  'fruehe_foerderung',
  'freiwilligenarbeit',
  'gesundheit',
  'andere',
] as const;
export type MeasureType = (typeof MEASURE_TYPES)[number];

/** Measure lifecycle: geplant → angemeldet → laufend → abgeschlossen / abgebrochen / nicht_angetreten. */
export const MEASURE_STATUSES = [
  'geplant',
  'angemeldet',
  'laufend',
  'abgeschlossen',
  'abgebrochen',
  'nicht_angetreten',
] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];
/** Measure statuses that are not final. */
export const OPEN_MEASURE_STATUSES = [
  'geplant',
  'angemeldet',
  'laufend',
] as const satisfies readonly MeasureStatus[];
/** Measure statuses that ended after a start or a drop, for which an outcome is asked. */
export const ENDED_MEASURE_STATUSES = [
  'abgeschlossen',
  'abgebrochen',
] as const satisfies readonly MeasureStatus[];

/**
 * Allowed status changes of a measure [G]. A planned measure may start without registration
 * and may be dropped; only a registered measure can be "not started" (nicht angetreten);
 * the three end states are final.
 */
export const MEASURE_STATUS_TRANSITIONS = {
  geplant: ['angemeldet', 'laufend', 'abgebrochen'],
  angemeldet: ['laufend', 'nicht_angetreten', 'abgebrochen'],
  laufend: ['abgeschlossen', 'abgebrochen'],
  abgeschlossen: [],
  abgebrochen: [],
  nicht_angetreten: [],
} as const satisfies Record<MeasureStatus, readonly MeasureStatus[]>;

/** Whether a measure may move from status `from` to status `to` (see `MEASURE_STATUS_TRANSITIONS`). */
export function canChangeMeasureStatus(from: MeasureStatus, to: MeasureStatus): boolean {
  return (MEASURE_STATUS_TRANSITIONS[from] as readonly MeasureStatus[]).includes(to);
}

export const MEASURE_OUTCOMES = ['erreicht', 'teilweise', 'nicht_erreicht'] as const;
export type MeasureOutcome = (typeof MEASURE_OUTCOMES)[number];

export const TARIFF_TYPES = [
  'monatspauschale',
  'fallpauschale',
  'pro_stunde',
  'pro_bericht',
  'nach_aufwand',
] as const;
export type TariffType = (typeof TARIFF_TYPES)[number];

export const FINANCING_SOURCES = ['integrationspauschale', 'sozialhilfe', 'IV', 'ALV', 'andere'] as const;
export type FinancingSource = (typeof FINANCING_SOURCES)[number];

/** A goal of the plan, SMART-formulated. */
export interface Goal {
  id: Id;
  domain: GoalDomain;
  /** The IAS impact goal (1–5) this goal contributes to, if any. */
  iasGoal?: IasGoal;
  /**
   * The goal, SMART-formulated.
   * @minLength 1
   * @maxLength 2000
   */
  text: string;
  /**
   * How achievement is measured.
   * @maxLength 1000
   */
  indicator?: string;
  targetDate?: CalendarDate;
  status: GoalStatus;
  /**
   * Degree achieved in percent.
   * @minimum 0
   * @maximum 100
   */
  degreeAchieved?: number;
  /** Documents (certificates, reports) the host stored for this goal. */
  documents?: DocumentRef[];
}

/** Cost of a measure. */
export interface MeasureCost {
  /**
   * Amount in Swiss francs.
   * @minimum 0
   */
  amountChf: number;
  tariffType: TariffType;
  financing: FinancingSource;
}

/** A measure (course, programme, coaching, ...) assigned to the person. */
export interface Measure {
  id: Id;
  type: MeasureType;
  /**
   * @minLength 1
   * @maxLength 300
   */
  title: string;
  /** Plan goals this measure serves. */
  goalIds?: Id[];
  provider?: ProviderRef;
  /** The provider's offer (see `Provider.offers`). */
  offerId?: Id;
  plannedStart?: CalendarDate;
  plannedEnd?: CalendarDate;
  actualStart?: CalendarDate;
  actualEnd?: CalendarDate;
  /**
   * Workload in percent of full time.
   * @minimum 0
   * @maximum 100
   */
  pensumPercent?: number;
  cost?: MeasureCost;
  status: MeasureStatus;
  outcome?: MeasureOutcome;
  /** @maxLength 2000 */
  outcomeReason?: string;
  /** Whether a certificate (Zertifikat, Bestätigung) was issued. */
  certificate?: boolean;
  documents?: DocumentRef[];
  /**
   * Qualitative notes of the case worker.
   * @maxLength 5000
   */
  notes?: string;
  /** How the client perceives the measure, in their own words. */
  clientPerception?: string;
}

/** A review meeting (Standortbestimmung), e.g. every 3–6 months [G]. */
export interface Review {
  id: Id;
  date: CalendarDate;
  participants: ActorRef[];
  /** @maxLength 5000 */
  summary: string;
  decisions?: string[];
  nextDate?: CalendarDate;
}

/** Consent to data sharing with one recipient (DSG: explicit consent, domain.md §5.1). */
export interface DataSharingConsent {
  /** @minLength 1 */
  recipient: string;
  /** @minLength 1 */
  scope: string;
  validUntil?: CalendarDate;
  /** The day consent to this recipient was given. */
  consentedOn?: CalendarDate;
}

/** The client's signature of the plan and its data-sharing consents. */
export interface PlanConsent {
  signedOn: CalendarDate;
  /**
   * Language the plan was explained in (ISO 639-1), e.g. `ti`.
   * @pattern ^[a-z]{2,3}$
   */
  language?: string;
  interpreter?: boolean;
  dataSharing?: DataSharingConsent[];
  /** The client confirmed they were told their rights and duties. */
  rightsAndDutiesConfirmed?: boolean;
}

/** The individual integration plan (IIP) of one person. */
export interface IntegrationPlan {
  id: Id;
  personId: Id;
  /**
   * @TJS-type integer
   * @minimum 1
   */
  version: number;
  status: PlanStatus;
  validFrom: CalendarDate;
  validTo?: CalendarDate;
  caseManager: ActorRef;
  /** Involved professionals and offices (Fachstellen). */
  participants?: ActorRef[];
  nextReview?: CalendarDate;
  goals: Goal[];
  measures: Measure[];
  reviews: Review[];
  consent?: PlanConsent;
  /** Every change to the plan: who, when, what (JSON pointer, old and new value). */
  changeLog?: PlanChangeEntry[];
}

/** Kinds of change recorded in a plan's change log (the operations of RFC 6902). */
export const CHANGE_OPS = ['add', 'replace', 'remove', 'move'] as const;
export type ChangeOp = (typeof CHANGE_OPS)[number];

/**
 * One entry of a plan's change log: who changed what, when. `pointer` is the JSON pointer (RFC 6901) of the
 * changed value in the plan; `from` the old position of a move.
 */
export interface PlanChangeEntry {
  who: ActorRef;
  /** ISO 8601 date-time (or a `YYYY-MM-DD` date when only the day is known). */
  when: string;
  op: ChangeOp;
  pointer: string;
  from?: string;
  old?: unknown;
  new?: unknown;
}
