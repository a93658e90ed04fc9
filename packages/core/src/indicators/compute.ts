/**
 * IAS figures at person level (domain.md §1 and §3; design.md rec. 19–20).
 *
 * Goals (SEM monitoring [V: S11, S12]): a person belongs to the ENTRY COHORT of the year of entry
 * and is measured at the end of the n-th calendar year after entry (goal 1: 3, goal 3: 5, goals 4
 * and 5: 7; goal 2 at the start of compulsory school), in the age group at entry the goal concerns.
 * A goal figure counts the persons whose measurement date lies in the period (default: any date up
 * to the reference date `at`); persons measured after `at` are excluded as `not-yet-due`.
 *
 * Kennzahlen (KIP/IAS [V: S9]): persons of the IAS population of the period (see
 * `IndicatorDefinitions.horizonYears`) counted per period (default: the calendar year of `at`, up
 * to `at`).
 *
 * Grouping: the status is the one valid on the figure's date (the measurement date for goals, the
 * period's last day for Kennzahlen), `unknown` before the first status. The cohort is the entry
 * year, the age group the age at entry (`IndicatorDefinitions.ageGroups`). A group value that is
 * not known is `unknown`.
 *
 * Every figure is independent of the input order: ids are sorted, figures ordered by indicator and
 * group. Duplicate ids: the first record is used, later ones are rejected.
 */
import { IasError } from '../errors.js';
import { MILESTONE_RULES, computeMilestones, regularSchoolStart } from '../milestones/milestones.js';
import type { CalendarDate, PartialDate } from '../model/common.js';
import type { Measure } from '../model/plan.js';
import { RESIDENCE_STATUSES, type StatusChange } from '../model/status.js';
import {
  type AgeRange,
  addDays,
  addMonths,
  assertCalendarDate,
  endOfNthCalendarYearAfter,
  isCalendarDate,
  isPartialDate,
  partialDateRange,
  toDateParts,
} from '../dates/index.js';
import { LANGUAGE_LEVELS } from '../tasks/types.js';
import { fastAgeAt } from './fast-age.js';
import { GOAL_YEARS_AFTER_ENTRY, resolveDefinitions, type IndicatorDefinitions } from './definitions.js';
import {
  GROUP_KEYS,
  INDICATOR_IDS,
  UNKNOWN_GROUP,
  type ExclusionReason,
  type Figure,
  type GroupKey,
  type IndicatorId,
  type IndicatorRecord,
  type Period,
  type RejectedRecord,
} from './types.js';

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

// ---- reading a record ---------------------------------------------------------------------------

/** A record whose dates are checked: every date below is a valid `YYYY-MM-DD`, so plain string
 * comparison orders them chronologically (never `new Date(string)`). */
interface Facts {
  id: string;
  entry: string | undefined;
  decision: string | undefined;
  birth: PartialDate | undefined;
  history: StatusChange[];
  ageEntry: AgeRange | undefined;
  record: IndicatorRecord;
  measures: Measure[];
  groups: Record<GroupKey, string>;
  /** Memo of the school start (goal 2, early language support). */
  school: { day: string } | { reason: ExclusionReason } | undefined;
  /** Memo of the age on the period's last day. */
  agePeriodEnd: AgeRange | undefined;
  /** Memo of the profile's first assessment and the person's fit (`null`: not newly recorded). */
  profile: { data: unknown; fit: Outcome | null } | null | undefined;
}

/** `endOfNthCalendarYearAfter(entry, n)`: the entry date is valid, so the common case is a string
 * operation (years outside 1000–9999 go to the core function, which also reports range errors). */
function endOfYear(f: Facts, n: number): string {
  const year = Number(f.entry!.slice(0, 4)) + n;
  return year >= 1000 && year <= 9999 ? `${year}-12-31` : endOfNthCalendarYearAfter(f.entry!, n, 'entryDate');
}

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function date(value: unknown, field: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (!isCalendarDate(value)) assertCalendarDate(value, field); // throws IasDateError with the field
  return value as string;
}
function reqDate(value: unknown, field: string): string {
  const d = date(value, field);
  if (d === undefined) throw new IasError('record.invalid', `${field}: a date is required`, { field, value });
  return d;
}
function list<T>(value: unknown, field: string): T[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new IasError('record.invalid', `${field}: not a list`, { field, value });
  return value as T[];
}

/** Whether `value` is absent or a valid date; the common case of `date`, without naming the field. */
const okDate = (value: unknown) =>
  value === undefined || value === null || value === '' || isCalendarDate(value);

/**
 * Checks every date the figures read; throws `IasError` naming the field. Field names are built
 * only for a bad value (this runs for every record).
 */
