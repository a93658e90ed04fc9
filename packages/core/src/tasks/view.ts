/**
 * Pure helpers for task lists: sorting, filtering (with a string form for an attribute or a URL),
 * grouping by person or due week, and the caseload per worker.
 */
import { dayNumber, dayNumberToParts } from '../dates/calendar.js';
import { fromDateParts, toDateParts } from '../dates/date.js';
import type { CalendarDate } from '../model/common.js';
import { OPEN_TASK_STATUSES, TASK_STATUSES, type TaskStatus } from '../model/task.js';
import { TASK_RULES, TRAFFIC_LIGHTS, type DerivedTask, type TaskRule, type TrafficLight } from './types.js';

/** Sort orders: `urgency` (red first, then by due date) or `due` (by due date, then red first). */
export const TASK_SORTS = ['urgency', 'due'] as const;
export type TaskSort = (typeof TASK_SORTS)[number];

/** Groupings: none, by person, or by the ISO week of the due date. */
export const TASK_GROUPINGS = ['none', 'person', 'week'] as const;
export type TaskGrouping = (typeof TASK_GROUPINGS)[number];

/** The filter dimensions, in the order of the filter's string form. */
export const TASK_FILTER_KEYS = ['light', 'status', 'assignee', 'person', 'rule'] as const;
export type TaskFilterKey = (typeof TASK_FILTER_KEYS)[number];

/** A filter: per dimension the values to keep (empty or missing = all). */
export interface TaskFilter {
  light?: TrafficLight[];
  status?: TaskStatus[];
  /** Assignee ids. */
  assignee?: string[];
  /** Person ids. */
  person?: string[];
  rule?: TaskRule[];
}

const rank = (l: TrafficLight) => TRAFFIC_LIGHTS.length - 1 - TRAFFIC_LIGHTS.indexOf(l); // critical 0
const cmp = (a: string | undefined, b: string | undefined): number =>
  a === b ? 0 : a === undefined ? 1 : b === undefined ? -1 : a < b ? -1 : 1;

/** Red first, then amber, then green; then by due date (none last), person name and id. Total order. */
export function compareByUrgency(a: DerivedTask, b: DerivedTask): number {
  return (
    rank(a.light) - rank(b.light) ||
    cmp(a.dueDate, b.dueDate) ||
    cmp(a.personName, b.personName) ||
    cmp(a.id, b.id)
  );
}

/** By due date (none last), then red first, then person name and id. Total order. */
export function compareByDue(a: DerivedTask, b: DerivedTask): number {
  return (
    cmp(a.dueDate, b.dueDate) ||
    rank(a.light) - rank(b.light) ||
    cmp(a.personName, b.personName) ||
    cmp(a.id, b.id)
  );
}

/** A sorted copy. */
export function sortTasks(tasks: readonly DerivedTask[], by: TaskSort = 'urgency'): DerivedTask[] {
  return [...tasks].sort(by === 'due' ? compareByDue : compareByUrgency);
}

const ALLOWED: Partial<Record<TaskFilterKey, readonly string[]>> = {
  light: TRAFFIC_LIGHTS,
  status: TASK_STATUSES,
  rule: TASK_RULES,
};

/**
 * Reads a filter from its string form `light=critical,warn&assignee=w-1` (URL-encoded values,
 * comma-separated). Unknown keys and unknown light, status or rule values are ignored.
 */
export function parseTaskFilter(text: string | null | undefined): TaskFilter {
  const filter: Record<string, string[]> = {};
  for (const pair of (text ?? '').split('&')) {
    const eq = pair.indexOf('=');
    if (eq < 0) continue;
    const key = pair.slice(0, eq).trim() as TaskFilterKey;
    if (!TASK_FILTER_KEYS.includes(key)) continue;
    let values: string[];
    try {
      values = pair
        .slice(eq + 1)
        .split(',')
        .map((v) => decodeURIComponent(v.trim()))
        .filter(Boolean);
    } catch {
      continue;
    }
    const allowed = ALLOWED[key];
    values = values.filter((v) => !allowed || allowed.includes(v));
    if (values.length) filter[key] = [...new Set([...(filter[key] ?? []), ...values])];
  }
  return filter as TaskFilter;
}

/** The string form of a filter (keys in `TASK_FILTER_KEYS` order, empty dimensions left out). */
export function formatTaskFilter(filter: TaskFilter): string {
  return TASK_FILTER_KEYS.filter((k) => filter[k]?.length)
    .map((k) => `${k}=${filter[k]!.map(encodeURIComponent).join(',')}`)
    .join('&');
}

