/**
 * Filtered client lists and caseload (design.md rec. 21–22): one row per person with the
 * responsible worker, status, age group, years since entry, resources from the latest assessment,
 * running measures and a traffic light; filters, sorting, a caseload summary per worker and CSV.
 */
import { ageAt, assertCalendarDate, isCalendarDate, isPartialDate, toDateParts } from '../dates/index.js';
import type { ActorRef, CalendarDate } from '../model/common.js';
import type { Measure, MeasureType } from '../model/plan.js';
import type { StatusExit } from '../model/status.js';
import { TRAFFIC_LIGHTS, type TrafficLight } from '../tasks/types.js';
import { resolveDefinitions, type IndicatorDefinitions } from './definitions.js';
import { toCsv } from './csv.js';
import { UNKNOWN_GROUP, type IndicatorRecord } from './types.js';

/** Resources read from the latest final assessment (pointers: `IndicatorDefinitions.profileFields`). */
export interface CaseResources {
  schoolingYears?: number;
  literacy?: string;
  potential?: boolean;
  workExperienceMonths?: number;
}

export interface CaseListRow {
  id: string;
  /** "First Last", or the id when the record has no name. */
  name: string;
  worker: ActorRef | undefined;
  /** Worker id, or `unknown`. */
  workerId: string;
  /** Status valid on the reference date, or `unknown`. */
  status: string;
  /** The exit in force on the reference date (the canton is no longer responsible), if any. */
  exit?: StatusExit | undefined;
  /** Age group at entry (`IndicatorDefinitions.ageGroups`), or `unknown`. */
  ageGroup: string;
  /** Completed years since entry on the reference date, `null` without entry date. */
  yearsSinceEntry: number | null;
  entryDate: CalendarDate | undefined;
  resources: CaseResources;
  /** Measures running on the reference date. */
  runningMeasures: { id: string; type: MeasureType; title: string }[];
  /** The traffic light (see `CaseListOptions.light`). */
  light: TrafficLight | 'unknown';
}

/** An input record may bring its own traffic light (e.g. from the host's task list). */
export type CaseListRecord = IndicatorRecord & { light?: TrafficLight };

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function get(data: unknown, pointer: string): unknown {
  let cur = data;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (!isObj(cur) || !Object.prototype.hasOwnProperty.call(cur, key)) return undefined;
    cur = cur[key];
  }
  return cur;
}

function resourcesOf(r: IndicatorRecord, d: IndicatorDefinitions): CaseResources {
  let latest: { date: string; data: unknown } | undefined;
  for (const a of r.assessments ?? []) {
    if (a?.status === 'final' && isCalendarDate(a.date) && (!latest || a.date > latest.date))
      latest = { date: a.date, data: a.data };
  }
  const out: CaseResources = {};
  if (!latest) return out;
  const p = d.profileFields;
  const years = get(latest.data, p.schoolingYears);
  if (typeof years === 'number') out.schoolingYears = years;
  const literacy = get(latest.data, p.literacy);
  if (typeof literacy === 'string') out.literacy = literacy;
  const potential = get(latest.data, p.potential);
  if (typeof potential === 'boolean') out.potential = potential;
  const months = get(latest.data, p.workExperienceMonths);
  if (typeof months === 'number') out.workExperienceMonths = months;
  return out;
}

/** How a row gets its traffic light: the record's own `light` (valid values only), else `unknown`. */
function ownLight(r: CaseListRecord): TrafficLight | 'unknown' {
  return r.light && TRAFFIC_LIGHTS.includes(r.light) ? r.light : 'unknown';
}

const running = (m: Measure, at: string) =>
  m.status === 'laufend' && (!m.actualStart || m.actualStart <= at) && (!m.actualEnd || m.actualEnd >= at);

/**
 * One row per readable record on the reference date `at`. Records without an id are skipped;
 * facts that cannot be read show as `unknown` (never throws for data).
 */
export interface CaseListOptions {
  /** Overrides of the indicator definitions (age groups, assessment pointers). */
  definitions?: Partial<IndicatorDefinitions>;
  /**
   * The traffic light of a record, e.g. the worst light of its tasks from `deriveTasks`
   * (`@ias-kit/core/tasks`); `<ias-case-list>` does exactly that. Default: the record's own
   * `light`, else `unknown`.
   */
  light?: (record: CaseListRecord, at: CalendarDate) => TrafficLight | 'unknown';
}