function checkDates(r: IndicatorRecord): void {
  date(r.erstinformationDate, 'erstinformationDate');
  const measures = list<Measure>(r.plan?.measures, 'plan.measures');
  for (let i = 0; i < measures.length; i++) {
    const m = measures[i];
    if (!m) continue;
    // Four plain property reads: a loop over the keys would make every read a generic keyed load.
    if (!okDate(m.plannedStart) || !okDate(m.plannedEnd) || !okDate(m.actualStart) || !okDate(m.actualEnd))
      for (const k of MEASURE_DATES) date(m[k], `plan.measures[${i}].${k}`);
  }
  const levels = list<{ date: unknown; level: unknown }>(r.languageLevels, 'languageLevels');
  for (let i = 0; i < levels.length; i++) {
    const x = levels[i];
    if (!isCalendarDate(x?.date)) reqDate(x?.date, `languageLevels[${i}].date`);
    if (!LANGUAGE_LEVELS.includes(x!.level as never)) {
      throw new IasError(
        'record.invalid',
        `languageLevels[${i}].level: ${JSON.stringify(x!.level)} is not a CEFR level`,
        {
          field: `languageLevels[${i}].level`,
          value: x!.level,
        },
      );
    }
  }
  for (const key of PERIOD_LISTS) {
    const periods = list<{ from: unknown; to: unknown }>(r[key], key);
    for (let i = 0; i < periods.length; i++) {
      const x = periods[i];
      if (!isCalendarDate(x?.from)) reqDate(x?.from, `${key}[${i}].from`);
      if (!okDate(x!.to)) date(x!.to, `${key}[${i}].to`);
    }
  }
  const contacts = list<{ date: unknown }>(r.socialContacts, 'socialContacts');
  for (let i = 0; i < contacts.length; i++)
    if (!isCalendarDate(contacts[i]?.date)) reqDate(contacts[i]?.date, `socialContacts[${i}].date`);
  const assessments = list<{ date: unknown }>(r.assessments, 'assessments');
  for (let i = 0; i < assessments.length; i++)
    if (!okDate(assessments[i]?.date)) date(assessments[i]!.date, `assessments[${i}].date`);
}
const MEASURE_DATES = ['plannedStart', 'plannedEnd', 'actualStart', 'actualEnd'] as const;
const PERIOD_LISTS = ['education', 'employment'] as const;

function ageGroupOf(age: AgeRange | undefined, d: IndicatorDefinitions): string {
  if (!age) return UNKNOWN_GROUP;
  for (const b of d.ageGroups) if (age.min >= b.min && (b.max === null || age.max <= b.max)) return b.label;
  return UNKNOWN_GROUP;
}

function read(raw: unknown, d: IndicatorDefinitions): Facts {
  if (!isObj(raw))
    throw new IasError('record.invalid', 'a record must be a JSON object', { field: '', value: raw });
  const r = raw as unknown as IndicatorRecord;
  if ((typeof r.id !== 'string' || r.id === '') && typeof r.id !== 'number') {
    throw new IasError('record.invalid', 'id: missing', { field: 'id', value: r.id });
  }
  const id = String(r.id);
  const person: NonNullable<IndicatorRecord['person']> = isObj(r.person) ? r.person : {};
  const entry = date(r.entryDate, 'entryDate');
  const decision = date(r.decisionDate, 'decisionDate');
  const birthRaw = person.dateOfBirth;
  if (birthRaw != null && birthRaw !== '' && !isPartialDate(birthRaw)) {
    throw new IasError(
      'record.invalid',
      `person.dateOfBirth: ${JSON.stringify(birthRaw)} is not a (partial) date`,
      {
        field: 'person.dateOfBirth',
        value: birthRaw,
      },
    );
  }
  const birth = birthRaw ? birthRaw : undefined;
  const history = list<StatusChange>(r.statusHistory, 'statusHistory').map((s, i) => {
    if (!RESIDENCE_STATUSES.includes(s?.status)) {
      throw new IasError(
        'status.invalid',
        `statusHistory[${i}].status: ${JSON.stringify(s?.status)} is not one of ${RESIDENCE_STATUSES.join(', ')}`,
        {
          field: `statusHistory[${i}].status`,
          value: s?.status,
        },
      );
    }
    return { status: s.status, validFrom: reqDate(s.validFrom, `statusHistory[${i}].validFrom`) };
  });
  if (history.length > 1)
    history.sort((a, b) => (a.validFrom < b.validFrom ? -1 : a.validFrom > b.validFrom ? 1 : 0));
  checkDates(r);
  const ageEntry = birth && entry ? fastAgeAt(birth, entry, 'entryDate') : undefined;
  const nat = person.nationality;
  const nationality =
    nat?.nationalityStatus === '2' && nat.country?.countryIdISO2
      ? nat.country.countryIdISO2
      : nat?.nationalityStatus === '1'
        ? 'stateless'
        : UNKNOWN_GROUP;
  const groups: Record<GroupKey, string> = {
    cohort: entry ? entry.slice(0, 4) : UNKNOWN_GROUP,
    status: UNKNOWN_GROUP, // depends on the figure's date
    ageGroup: ageGroupOf(ageEntry, d),
    sex: person.sex ?? UNKNOWN_GROUP,
    nationality,
    office: r.responsibleOffice?.id ?? UNKNOWN_GROUP,
    worker: r.responsibleWorker?.id ?? UNKNOWN_GROUP,
    commune: r.commune != null && r.commune !== '' ? String(r.commune) : UNKNOWN_GROUP,
  };
  return {
    id,
    entry,
    decision,
    birth,
    history,
    ageEntry,
    record: r,
    measures: list(r.plan?.measures, 'plan.measures'),
    groups,
    school: undefined,
    agePeriodEnd: undefined,
    profile: undefined,
  };
}

