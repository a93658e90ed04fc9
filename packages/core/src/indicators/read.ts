/**
 * Reading one indicator record: checks every date the figures read and gathers the facts the rules
 * need (entry, decision, birth, sorted status history, age at entry, group values). Every date in
 * `Facts` is a valid `YYYY-MM-DD`, so plain string comparison orders them (never `new Date(string)`).
 */
import { IasError } from '../errors.js';
import type { PartialDate } from '../model/common.js';
import type { Measure } from '../model/plan.js';
import {
  RESIDENCE_STATUSES,
  type StatusArrival,
  type StatusChange,
  type StatusHistoryEntry,
} from '../model/status.js';
import { readStatusHistory } from '../milestones/status-history.js';
import {
  type AgeRange,
  assertCalendarDate,
  endOfNthCalendarYearAfter,
  isCalendarDate,
  isPartialDate,
} from '../dates/index.js';
import { LANGUAGE_LEVELS } from '../tasks/types.js';
import { fastAgeAt } from './fast-age.js';
import type { IndicatorDefinitions } from './definitions.js';
import {
  GROUP_KEYS,
  UNKNOWN_GROUP,
  type ExclusionReason,
  type GroupKey,
  type IndicatorRecord,
} from './types.js';
import type { Outcome } from './rules.js';

/** A record whose dates are checked: every date below is a valid `YYYY-MM-DD`, so plain string
 * comparison orders them chronologically (never `new Date(string)`). */
export interface Facts {
  id: string;
  entry: string | undefined;
  decision: string | undefined;
  birth: PartialDate | undefined;
  /** The residence statuses, sorted. */
  history: StatusChange[];
  /** All entries sorted, when the history has exits or arrivals (else `undefined`: always responsible). */
  entries: StatusHistoryEntry[] | undefined;
  /** The latest arrival from another canton. */
  arrival: StatusArrival | undefined;
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
export function endOfYear(f: Facts, n: number): string {
  const year = Number(f.entry!.slice(0, 4)) + n;
  return year >= 1000 && year <= 9999 ? `${year}-12-31` : endOfNthCalendarYearAfter(f.entry!, n, 'entryDate');
}

export const isObj = (v: unknown): v is Record<string, unknown> =>
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

/** The residence statuses of a history without exits or arrivals (the fast path), sorted. */
function readStatuses(raw: StatusChange[]): StatusChange[] {
  const history = raw.map((s, i) => {
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
  return history;
}

export function read(raw: unknown, d: IndicatorDefinitions): Facts {
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
  const rawHistory = list<StatusChange>(r.statusHistory, 'statusHistory');
  let entries: StatusHistoryEntry[] | undefined;
  let arrival: StatusArrival | undefined;
  let history: StatusChange[];
  // Exits and arrivals are rare: the common history of statuses only keeps the fast path below.
  if (rawHistory.some((e) => isObj(e) && ('exit' in e || 'arrival' in e))) {
    const h = readStatusHistory(rawHistory);
    ({ entries } = h);
    history = h.statuses;
    arrival = h.arrivals.at(-1);
  } else history = readStatuses(rawHistory);
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
    entries,
    arrival,
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
export function looseGroups(raw: unknown): Record<GroupKey, string> {
  const g = Object.fromEntries(GROUP_KEYS.map((k) => [k, UNKNOWN_GROUP])) as Record<GroupKey, string>;
  if (isObj(raw) && isCalendarDate(raw.entryDate)) g.cohort = raw.entryDate.slice(0, 4);
  return g;
}

export function statusOn(history: readonly StatusChange[], day: string): string {
  let s: string = UNKNOWN_GROUP;
  for (const h of history) if (h.validFrom <= day) s = h.status;
  return s;
}

/** The keys of a JSON pointer (`/a/b~1c` → `a`, `b/c`), split once per accumulator. */
export const pointerKeys = (pointer: string): string[] =>
  pointer === ''
    ? []
    : pointer
        .slice(1)
        .split('/')
        .map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));

export function pointerGet(data: unknown, keys: readonly string[]): unknown {
  let cur = data;
  for (const key of keys) {
    if (!isObj(cur) || !Object.prototype.hasOwnProperty.call(cur, key)) return undefined;
    cur = cur[key];
  }
  return cur;
}