/** The tasks that pass every dimension of the filter (order kept). */
export function filterTasks(tasks: readonly DerivedTask[], filter: TaskFilter): DerivedTask[] {
  const has = (values: readonly string[] | undefined, v: string | undefined) =>
    !values?.length || (v !== undefined && values.includes(v));
  return tasks.filter(
    (t) =>
      has(filter.light, t.light) &&
      has(filter.status, t.status) &&
      has(filter.assignee, t.assignee?.id) &&
      has(filter.person, t.personId) &&
      has(filter.rule, t.rule),
  );
}

/** ISO 8601 week of a date: its key `YYYY-Www` and its Monday and Sunday. */
export function isoWeek(date: CalendarDate): {
  key: string;
  year: number;
  week: number;
  start: CalendarDate;
  end: CalendarDate;
} {
  const n = dayNumber(toDateParts(date));
  const weekday = (((n + 3) % 7) + 7) % 7; // 0 = Monday (1970-01-01 was a Thursday)
  const thursday = n - weekday + 3;
  const year = dayNumberToParts(thursday).year;
  const week = Math.floor((thursday - dayNumber({ year, month: 1, day: 1 })) / 7) + 1;
  return {
    key: `${year}-W${String(week).padStart(2, '0')}`,
    year,
    week,
    start: fromDateParts(dayNumberToParts(n - weekday)),
    end: fromDateParts(dayNumberToParts(n - weekday + 6)),
  };
}

/** A group of tasks: `key` is a person id, an ISO week `YYYY-Www`, or `''` (no person, no due date). */
export interface TaskGroup {
  key: string;
  /** Person name, or for weeks the Monday (`start`) and Sunday (`end`) of the week. */
  label?: string;
  week?: number;
  start?: CalendarDate;
  end?: CalendarDate;
  tasks: DerivedTask[];
}

/**
 * Groups tasks (order inside a group kept). By person: groups ordered by name, then id, the
 * group without a person last. By week: ascending weeks, the group without a due date last.
 */
export function groupTasks(tasks: readonly DerivedTask[], by: Exclude<TaskGrouping, 'none'>): TaskGroup[] {
  const groups = new Map<string, TaskGroup>();
  for (const t of tasks) {
    let key = '';
    let make: () => TaskGroup = () => ({ key, tasks: [] });
    if (by === 'person' && t.personId !== undefined) {
      key = t.personId;
      const label = t.personName ?? t.personId;
      make = () => ({ key, label, tasks: [] });
    } else if (by === 'week' && t.dueDate) {
      const w = isoWeek(t.dueDate);
      key = w.key;
      make = () => ({ key, week: w.week, start: w.start, end: w.end, tasks: [] });
    }
    let g = groups.get(key);
    if (!g) groups.set(key, (g = make()));
    g.tasks.push(t);
  }
  const sortKey = (g: TaskGroup) => (by === 'person' ? `${g.label ?? ''}\u0000${g.key}` : g.key);
  return [...groups.values()].sort((a, b) =>
    a.key === '' ? 1 : b.key === '' ? -1 : sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0,
  );
}

/** The caseload of one worker. `worker` is `undefined` for unassigned tasks. */
export interface Caseload {
  workerId: string | undefined;
  workerName: string | undefined;
  /** Open tasks (`offen`, `in_bearbeitung`). */
  open: number;
  /** Open red tasks. */
  critical: number;
  /** Distinct persons with an open task. */
  persons: number;
}

/** Caseload per worker over open tasks: most red first, then most open, then name and id; unassigned last. */
export function caseloadByWorker(tasks: readonly DerivedTask[]): Caseload[] {
  const map = new Map<string, Caseload & { ids: Set<string> }>();
  for (const t of tasks) {
    if (!(OPEN_TASK_STATUSES as readonly TaskStatus[]).includes(t.status)) continue;
    const key = t.assignee?.id ?? '';
    let c = map.get(key);
    if (!c) {
      c = {
        workerId: t.assignee?.id,
        workerName: t.assignee?.name,
        open: 0,
        critical: 0,
        persons: 0,
        ids: new Set(),
      };
      map.set(key, c);
    }
    c.workerName ??= t.assignee?.name;
    c.open++;
    if (t.light === 'critical') c.critical++;
    if (t.personId !== undefined) c.ids.add(t.personId);
  }
  return [...map.values()]
    .map(({ ids, ...c }) => ({ ...c, persons: ids.size }))
    .sort(
      (a, b) =>
        (a.workerId === undefined ? 1 : 0) - (b.workerId === undefined ? 1 : 0) ||
        b.critical - a.critical ||
        b.open - a.open ||
        cmp(a.workerName ?? a.workerId, b.workerName ?? b.workerId) ||
        cmp(a.workerId, b.workerId),
    );
}