/** Group values of a record that could not be read (whatever can be read safely). */
function looseGroups(raw: unknown): Record<GroupKey, string> {
  const g = Object.fromEntries(GROUP_KEYS.map((k) => [k, UNKNOWN_GROUP])) as Record<GroupKey, string>;
  if (isObj(raw) && isCalendarDate(raw.entryDate)) g.cohort = raw.entryDate.slice(0, 4);
  return g;
}

function statusOn(history: readonly StatusChange[], day: string): string {
  let s: string = UNKNOWN_GROUP;
  for (const h of history) if (h.validFrom <= day) s = h.status;
  return s;
}

// ---- rules --------------------------------------------------------------------------------------

type Outcome =
  | { kind: 'in'; hit: boolean; day: string }
  | { kind: 'excluded'; reason: ExclusionReason; day?: string | undefined }
  | { kind: 'out' };
const OUT: Outcome = { kind: 'out' };
const EXCLUDED = new Map<ExclusionReason, Outcome>();
const ex = (reason: ExclusionReason, day?: string): Outcome => {
  if (day !== undefined) return { kind: 'excluded', reason, day };
  let o = EXCLUDED.get(reason);
  if (!o) EXCLUDED.set(reason, (o = { kind: 'excluded', reason }));
  return o;
};

type Fit = 'in' | 'out' | 'unknown';
function fit(age: AgeRange | undefined, min: number, max: number | null): Fit {
  if (!age) return 'unknown';
  if (age.min >= min && (max === null || age.max <= max)) return 'in';
  if (age.max < min || (max !== null && age.min > max)) return 'out';
  return 'unknown';
}

const levelAtLeast = (level: string, min: string) =>
  LANGUAGE_LEVELS.indexOf(level as never) >= LANGUAGE_LEVELS.indexOf(min as never);

/** Whether a measure of `types` ran on some day of [from, to] (see `measureRan`). */
function ranIn(measures: readonly Measure[], types: readonly string[], from: string, to: string): boolean {
  return measures.some((m) => types.includes(m.type) && measureRan(m, from, to));
}

/**
 * A measure ran in [from, to] when its status is `laufend`, `abgeschlossen` or `abgebrochen`, it
 * started (actualStart, else plannedStart) on or before `to`, and it ended (actualEnd; a running
 * measure is open; else plannedEnd, else its start day) on or after `from`. Undated measures never count.
 */
function measureRan(m: Measure, from: string, to: string): boolean {
  if (m.status !== 'laufend' && m.status !== 'abgeschlossen' && m.status !== 'abgebrochen') return false;
  const start = m.actualStart ?? m.plannedStart;
  if (!start || start > to) return false;
  const end = m.actualEnd ?? (m.status === 'laufend' ? undefined : (m.plannedEnd ?? start));
  return end === undefined || end >= from;
}

interface Ctx {
  at: string;
  d: IndicatorDefinitions;
  goalFrom: string | undefined;
  goalTo: string;
  /** The period's `to` as given (may lie after `at`). */
  givenTo: string | undefined;
  from: string;
  to: string;
  /** The regular school start of a full birth date (see `computeSchoolStart`). */
  schoolStart: (birth: CalendarDate) => CalendarDate;
  /** `definitions.profileFields` as pointer keys. */
  profileKeys: Record<'schoolingYears' | 'literacy' | 'potential' | 'workExperienceMonths', string[]> & {
    notAlphabetisedValue: string;
  };
}

function schoolStartOf(f: Facts, c: Ctx): { day: string } | { reason: ExclusionReason } {
  f.school ??= computeSchoolStart(f, c);
  return f.school;
}

const SCHOOL_AGE = MILESTONE_RULES['school-start'].ageAtEntry;