export function caseListRows(
  records: Iterable<CaseListRecord>,
  at: CalendarDate,
  options: CaseListOptions = {},
): CaseListRow[] {
  const day = assertCalendarDate(at, 'at');
  const d = resolveDefinitions(options.definitions);
  const light = options.light ?? ownLight;
  const rows: CaseListRow[] = [];
  for (const r of records) {
    if (!isObj(r) || (typeof r.id !== 'string' && typeof r.id !== 'number')) continue;
    const p = r.person ?? {};
    const entry = isCalendarDate(r.entryDate) && r.entryDate <= day ? r.entryDate : undefined;
    let ageGroup = UNKNOWN_GROUP;
    let yearsSinceEntry: number | null = null;
    if (entry) {
      yearsSinceEntry = ageAt(entry, day).min;
      if (p.dateOfBirth && isPartialDate(p.dateOfBirth)) {
        try {
          const age = ageAt(p.dateOfBirth, entry);
          ageGroup =
            d.ageGroups.find((b) => age.min >= b.min && (b.max === null || age.max <= b.max))?.label ??
            UNKNOWN_GROUP;
        } catch {
          ageGroup = UNKNOWN_GROUP;
        }
      }
    }
    let status = UNKNOWN_GROUP;
    let since = '';
    let exit: CaseListRow['exit'];
    let exitSince = '';
    for (const s of r.statusHistory ?? []) {
      if (!isCalendarDate(s?.validFrom) || s.validFrom > day) continue;
      if ('status' in s && s.validFrom >= since) {
        status = s.status;
        since = s.validFrom;
      }
      if (s.validFrom >= exitSince) {
        exit = 'exit' in s ? s : undefined;
        exitSince = s.validFrom;
      }
    }
    const name = [p.firstName, p.officialName].filter(Boolean).join(' ') || String(r.id);
    rows.push({
      id: String(r.id),
      name,
      worker: r.responsibleWorker,
      workerId: r.responsibleWorker?.id ?? UNKNOWN_GROUP,
      status,
      ...(exit ? { exit } : {}),
      ageGroup,
      yearsSinceEntry,
      entryDate: entry,
      resources: resourcesOf(r, d),
      runningMeasures: (r.plan?.measures ?? [])
        .filter((m) => running(m, day))
        .map((m) => ({ id: m.id, type: m.type, title: m.title })),
      light: light(r, day),
    });
  }
  return rows;
}

/** Filter of the case list: every given criterion must hold (lists: any of the values). */
export interface CaseListFilter {
  /** Case-insensitive text in name, id or worker name. */
  text?: string;
  workers?: string[];
  statuses?: string[];
  ageGroups?: string[];
  lights?: (TrafficLight | 'unknown')[];
  minYears?: number;
  maxYears?: number;
  /** Only persons with a running measure (`true`) or without one (`false`). */
  hasRunningMeasure?: boolean;
}

export function filterCaseList(rows: readonly CaseListRow[], filter: CaseListFilter): CaseListRow[] {
  const text = filter.text?.trim().toLowerCase();
  const has = (list: readonly string[] | undefined, v: string) =>
    !list || list.length === 0 || list.includes(v);
  return rows.filter(
    (r) =>
      (!text || `${r.name} ${r.id} ${r.worker?.name ?? ''}`.toLowerCase().includes(text)) &&
      has(filter.workers, r.workerId) &&
      has(filter.statuses, r.status) &&
      has(filter.ageGroups, r.ageGroup) &&
      has(filter.lights, r.light) &&
      (filter.minYears === undefined ||
        (r.yearsSinceEntry !== null && r.yearsSinceEntry >= filter.minYears)) &&
      (filter.maxYears === undefined ||
        (r.yearsSinceEntry !== null && r.yearsSinceEntry <= filter.maxYears)) &&
      (filter.hasRunningMeasure === undefined || filter.hasRunningMeasure === r.runningMeasures.length > 0),
  );
}

