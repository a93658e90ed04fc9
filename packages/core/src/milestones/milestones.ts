/**
 * IAS milestones of one person on the 5/7-year path (domain.md §1.1, §1.2).
 *
 * Sources and assumptions ([V] verified in domain.md's sources, [G] our design):
 * - Goal 1 A1 at entry + 3 years, all VA/FL [V: S1]; goal 2 language at the start of compulsory
 *   school, children 0–4 at entry [V: S1, S5]; goal 3 post-compulsory education at entry + 5
 *   years, 16–25 at entry [V: S1, S12]; goal 4 first labour market at entry + 7 years, adults,
 *   monitored as 16–55 at entry [V: S1, S11]; goal 5 social integration at entry + 7 years, all
 *   [V: S1].
 * - Age groups use the age at entry in completed years, bounds inclusive (16–25 = from the 16th
 *   birthday until the day before the 26th) [G].
 * - Federal financing: recognised refugees (FL, permit B) 5 years from the asylum application;
 *   provisionally admitted (VA and VA-FL, permit F) 7 years from entry [V: S36b, domain.md §1.2].
 * - Status changes [G]: the status valid on a day decides whether financing still runs on that
 *   day. The financing ends on the first day, on or after the first status's `validFrom`, on which
 *   the rule of the status then valid says it has ended. So when F is recognised as refugee (FL),
 *   the horizon switches to asylum application + 5 years; if that date has already passed, the
 *   financing ends on the day of the change (it never ends retroactively and is never extended
 *   beyond what the earlier status had already ended).
 * - School start (goal 2) [G]: HarmoS (Art. 5 HarmoS-Konkordat): a child who is 4 by 31 July
 *   starts school on 1 August of that year. Cantons differ: `schoolStartAge`, `schoolAgeCutoff`
 *   and `schoolYearStart` are options. A child whose regular school start lies before entry
 *   starts on arrival: the due date is then the entry date.
 */
import { IasError } from '../errors.js';
import type { Case } from '../model/case.js';
import type { CalendarDate, PartialDate } from '../model/common.js';
import type { IasGoal } from '../model/plan.js';
import type { ResidenceStatus, StatusChange, StatusExit, StatusHistoryEntry } from '../model/status.js';
import { exitInForce, readStatusHistory } from './status-history.js';
import { checkDay } from '../dates/date.js';
import {
  type AgeRange,
  addYears,
  ageAt,
  assertCalendarDate,
  assertPartialDate,
  compareDates,
  endOfNthCalendarYearAfter,
  fromDateParts,
  maxDate,
  minDate,
  partialDateRange,
  toDateParts,
} from '../dates/index.js';

/** The milestones, in the order `computeMilestones` returns them. */
export const MILESTONE_IDS = [
  'language-a1',
  'school-start',
  'education',
  'labour-market',
  'social-integration',
  'financing-end',
] as const;
export type MilestoneId = (typeof MILESTONE_IDS)[number];

/** The IAS goal a milestone belongs to, or `financing` for the end of federal financing. */
export type MilestoneGoal = IasGoal | 'financing';

/**
 * Why a milestone does not apply (or cannot be decided):
 * - `age`: the person's age at entry is outside the milestone's age group;
 * - `unknown-birth-date`: no birth date, or a partial one that straddles the group's bounds;
 * - `missing-entry-date`, `missing-asylum-application-date`: a needed reference date is missing;
 * - `missing-status`: the status history is empty;
 * - `exited`: the canton's IAS responsibility ended (an exit in the status history) before the
 *   milestone's date.
 */
export const MILESTONE_REASONS = [
  'age',
  'unknown-birth-date',
  'missing-entry-date',
  'missing-asylum-application-date',
  'missing-status',
  'exited',
] as const;
export type MilestoneReason = (typeof MILESTONE_REASONS)[number];

/** A milestone rule: goal, years after entry, age group at entry (inclusive, completed years). */
export interface MilestoneRule {
  goal: MilestoneGoal;
  yearsAfterEntry: number | null;
  ageAtEntry: readonly [min: number, max: number] | null;
}