/**
 * The school start of core's milestones: for a full birth date and an age at entry inside the
 * milestone's group it is `max(regular school start, entry)`, with core's own rule
 * (`regularSchoolStart`, no milestone list per child); otherwise `computeMilestones` decides.
 */
function computeSchoolStart(f: Facts, c: Ctx): { day: string } | { reason: ExclusionReason } {
  if (f.entry && f.birth?.length === 10 && fit(f.ageEntry, SCHOOL_AGE[0], SCHOOL_AGE[1]) === 'in') {
    const regular = c.schoolStart(f.birth);
    return { day: regular > f.entry ? regular : f.entry };
  }
  const [m] = computeMilestones(
    { entryDate: f.entry, dateOfBirth: f.birth }, // the school start needs no status
    c.d.school,
  ).filter((x) => x.id === 'school-start');
  if (!m) return { reason: 'not-in-target-group' };
  if (!m.applicable)
    return {
      reason:
        m.reason === 'age'
          ? 'not-in-target-group'
          : m.reason === 'missing-entry-date'
            ? 'missing-entry-date'
            : 'unknown-birth-date',
    };
  // A partial birth date leaves the school start open: measured at the latest possible start.
  return { day: m.latestDueDate ?? m.dueDate };
}

function goalOutcome(goal: 1 | 2 | 3 | 4 | 5, f: Facts, c: Ctx): Outcome {
  if (!f.entry) return ex('missing-entry-date');
  const first = f.history[0];
  if (!first || first.validFrom > c.at) return ex('not-in-target-group');
  const range = c.d.goalAgeAtEntry[goal];
  if (range) {
    const ok = fit(f.ageEntry, range[0], range[1]);
    if (ok === 'unknown') return ex('unknown-birth-date');
    if (ok === 'out') return ex('not-in-target-group');
  }
  let m: string;
  if (goal === 2) {
    const s = schoolStartOf(f, c);
    if ('reason' in s) return ex(s.reason);
    m = s.day;
  } else {
    m = endOfYear(f, GOAL_YEARS_AFTER_ENTRY[goal]);
  }
  if (c.goalFrom && m < c.goalFrom) return OUT;
  if (m > c.goalTo)
    return m > c.at && (c.givenTo === undefined || m <= c.givenTo) ? ex('not-yet-due', m) : OUT;
  return { kind: 'in', hit: goalReached(goal, f, m, c.d), day: m };
}

function goalReached(goal: 1 | 2 | 3 | 4 | 5, f: Facts, m: string, d: IndicatorDefinitions): boolean {
  const r = f.record;
  switch (goal) {
    case 1:
    case 2: {
      const min = goal === 1 ? d.goal1MinLevel : d.goal2MinLevel;
      return (r.languageLevels ?? []).some((x) => x.date <= m && levelAtLeast(x.level, min));
    }
    case 3:
      return (r.education ?? []).some(
        (p) =>
          d.goal3Levels.includes(p.level) &&
          p.from <= m &&
          (!p.to || p.to >= m || (d.goal3CountCompleted && p.completed === true)),
      );
    case 4: {
      const periods = (r.employment ?? [])
        .filter(
          (p) => p.firstLabourMarket !== false && (p.pensumPercent ?? 100) >= d.goal4MinPensum && p.from <= m,
        )
        .map((p) => ({ from: p.from, to: p.to }))
        .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
      // Merge periods without a gap (next starts at the latest the day after the previous ends).
      const OPEN = '9999-12-31';
      let start = '';
      let end = '';
      for (const p of periods) {
        const pTo = p.to ?? OPEN;
        if (start === '' || (end !== OPEN && p.from > addDays(end, 1))) {
          start = p.from;
          end = pTo;
        } else if (pTo > end) end = pTo;
      }
      if (start === '' || end < m) return false;
      return addMonths(start, d.goal4MinMonths) <= (m === OPEN ? m : addDays(m, 1));
    }
    case 5: {
      const since = addMonths(m, -d.goal5MaxAgeMonths);
      let latest: string | undefined;
      let yes = false;
      for (const x of r.socialContacts ?? []) {
        if (x.date > m || x.date < since) continue;
        if (latest === undefined || x.date > latest) {
          latest = x.date;
          yes = x.regularContacts === true;
        } else if (x.date === latest) yes = yes && x.regularContacts === true;
      }
      return yes;
    }
  }
}

/** The IAS population of the period (see `IndicatorDefinitions.horizonYears`). */
function population(f: Facts, c: Ctx): Outcome | null {
  if (!f.entry) return ex('missing-entry-date');
  if (f.entry > c.to) return OUT;
  const first = f.history[0];
  if (!first) return ex('not-in-target-group');
  if (first.validFrom > c.to) return OUT;
  if (endOfYear(f, c.d.horizonYears) < c.from) return ex('not-in-target-group');
  return null;
}