export const CASE_LIST_SORT_KEYS = [
  'name',
  'worker',
  'status',
  'ageGroup',
  'yearsSinceEntry',
  'light',
  'measures',
] as const;
export type CaseListSortKey = (typeof CASE_LIST_SORT_KEYS)[number];

const LIGHT_ORDER: Record<string, number> = { critical: 0, warn: 1, ok: 2, unknown: 3 };
const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Sorts a copy; ties are broken by name, then id, so the order is stable and input-independent. */
export function sortCaseList(
  rows: readonly CaseListRow[],
  key: CaseListSortKey,
  direction: 'asc' | 'desc' = 'asc',
): CaseListRow[] {
  const sign = direction === 'desc' ? -1 : 1;
  const primary = (a: CaseListRow, b: CaseListRow): number => {
    switch (key) {
      case 'name':
        return a.name.localeCompare(b.name, 'de');
      case 'worker':
        return (a.worker?.name ?? a.workerId).localeCompare(b.worker?.name ?? b.workerId, 'de');
      case 'status':
        return text(a.status, b.status);
      case 'ageGroup':
        return text(a.ageGroup, b.ageGroup);
      case 'yearsSinceEntry':
        return (a.yearsSinceEntry ?? -1) - (b.yearsSinceEntry ?? -1);
      case 'light':
        return LIGHT_ORDER[a.light]! - LIGHT_ORDER[b.light]!;
      case 'measures':
        return a.runningMeasures.length - b.runningMeasures.length;
    }
  };
  return [...rows].sort(
    (a, b) => sign * primary(a, b) || a.name.localeCompare(b.name, 'de') || text(a.id, b.id),
  );
}

/** Caseload of one worker: persons per traffic light and running measures. */
export interface WorkerCaseload {
  workerId: string;
  name: string;
  persons: number;
  critical: number;
  warn: number;
  ok: number;
  unknown: number;
  runningMeasures: number;
}

/** One entry per worker (`unknown` for unassigned persons), most persons first, then by name. */
export function caseloadSummary(rows: readonly CaseListRow[]): WorkerCaseload[] {
  const map = new Map<string, WorkerCaseload>();
  for (const r of rows) {
    let w = map.get(r.workerId);
    if (!w) {
      w = {
        workerId: r.workerId,
        name: r.worker?.name ?? r.workerId,
        persons: 0,
        critical: 0,
        warn: 0,
        ok: 0,
        unknown: 0,
        runningMeasures: 0,
      };
      map.set(r.workerId, w);
    }
    w.persons++;
    w[r.light]++;
    w.runningMeasures += r.runningMeasures.length;
  }
  return [...map.values()].sort(
    (a, b) => b.persons - a.persons || a.name.localeCompare(b.name, 'de') || text(a.workerId, b.workerId),
  );
}

/** Column headers of `caseListCsv` (override them for a localized export). */
export const CASE_LIST_CSV_HEADER = [
  'id',
  'name',
  'worker',
  'status',
  'ageGroup',
  'yearsSinceEntry',
  'entryDate',
  'schoolingYears',
  'literacy',
  'potential',
  'workExperienceMonths',
  'runningMeasures',
  'light',
] as const;

/** The rows as CSV (RFC 4180, CRLF), in the given order. */
export function caseListCsv(
  rows: readonly CaseListRow[],
  header: readonly string[] = CASE_LIST_CSV_HEADER,
): string {
  return toCsv([
    header,
    ...rows.map((r) => [
      r.id,
      r.name,
      r.worker?.name ?? r.worker?.id ?? '',
      r.status,
      r.ageGroup,
      r.yearsSinceEntry ?? '',
      r.entryDate ?? '',
      r.resources.schoolingYears ?? '',
      r.resources.literacy ?? '',
      r.resources.potential === undefined ? '' : String(r.resources.potential),
      r.resources.workExperienceMonths ?? '',
      r.runningMeasures.map((m) => m.type).join(' '),
      r.light,
    ]),
  ]);
}

/** Year of a calendar date, for callers grouping rows by entry cohort. */
export const cohortOf = (row: CaseListRow): string =>
  row.entryDate ? String(toDateParts(row.entryDate).year) : UNKNOWN_GROUP;