/** The IAS milestone rules, declared once (sources in the module notes). */
export const MILESTONE_RULES = {
  'language-a1': { goal: 1, yearsAfterEntry: 3, ageAtEntry: null },
  'school-start': { goal: 2, yearsAfterEntry: null, ageAtEntry: [0, 4] },
  education: { goal: 3, yearsAfterEntry: 5, ageAtEntry: [16, 25] },
  'labour-market': { goal: 4, yearsAfterEntry: 7, ageAtEntry: [16, 55] },
  'social-integration': { goal: 5, yearsAfterEntry: 7, ageAtEntry: null },
  'financing-end': { goal: 'financing', yearsAfterEntry: null, ageAtEntry: null },
} as const satisfies Record<MilestoneId, MilestoneRule>;

/** Federal financing per status: start date and duration in years [V: S36b]. */
export const FEDERAL_FINANCING_RULES = {
  FL: { from: 'asylumApplicationDate', years: 5 },
  VA: { from: 'entryDate', years: 7 },
  'VA-FL': { from: 'entryDate', years: 7 },
} as const satisfies Record<ResidenceStatus, { from: 'asylumApplicationDate' | 'entryDate'; years: number }>;

/**
 * How "n years after entry" becomes a date:
 * - `anniversary`: entry + n years (2020-06-15 + 3 = 2023-06-15), the default, for case work;
 * - `end-of-calendar-year`: 31 December of entry year + n, the SEM monitoring convention.
 * The school start and the end of federal financing are not affected.
 */
export const DUE_DATE_CONVENTIONS = ['anniversary', 'end-of-calendar-year'] as const;
export type DueDateConvention = (typeof DUE_DATE_CONVENTIONS)[number];

/** The facts milestones are computed from. Missing values give reasons, never errors. */
export interface MilestoneInput {
  /** Einreisedatum. */
  entryDate?: CalendarDate | null | undefined;
  /** Datum Asylgesuch; needed for the financing end of recognised refugees (FL). */
  asylumApplicationDate?: CalendarDate | null | undefined;
  /** Birth date, possibly partial (`1990`, `2004-07`). */
  dateOfBirth?: PartialDate | null | undefined;
  /** Dated statuses, exits and arrivals, in any order. */
  statusHistory?: readonly StatusHistoryEntry[] | null | undefined;
}

export interface MilestoneOptions {
  /** Age at which compulsory school starts. Default 4 (HarmoS). */
  schoolStartAge?: number;
  /** Cutoff `MM-DD`: a child who has reached `schoolStartAge` on this day starts school that year. Default `07-31`. */
  schoolAgeCutoff?: string;
  /** First day of the school year, `MM-DD`. Default `08-01`. */
  schoolYearStart?: string;
  /** Default `anniversary`. */
  dueDateConvention?: DueDateConvention;
}

interface MilestoneBase {
  id: MilestoneId;
  goal: MilestoneGoal;
}

/** A milestone that applies to the person. */
export interface ApplicableMilestone extends MilestoneBase {
  applicable: true;
  dueDate: CalendarDate;
  /** Set when a partial birth date leaves the date open: it falls between `dueDate` and this. */
  latestDueDate?: CalendarDate;
  /** `financing-end` only: the status whose rule ends the financing. */
  status?: ResidenceStatus;
  /** `financing-end` only: the exit that ends the financing before its rule does. */
  exit?: StatusExit;
}

/** A milestone that does not apply or cannot be decided. */
export interface NotApplicableMilestone extends MilestoneBase {
  applicable: false;
  reason: MilestoneReason;
  /** The date the milestone would fall on, when it can be computed (e.g. for `age` or `unknown-birth-date`). */
  dueDate?: CalendarDate;
  /** `exited`: the exit that ended the responsibility. */
  exit?: StatusExit;
}

export type Milestone = ApplicableMilestone | NotApplicableMilestone;

/** The period of responsibility: from entry to the end of federal financing. */
export type Horizon =
  | { known: true; start: CalendarDate; end: CalendarDate; status: ResidenceStatus; exit?: StatusExit }
  | { known: false; reason: MilestoneReason };

const DEFAULT_OPTIONS = {
  schoolStartAge: 4,
  schoolAgeCutoff: '07-31',
  schoolYearStart: '08-01',
  dueDateConvention: 'anniversary',
} as const satisfies Required<MilestoneOptions>;