/** The keys of a JSON pointer (`/a/b~1c` → `a`, `b/c`), split once per accumulator. */
const pointerKeys = (pointer: string): string[] =>
  pointer === ''
    ? []
    : pointer
        .slice(1)
        .split('/')
        .map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));

function pointerGet(data: unknown, keys: readonly string[]): unknown {
  let cur = data;
  for (const key of keys) {
    if (!isObj(cur) || !Object.prototype.hasOwnProperty.call(cur, key)) return undefined;
    cur = cur[key];
  }
  return cur;
}

type ProfileId =
  | 'profile-schooling-over-6'
  | 'profile-not-alphabetised'
  | 'profile-potential-yes'
  | 'profile-potential-no'
  | 'profile-work-experience-up-to-1';

function profileBase(f: Facts, c: Ctx, pop: Outcome | null): { data: unknown; fit: Outcome | null } | null {
  const templates = c.d.profileTemplates;
  let first: { date: string; data: unknown } | undefined;
  for (const a of f.record.assessments ?? []) {
    if (a?.status !== 'final' || !a.date || (templates.length > 0 && !templates.includes(a.templateId)))
      continue;
    if (!first || a.date < first.date) first = { date: a.date, data: a.data };
  }
  if (!first || first.date < c.from || first.date > c.to) return null;
  if (pop) return { data: first.data, fit: pop };
  if (!f.birth) return { data: first.data, fit: ex('unknown-birth-date') };
  const ok = fit(fastAgeAt(f.birth, first.date, 'assessments.date'), c.d.profileMinAge, null);
  if (ok === 'unknown') return { data: first.data, fit: ex('unknown-birth-date') };
  if (ok === 'out') return { data: first.data, fit: ex('not-in-target-group') };
  return { data: first.data, fit: null };
}

function profileOutcome(id: ProfileId, f: Facts, c: Ctx, pop: Outcome | null): Outcome {
  if (f.profile === undefined) f.profile = profileBase(f, c, pop);
  if (f.profile === null) return OUT;
  if (f.profile.fit) return f.profile.fit;
  const first = f.profile;
  const p = c.profileKeys;
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
  let hit: boolean | undefined;
  switch (id) {
    case 'profile-schooling-over-6': {
      const v = num(pointerGet(first.data, p.schoolingYears));
      hit = v === undefined ? undefined : v > 6;
      break;
    }
    case 'profile-not-alphabetised': {
      const v = pointerGet(first.data, p.literacy);
      hit = typeof v === 'string' && v !== '' ? v === p.notAlphabetisedValue : undefined;
      break;
    }
    case 'profile-potential-yes':
    case 'profile-potential-no': {
      const v = pointerGet(first.data, p.potential);
      hit = typeof v === 'boolean' ? v === (id === 'profile-potential-yes') : undefined;
      break;
    }
    case 'profile-work-experience-up-to-1': {
      const v = num(pointerGet(first.data, p.workExperienceMonths));
      hit = v === undefined ? undefined : v <= 12;
      break;
    }
  }
  return hit === undefined ? ex('missing-assessment-data') : { kind: 'in', hit, day: c.to };
}

function kennzahlOutcome(id: IndicatorId, f: Facts, c: Ctx, pop: Outcome | null): Outcome {
  const d = c.d;
  switch (id) {
    case 'erstinformation': {
      if (pop) return pop;
      const base = f.decision ?? f.entry!;
      if (base < c.from || base > c.to) return OUT;
      const info = f.record.erstinformationDate;
      return { kind: 'in', hit: !!info && info <= c.to, day: c.to };
    }
    case 'language-support':
      if (pop) return pop;
      return { kind: 'in', hit: ranIn(f.measures, d.languageSupportTypes, c.from, c.to), day: c.to };
    case 'support-16-25':
    case 'support-26-55': {
      if (pop) return pop;
      if (!f.birth) return ex('unknown-birth-date');
      const age =
        d.supportAgeBasis === 'entry'
          ? f.ageEntry
          : (f.agePeriodEnd ??= fastAgeAt(f.birth, c.to, 'period.to'));
      const ok = id === 'support-16-25' ? fit(age, 16, 25) : fit(age, 26, 55);
      if (ok === 'unknown') return ex('unknown-birth-date');
      if (ok === 'out') return ex('not-in-target-group');
      return { kind: 'in', hit: ranIn(f.measures, d.workSupportTypes, c.from, c.to), day: c.to };
    }
    case 'early-language-support': {
      if (pop) return pop;
      if (!f.birth) return ex('unknown-birth-date');
      if (partialDateRange(f.birth).earliest > c.to) return OUT;
      const range = d.goalAgeAtEntry[2];
      if (range && fit(f.ageEntry, range[0], range[1]) === 'out') return ex('not-in-target-group');
      const s = schoolStartOf(f, c);
      if ('reason' in s) return ex(s.reason);
      if (s.day <= c.from) return ex('not-in-target-group');
      const until = s.day <= c.to ? addDays(s.day, -1) : c.to;
      return { kind: 'in', hit: ranIn(f.measures, d.earlyLanguageTypes, c.from, until), day: c.to };
    }
    default:
      return profileOutcome(id as ProfileId, f, c, pop);
  }
}