interface Facts {
  entry: CalendarDate | undefined;
  application: CalendarDate | undefined;
  birth: PartialDate | undefined;
  history: StatusChange[];
  /** The exit in force at the end of the history (the responsibility has ended), if any. */
  exit: StatusExit | undefined;
  age: AgeRange | undefined;
}

const optionalDate = (value: CalendarDate | null | undefined, field: string) =>
  value == null ? undefined : assertCalendarDate(value, field);

/** Validates the input; throws `IasDateError` / `IasError` for bad values. */
function readFacts(input: MilestoneInput): Facts {
  const entry = optionalDate(input.entryDate, 'entryDate');
  const application = optionalDate(input.asylumApplicationDate, 'asylumApplicationDate');
  const birth = input.dateOfBirth == null ? undefined : assertPartialDate(input.dateOfBirth, 'dateOfBirth');
  const read = readStatusHistory(input.statusHistory);
  const exit = exitInForce(read.entries, '9999-12-31');
  const age =
    birth && entry ? ageAt(birth, entry, { birthField: 'dateOfBirth', dateField: 'entryDate' }) : undefined;
  return { entry, application, birth, history: read.statuses, exit, age };
}

function readMonthDay(value: string, field: string): { month: number; day: number } {
  const m = /^(\d{2})-(\d{2})$/.exec(value);
  const invalid = () =>
    new IasError('option.invalid', `${field}: ${JSON.stringify(value)} is not a day MM-DD`, { value, field });
  if (!m) throw invalid();
  try {
    const { month, day } = checkDay(2001, Number(m[1]), Number(m[2]), value, field); // common year: no 02-29
    return { month, day };
  } catch {
    throw invalid();
  }
}

function readOptions(options: MilestoneOptions) {
  const o = {
    schoolStartAge: options.schoolStartAge ?? DEFAULT_OPTIONS.schoolStartAge,
    schoolAgeCutoff: options.schoolAgeCutoff ?? DEFAULT_OPTIONS.schoolAgeCutoff,
    schoolYearStart: options.schoolYearStart ?? DEFAULT_OPTIONS.schoolYearStart,
    dueDateConvention: options.dueDateConvention ?? DEFAULT_OPTIONS.dueDateConvention,
  };
  if (!Number.isInteger(o.schoolStartAge) || o.schoolStartAge < 0 || o.schoolStartAge > 10) {
    throw new IasError('option.invalid', `schoolStartAge: ${o.schoolStartAge} is not an age 0–10`, {
      value: o.schoolStartAge,
      field: 'schoolStartAge',
    });
  }
  if (!DUE_DATE_CONVENTIONS.includes(o.dueDateConvention)) {
    throw new IasError(
      'option.invalid',
      `dueDateConvention: ${JSON.stringify(o.dueDateConvention)} is unknown`,
      {
        value: o.dueDateConvention,
        field: 'dueDateConvention',
      },
    );
  }
  return {
    ...o,
    cutoff: readMonthDay(o.schoolAgeCutoff, 'schoolAgeCutoff'),
    yearStart: readMonthDay(o.schoolYearStart, 'schoolYearStart'),
  };
}
type Options = ReturnType<typeof readOptions>;

type AgeFit = 'in' | 'out' | 'unknown';

function ageFit(age: AgeRange | undefined, [min, max]: readonly [number, number]): AgeFit {
  if (!age) return 'unknown';
  if (age.min >= min && age.max <= max) return 'in';
  if (age.max < min || age.min > max) return 'out';
  return 'unknown';
}

/** First day of compulsory school for a child born on `birth` (HarmoS-style rule, see notes). */
function schoolStart(birth: CalendarDate, o: Options): CalendarDate {
  const birthday = addYears(birth, o.schoolStartAge);
  const { year } = toDateParts(birthday);
  const cutoff = fromDateParts({ year, ...o.cutoff });
  const startYear = compareDates(birthday, cutoff) <= 0 ? year : year + 1;
  return fromDateParts({ year: startYear, ...o.yearStart });
}

/**
 * The regular first day of compulsory school of a child born on `birth` (a full date) under
 * `options`: the rule `computeMilestones` applies before it takes the entry date into account (the
 * milestone is the later of the two). The options are read once, for loops over many children.
 * Internal to core (the indicators use it); not exported from the package.
 */
export function regularSchoolStart(options: MilestoneOptions = {}): (birth: CalendarDate) => CalendarDate {
  const o = readOptions(options);
  return (birth) => schoolStart(birth, o);
}

type FinancingEnd = { end: CalendarDate; status: ResidenceStatus } | { reason: MilestoneReason };

/** End of federal financing over the status history (rule in the module notes). */
function financingEnd(f: Facts): FinancingEnd {
  for (const [i, change] of f.history.entries()) {
    const rule = FEDERAL_FINANCING_RULES[change.status];
    const base = rule.from === 'entryDate' ? f.entry : f.application;
    if (!base) {
      return {
        reason: rule.from === 'entryDate' ? 'missing-entry-date' : 'missing-asylum-application-date',
      };
    }
    const end = maxDate(addYears(base, rule.years, rule.from), change.validFrom);
    const next = f.history[i + 1];
    if (!next || compareDates(end, next.validFrom) < 0) return { end, status: change.status };
  }
  return { reason: 'missing-status' };
}

function milestone(id: MilestoneId, f: Facts, o: Options): Milestone {
  const rule: MilestoneRule = MILESTONE_RULES[id];
  const goal = rule.goal;
  // Object literals, not `{ ...base, ... }`: spreading a fresh object here cost half the run time.
  const no = (reason: MilestoneReason, dueDate?: CalendarDate): Milestone =>
    dueDate === undefined
      ? { id, goal, applicable: false, reason }
      : { id, goal, applicable: false, reason, dueDate };
  if (id === 'financing-end') {
    const result = financingEnd(f);
    if ('reason' in result) return no(result.reason);
    if (f.exit && f.exit.validFrom < result.end)
      return { id, goal, applicable: true, dueDate: f.exit.validFrom, status: result.status, exit: f.exit };
    return { id, goal, applicable: true, dueDate: result.end, status: result.status };
  }
  const m = goalMilestone(id, rule, f, o, no);
  // After an exit the canton's horizon has ended: later goal milestones are not its own.
  if (f.exit && m.dueDate && m.dueDate >= f.exit.validFrom)
    return { id, goal, applicable: false, reason: 'exited', dueDate: m.dueDate, exit: f.exit };
  return m;
}

function goalMilestone(
  id: MilestoneId,
  rule: MilestoneRule,
  f: Facts,
  o: Options,
  no: (reason: MilestoneReason, dueDate?: CalendarDate) => Milestone,
): Milestone {
  const goal = rule.goal;
  if (!f.entry) return no('missing-entry-date');
  const fit = rule.ageAtEntry ? ageFit(f.age, rule.ageAtEntry) : 'in';

  if (id === 'school-start') {
    if (fit !== 'in' || !f.birth) return no(fit === 'out' ? 'age' : 'unknown-birth-date');
    const { earliest, latest } = partialDateRange(f.birth, 'dateOfBirth');
    const first = maxDate(schoolStart(earliest, o), f.entry);
    const last = maxDate(schoolStart(minDate(latest, f.entry), o), f.entry);
    return first === last
      ? { id, goal, applicable: true, dueDate: first }
      : { id, goal, applicable: true, dueDate: first, latestDueDate: last };
  }

  const years = rule.yearsAfterEntry ?? 0;
  const dueDate =
    o.dueDateConvention === 'anniversary'
      ? addYears(f.entry, years, 'entryDate')
      : endOfNthCalendarYearAfter(f.entry, years, 'entryDate');
  if (fit === 'in') return { id, goal, applicable: true, dueDate };
  return no(fit === 'out' ? 'age' : 'unknown-birth-date', dueDate);
}