// ---- accumulation -------------------------------------------------------------------------------

type Bucket = IndicatorBucket;

const newBucket = (group: Partial<Record<GroupKey, string>>): Bucket => ({
  group,
  numerator: 0,
  denominator: 0,
  excludedCount: {},
  ids: [],
  denominatorIds: [],
  excluded: [],
});

function addBucket(into: Bucket | undefined, b: Bucket): void {
  if (!into) return;
  into.numerator += b.numerator;
  into.denominator += b.denominator;
  for (const [reason, n] of Object.entries(b.excludedCount) as [ExclusionReason, number][])
    into.excludedCount[reason] = (into.excludedCount[reason] ?? 0) + n;
  // Loops, not push(...xs): a spread of 100,000 ids would overflow the stack.
  for (const x of b.ids) into.ids.push(x);
  for (const x of b.denominatorIds) into.denominatorIds.push(x);
  for (const x of b.excluded) into.excluded.push(x);
}

const GOAL_OF: Partial<Record<IndicatorId, 1 | 2 | 3 | 4 | 5>> = {
  'goal-1-language': 1,
  'goal-2-children-language': 2,
  'goal-3-education': 3,
  'goal-4-labour-market': 4,
  'goal-5-social-contacts': 5,
};

function info(id: IndicatorId, d: IndicatorDefinitions): IndicatorInfo {
  const goal = GOAL_OF[id];
  if (goal) {
    return {
      id,
      kind: 'goal',
      goal,
      ageGroup: d.goalAgeAtEntry[goal],
      ageAt: 'entry',
      yearsAfterEntry: goal === 2 ? null : GOAL_YEARS_AFTER_ENTRY[goal],
    };
  }
  if (id === 'support-16-25' || id === 'support-26-55') {
    return {
      id,
      kind: 'kennzahl',
      ageGroup: id === 'support-16-25' ? [16, 25] : [26, 55],
      ageAt: d.supportAgeBasis,
    };
  }
  if (id === 'early-language-support')
    return { id, kind: 'kennzahl', ageGroup: d.goalAgeAtEntry[2], ageAt: 'entry' };
  if (id.startsWith('profile-'))
    return { id, kind: 'kennzahl', ageGroup: [d.profileMinAge, null], ageAt: 'assessment' };
  return { id, kind: 'kennzahl', ageGroup: null };
}

const compareStrings = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Starts a streaming computation of the IAS figures. Feed records with `add(record, index)` in any
 * order; `result()` returns the report. Records that cannot be read (not an object, no id, a
 * malformed date or status) are listed in `rejected` and excluded from every figure as
 * `invalid-record`; they never throw.
 *
 * @throws {IasError} `option.invalid` for bad options, {IasDateError} for a bad `at` or period.
 */