/**
 * Computes the IAS milestones of one person: one entry per `MILESTONE_IDS`, in that order.
 *
 * Each milestone has its `id`, the IAS `goal` (1–5, or `financing`) and either
 * `applicable: true` with a `dueDate`, or `applicable: false` with a `reason` (`age`,
 * `unknown-birth-date`, `missing-entry-date`, ...). Missing facts never throw; bad values do.
 * The rules, sources and assumptions are listed in the notes of `milestones.ts` and in the
 * package README.
 *
 * @throws {IasDateError} for a malformed or impossible date (`date.format`, `date.invalid`,
 *   `date.empty` for `''`) and `date.order` when the birth date is surely after the entry date.
 * @throws {IasError} `status.invalid` for an unknown status, `option.invalid` for bad options.
 *
 * @example
 * // Recognised refugee (FL, permit B), 27 at entry:
 * computeMilestones({
 *   entryDate: '2021-09-14',
 *   asylumApplicationDate: '2021-09-16',
 *   dateOfBirth: '1994-05-20',
 *   statusHistory: [{ status: 'FL', validFrom: '2022-03-01' }],
 * });
 * // [
 * //   { id: 'language-a1', goal: 1, applicable: true, dueDate: '2024-09-14' },
 * //   { id: 'school-start', goal: 2, applicable: false, reason: 'age' },
 * //   { id: 'education', goal: 3, applicable: false, reason: 'age', dueDate: '2026-09-14' },
 * //   { id: 'labour-market', goal: 4, applicable: true, dueDate: '2028-09-14' },
 * //   { id: 'social-integration', goal: 5, applicable: true, dueDate: '2028-09-14' },
 * //   { id: 'financing-end', goal: 'financing', applicable: true, dueDate: '2026-09-16', status: 'FL' },
 * // ]
 *
 * @example
 * // Provisionally admitted (VA, permit F), born November 2004 (month known only), 17 at entry:
 * computeMilestones({
 *   entryDate: '2022-03-10',
 *   asylumApplicationDate: '2022-03-11',
 *   dateOfBirth: '2004-11',
 *   statusHistory: [{ status: 'VA', validFrom: '2023-01-20' }],
 * });
 * // language-a1 2025-03-10 · school-start not applicable (age) · education 2027-03-10 ·
 * // labour-market 2029-03-10 · social-integration 2029-03-10 ·
 * // financing-end 2029-03-10 (status 'VA': entry + 7 years)
 *
 * @example
 * // Status change: provisionally admitted (VA) in 2019, recognised as refugee (FL) in 2021.
 * // The financing horizon switches from entry + 7 (2025-05-03) to application + 5 years:
 * computeMilestones({
 *   entryDate: '2018-05-03',
 *   asylumApplicationDate: '2018-05-04',
 *   statusHistory: [
 *     { status: 'VA', validFrom: '2019-02-01' },
 *     { status: 'FL', validFrom: '2021-06-30' },
 *   ],
 * }).find((m) => m.id === 'financing-end');
 * // { id: 'financing-end', goal: 'financing', applicable: true, dueDate: '2023-05-04', status: 'FL' }
 */
export function computeMilestones(input: MilestoneInput, options: MilestoneOptions = {}): Milestone[] {
  const o = readOptions(options);
  const facts = readFacts(input);
  return MILESTONE_IDS.map((id) => milestone(id, facts, o));
}

/**
 * The period of federal responsibility: from entry to the end of federal financing (FL:
 * asylum application + 5 years; VA, VA-FL: entry + 7 years; status changes as in
 * `computeMilestones`), or to an earlier exit (then `exit` names it).
 * @example
 * computeHorizon({
 *   entryDate: '2022-03-10',
 *   statusHistory: [{ status: 'VA', validFrom: '2023-01-20' }],
 * });
 * // { known: true, start: '2022-03-10', end: '2029-03-10', status: 'VA' }
 */
export function computeHorizon(input: MilestoneInput): Horizon {
  const facts = readFacts(input);
  if (!facts.entry) return { known: false, reason: 'missing-entry-date' };
  const result = financingEnd(facts);
  if ('reason' in result) return { known: false, reason: result.reason };
  if (facts.exit && facts.exit.validFrom < result.end)
    return {
      known: true,
      start: facts.entry,
      end: facts.exit.validFrom,
      status: result.status,
      exit: facts.exit,
    };
  return { known: true, start: facts.entry, end: result.end, status: result.status };
}

/** The end of federal financing (see `computeHorizon`), or `undefined` when it cannot be computed. */
export function responsibilityEnd(input: MilestoneInput): CalendarDate | undefined {
  const horizon = computeHorizon(input);
  return horizon.known ? horizon.end : undefined;
}

/** Takes the milestone facts from a case. */
export function milestoneInputOf(c: Case): MilestoneInput {
  return {
    entryDate: c.entryDate,
    asylumApplicationDate: c.asylumApplicationDate,
    dateOfBirth: c.person.dateOfBirth,
    statusHistory: c.statusHistory,
  };
}