export function createIndicatorAccumulator(options: IndicatorOptions): IndicatorAccumulator {
  const at = assertCalendarDate(options.at, 'at');
  const d = resolveDefinitions(options.definitions);
  const by = [...(options.by ?? [])];
  for (const k of by) {
    if (!GROUP_KEYS.includes(k)) {
      throw new IasError(
        'option.invalid',
        `by: ${JSON.stringify(k)} is not one of ${GROUP_KEYS.join(', ')}`,
        { field: 'by', value: k },
      );
    }
  }
  const wanted = options.indicators ? [...options.indicators] : [...INDICATOR_IDS];
  for (const id of wanted) {
    if (!INDICATOR_IDS.includes(id)) {
      throw new IasError('option.invalid', `indicators: ${JSON.stringify(id)} is unknown`, {
        field: 'indicators',
        value: id,
      });
    }
  }
  const indicators = INDICATOR_IDS.filter((id) => wanted.includes(id));
  const collect = options.collectIds !== false;
  const givenFrom = options.period?.from ? assertCalendarDate(options.period.from, 'period.from') : undefined;
  const givenTo = options.period?.to ? assertCalendarDate(options.period.to, 'period.to') : undefined;
  const to = givenTo && givenTo < at ? givenTo : at;
  const from = givenFrom ?? `${toDateParts(to).year.toString().padStart(4, '0')}-01-01`;
  if (from > to) {
    throw new IasError('option.invalid', `period: ${from} is after ${to}`, {
      field: 'period',
      value: options.period,
    });
  }
  const pf = d.profileFields;
  const c: Ctx = {
    at,
    d,
    goalFrom: givenFrom,
    goalTo: to,
    givenTo,
    from,
    to,
    schoolStart: regularSchoolStart(d.school),
    profileKeys: {
      schoolingYears: pointerKeys(pf.schoolingYears),
      literacy: pointerKeys(pf.literacy),
      potential: pointerKeys(pf.potential),
      workExperienceMonths: pointerKeys(pf.workExperienceMonths),
      notAlphabetisedValue: pf.notAlphabetisedValue,
    },
  };
  const totals = indicators.map(() => newBucket({}));
  const indexOf = new Map(indicators.map((id, i) => [id, i]));
  /**
   * Grouped buckets, found with one map lookup per person: a row per combination of the group values
   * other than the status, holding per indicator its bucket (or, grouped by status, a bucket per
   * status, which depends on the figure's date).
   */
  const rows = new Map<string, (Bucket | Map<string, Bucket> | undefined)[]>();
  const seen = new Set<string>(options.seenIds);
  const before = seen.size;
  const rejected: RejectedRecord[] = [];
  let persons = 0;

  const statusAt = by.indexOf('status');
  const rowKeys = by.filter((k) => k !== 'status');
  const rowKey = (g: Partial<Record<GroupKey, string>>) =>
    rowKeys.length === 1 ? g[rowKeys[0]!]! : rowKeys.map((k) => g[k]).join('\u0000');
  const rowOf = (g: Partial<Record<GroupKey, string>>) => {
    const key = rowKey(g);
    let row = rows.get(key);
    if (!row) rows.set(key, (row = []));
    return row;
  };
  const groupOf = (g: Partial<Record<GroupKey, string>>, status: string) =>
    Object.fromEntries(by.map((k) => [k, k === 'status' ? status : g[k]!]));
  /** The bucket of indicator `i` in `row` for the group values `g` and the status. */
  const cell = (
    row: (Bucket | Map<string, Bucket> | undefined)[],
    i: number,
    g: Partial<Record<GroupKey, string>>,
    status: string,
  ): Bucket => {
    if (statusAt < 0) return (row[i] ??= newBucket(groupOf(g, status))) as Bucket;
    let byStatus = row[i] as Map<string, Bucket> | undefined;
    if (!byStatus) row[i] = byStatus = new Map();
    let b = byStatus.get(status);
    if (!b) byStatus.set(status, (b = newBucket(groupOf(g, status))));
    return b;
  };
  const count = (b: Bucket, pid: string, o: Outcome) => {
    if (o.kind === 'excluded') {
      b.excludedCount[o.reason] = (b.excludedCount[o.reason] ?? 0) + 1;
      if (collect) b.excluded.push({ id: pid, reason: o.reason });
    } else if (o.kind === 'in') {
      b.denominator++;
      if (collect) b.denominatorIds.push(pid);
      if (o.hit) {
        b.numerator++;
        if (collect) b.ids.push(pid);
      }
    }
  };
  /** Counts the outcome of every indicator (`outcomes[i]`) for one person. */
  const put = (
    pid: string,
    groups: Record<GroupKey, string>,
    history: readonly StatusChange[],
    outcomes: readonly Outcome[],
  ) => {
    const row = by.length ? rowOf(groups) : undefined;
    // Most figures of a person share their date (the period's end): one status lookup per date.
    let lastDay: string | undefined;
    let lastStatus = UNKNOWN_GROUP;
    for (let i = 0; i < indicators.length; i++) {
      const o = outcomes[i]!;
      if (o.kind === 'out') continue;
      count(totals[i]!, pid, o);
      if (!row) continue;
      let status = '';
      if (statusAt >= 0) {
        const day = o.day;
        if (!day) status = UNKNOWN_GROUP;
        else {
          if (day !== lastDay) {
            lastDay = day;
            lastStatus = statusOn(history, day > at ? at : day);
          }
          status = lastStatus;
        }
      }
      count(cell(row, i, groups, status), pid, o);
    }
  };
  const invalid = indicators.map(() => ex('invalid-record'));
  const goals = indicators.map((id) => GOAL_OF[id]);
  /** The outcomes of the person being added (one array, reused). */
  const outcomes: Outcome[] = [];
  /** The grouped buckets of indicator `i` with their keys (the group values joined), sorted by key. */
  const bucketsOf = (i: number): [string, Bucket][] => {
    const out: [string, Bucket][] = [];
    for (const row of rows.values()) {
      const x = row[i];
      if (!x) continue;
      for (const b of x instanceof Map ? x.values() : [x])
        out.push([by.map((k) => b.group[k]).join('\u0000'), b]);
    }
    return out.sort(([a], [b]) => compareStrings(a, b));
  };

  return {
    add(raw: unknown, index = persons) {
      persons++;
      let f: Facts;
      try {
        f = read(raw, d);
        if (seen.has(f.id))
          throw new IasError(
            'record.duplicate',
            `id: ${JSON.stringify(f.id)} appears more than once (the first record is used)`,
            {
              field: 'id',
              value: f.id,
            },
          );
      } catch (error) {
        if (!(error instanceof IasError)) throw error;
        const id =
          isObj(raw) && (typeof raw.id === 'string' || typeof raw.id === 'number')
            ? String(raw.id)
            : undefined;
        rejected.push(
          id === undefined ? { index, message: error.message } : { index, id, message: error.message },
        );
        if (id !== undefined && error.code !== 'record.duplicate' && !seen.has(id)) {
          seen.add(id);
          put(id, looseGroups(raw), [], invalid);
        }
        return;
      }
      seen.add(f.id);
      let pop: Outcome | null | undefined;
      outcomes.length = 0;
      try {
        for (let i = 0; i < indicators.length; i++) {
          const goal = goals[i];
          if (goal) outcomes.push(goalOutcome(goal, f, c));
          else {
            if (pop === undefined) pop = population(f, c);
            outcomes.push(kennzahlOutcome(indicators[i]!, f, c, pop));
          }
        }
      } catch (error) {
        // e.g. a birth date after the assessment date: a data error of this record.
        if (!(error instanceof IasError)) throw error;
        rejected.push({ index, id: f.id, message: error.message });
        put(f.id, f.groups, [], invalid);
        return;
      }
      put(f.id, f.groups, f.history, outcomes);
    },
    partial(): IndicatorPartial {
      const ids = [...seen];
      return {
        persons,
        ids: before ? ids.slice(before) : ids,
        rejected: [...rejected],
        totals: indicators.map((id, i) => [id, totals[i]!]),
        grouped: indicators.flatMap((id, i) => bucketsOf(i).map(([key, b]) => [id, key, b] as const)) as [
          IndicatorId,
          string,
          Bucket,
        ][],
      };
    },
    merge(p: IndicatorPartial, indexOffset = 0) {
      const dup = p.ids.find((id) => seen.has(id));
      if (dup !== undefined)
        throw new IasError('record.duplicate', `id: ${JSON.stringify(dup)} appears in both parts`, {
          field: 'id',
          value: dup,
        });
      for (const id of p.ids) seen.add(id);
      persons += p.persons;
      for (const r of p.rejected) rejected.push({ ...r, index: r.index + indexOffset });
      for (const [id, b] of p.totals) {
        const i = indexOf.get(id);
        if (i !== undefined) addBucket(totals[i], b);
      }
      for (const [id, , b] of p.grouped) {
        const i = indexOf.get(id);
        if (i !== undefined && by.length)
          addBucket(cell(rowOf(b.group), i, b.group, b.group.status ?? ''), b);
      }
    },
    result(): IndicatorReport {
      const finish = (id: IndicatorId, b: Bucket): Figure => {
        const fig: Figure = {
          indicator: id,
          group: b.group,
          numerator: b.numerator,
          denominator: b.denominator,
          rate: b.denominator ? b.numerator / b.denominator : null,
          excludedCount: { ...b.excludedCount },
        };
        if (collect) {
          fig.ids = [...b.ids].sort(compareStrings);
          fig.denominatorIds = [...b.denominatorIds].sort(compareStrings);
          fig.excluded = [...b.excluded].sort(
            (x, y) => compareStrings(x.id, y.id) || compareStrings(x.reason, y.reason),
          );
        }
        return fig;
      };
      const figures: Figure[] = [];
      indicators.forEach((id, i) => {
        for (const [, b] of bucketsOf(i)) figures.push(finish(id, b));
      });
      return {
        at,
        period: { from, to },
        goalWindow: givenFrom ? { from: givenFrom, to } : { to },
        by,
        definitions: d,
        indicators: indicators.map((id) => info(id, d)),
        totals: indicators.map((id, i) => finish(id, totals[i]!)),
        figures,
        persons,
        rejected: [...rejected].sort((a, b) => a.index - b.index),
      };
    },
  };
}

/**
 * Computes the IAS figures of `records` on the reference date `options.at` (see the module notes
 * and `IndicatorDefinitions` for every definition and default).
 * @example
 * const report = computeIndicators(cases, { at: '2025-12-31', by: ['cohort'] });
 * report.totals.find((f) => f.indicator === 'goal-1-language'); // { numerator, denominator, ids, excluded, ... }
 */
export function computeIndicators(records: Iterable<unknown>, options: IndicatorOptions): IndicatorReport {
  const acc = createIndicatorAccumulator(options);
  let i = 0;
  for (const r of records) acc.add(r, i++);
  return acc.result();
}
