/**
 * From a core `Case` to the items of the timeline: pure, DOM-free, never throws. Milestones and the
 * horizon come from the core milestone engine (`computeMilestones`, `computeHorizon`); this module only
 * decides states, domains and which dates are usable, and turns bad data into notices.
 */
import {
  compareDates,
  computeHorizon,
  computeMilestones,
  IasError,
  isStatusChange,
  isCalendarDate,
  milestoneInputOf,
  OPEN_TASK_STATUSES,
  type CalendarDate,
  type Case,
  type Goal,
  type Measure,
  type MeasureType,
  type Milestone,
  type MilestoneOptions,
  type ResidenceStatus,
} from '@ias-kit/core';
import type {
  AssessmentItem,
  ItemKind,
  ReviewItem,
  StatusItem,
  TaskItem,
  MeasureDomain,
  MeasureItem,
  MilestoneItem,
  MilestoneState,
  TimelineItem,
  TimelineNotice,
} from './timeline.types.js';

/** Everything the element draws or lists, derived from one case. */
export interface TimelineModel {
  /** The entry date, when valid. */
  entryDate?: CalendarDate;
  /** The period of federal responsibility, when it can be computed. */
  horizon?: { start: CalendarDate; end: CalendarDate; status: ResidenceStatus };
  /** All items, dated ones first in date order, then undated ones (shown in the table only). */
  items: TimelineItem[];
  notices: TimelineNotice[];
}

/** Domain of a measure type when none of its plan goals tells it [G]. */
export const DOMAIN_OF_MEASURE_TYPE: Record<MeasureType, MeasureDomain> = {
  sprachkurs: 'sprache',
  alphabetisierung: 'sprache',
  integrationsvorlehre: 'bildung',
  brueckenangebot: 'bildung',
  diplomanerkennung: 'bildung',
  praktikum: 'arbeit',
  qualifizierungsprogramm: 'arbeit',
  job_coaching: 'arbeit',
  praxisassessment: 'arbeit',
  fruehe_foerderung: 'familie_kinder',
  freiwilligenarbeit: 'soziale_integration',
  gesundheit: 'gesundheit',
  andere: 'andere',
};

const KIND_ORDER: Record<ItemKind, number> = {
  status: 0,
  milestone: 1,
  assessment: 2,
  measure: 3,
  review: 4,
  task: 5,
};

const OPEN_TASK = new Set<string>(OPEN_TASK_STATUSES);

const min = (a: CalendarDate, b: CalendarDate) => (compareDates(a, b) <= 0 ? a : b);
const max = (a: CalendarDate, b: CalendarDate) => (compareDates(a, b) >= 0 ? a : b);

/** The milestone's state from the plan goals, linked tasks and the reference date (see `MILESTONE_STATES`). */
export function milestoneState(m: Milestone, c: Case, today: CalendarDate | undefined): MilestoneState {
  if (!m.applicable) return 'not-applicable';
  if (m.id === 'financing-end') {
    return today && compareDates(today, m.dueDate) >= 0 ? 'reached' : 'open';
  }
  const reached =
    (c.plan?.goals ?? []).some((g) => g?.iasGoal === m.goal && g.status === 'erreicht') ||
    (c.tasks ?? []).some((t) => t?.milestoneId === m.id && t.status === 'erledigt');
  if (reached) return 'reached';
  return today && compareDates(today, m.dueDate) > 0 ? 'overdue' : 'open';
}

function measureDomain(measure: Measure, goals: readonly Goal[]): MeasureDomain {
  for (const id of measure.goalIds ?? []) {
    const goal = goals.find((g) => g?.id === id);
    if (goal?.domain) return goal.domain;
  }
  return DOMAIN_OF_MEASURE_TYPE[measure.type] ?? 'andere';
}

/** Splits a date value into usable / invalid / absent. */
function readDate(value: unknown): { date?: CalendarDate; invalid: boolean } {
  if (value === undefined || value === null || value === '') return { invalid: false };
  return isCalendarDate(value) ? { date: value, invalid: false } : { invalid: true };
}

function measureItem(
  measure: Measure,
  goals: readonly Goal[],
  today: CalendarDate | undefined,
  notices: TimelineNotice[],
): MeasureItem {
  const key = `measure:${measure.id}`;
  const item: MeasureItem = {
    key,
    kind: 'measure',
    measure,
    domain: measureDomain(measure, goals),
    status: measure.status,
  };
  const ps = readDate(measure.plannedStart);
  const pe = readDate(measure.plannedEnd);
  const as = readDate(measure.actualStart);
  const ae = readDate(measure.actualEnd);
  const notice = (code: 'invalid-date' | 'end-before-start' | 'no-dates') => {
    item.problem ??= code;
    notices.push({ code, itemId: key, subject: measure.title });
  };
  if (ps.invalid || pe.invalid || as.invalid || ae.invalid) notice('invalid-date');

  const span = (
    s?: CalendarDate,
    e?: CalendarDate,
  ): { start: CalendarDate; end: CalendarDate } | undefined => {
    const start = s ?? e;
    if (!start) return undefined;
    if (s && e && compareDates(e, s) < 0) {
      notice('end-before-start');
      return { start: s, end: s };
    }
    return { start, end: e ?? start };
  };
  const planned = span(ps.date, pe.date);
  if (planned) item.planned = planned;
  const actual = span(as.date, ae.date);
  if (actual) {
    const running = measure.status === 'laufend' && !ae.date && !!as.date;
    const end = running && today && compareDates(today, actual.start) > 0 ? today : actual.end;
    item.actual = { start: actual.start, end, openEnd: running };
  }
  const spans = [planned, item.actual].filter((s) => s !== undefined);
  if (spans.length === 0) {
    if (!item.problem) notice('no-dates');
    return item;
  }
  item.start = spans.map((s) => s.start).reduce(min);
  item.end = spans.map((s) => s.end).reduce(max);
  return item;
}

function pointItem<T extends TimelineItem>(
  base: Omit<T, 'start' | 'end'>,
  value: unknown,
  subject: string,
  notices: TimelineNotice[],
  noticeWhenMissing: boolean,
): T {
  const item = { ...base } as T;
  const { date, invalid } = readDate(value);
  if (date) {
    item.start = date;
    item.end = date;
  } else if (invalid || noticeWhenMissing) {
    item.problem = invalid ? 'invalid-date' : 'no-dates';
    notices.push({ code: item.problem, itemId: item.key, subject });
  }
  return item;
}

/**
 * Builds the timeline of one case. `today` (`YYYY-MM-DD`) decides overdue states, the end of a running
 * measure and the "today" marker; without it nothing is overdue. Never throws: missing or malformed data
 * becomes a notice, and items without a usable date are kept (for the table) without `start`.
 */
export function buildTimeline(
  c: Case | undefined,
  today?: string,
  options: MilestoneOptions = {},
): TimelineModel {
  const notices: TimelineNotice[] = [];
  const items: TimelineItem[] = [];
  const model: TimelineModel = { items, notices };
  if (!c) return model;
  const ref = isCalendarDate(today) ? today : undefined;

  const entry = readDate(c.entryDate);
  if (entry.date) model.entryDate = entry.date;
  else notices.push({ code: entry.invalid ? 'invalid-case' : 'missing-entry-date', subject: 'entryDate' });

  let milestones: Milestone[] = [];
  try {
    const input = milestoneInputOf(c);
    milestones = computeMilestones(input, options);
    const horizon = computeHorizon(input);
    if (horizon.known) model.horizon = { start: horizon.start, end: horizon.end, status: horizon.status };
    else if (horizon.reason !== 'missing-entry-date') {
      notices.push({ code: 'horizon-unknown', reason: horizon.reason });
    }
  } catch (error) {
    const subject = error instanceof IasError ? error.field : undefined;
    if (!notices.some((n) => n.code === 'invalid-case' && n.subject === subject)) {
      notices.push(subject ? { code: 'invalid-case', subject } : { code: 'invalid-case' });
    }
  }

  for (const m of milestones) {
    const item: MilestoneItem = {
      key: `milestone:${m.id}`,
      kind: 'milestone',
      milestone: m,
      id: m.id,
      state: milestoneState(m, c, ref),
    };
    if (m.dueDate) {
      item.start = m.dueDate;
      item.end = m.dueDate;
    }
    items.push(item);
  }

  // Residence statuses only; an exit shows through the milestones it ends (reason `exited`).
  (c.statusHistory ?? []).forEach((change, i) => {
    if (!isStatusChange(change)) return;
    items.push(
      pointItem<StatusItem>(
        { key: `status:${i}`, kind: 'status', change, status: change.status },
        change.validFrom,
        change.status,
        notices,
        true,
      ),
    );
  });

  const goals = c.plan?.goals ?? [];
  for (const measure of c.plan?.measures ?? []) {
    if (measure) items.push(measureItem(measure, goals, ref, notices));
  }
  for (const review of c.plan?.reviews ?? []) {
    if (!review) continue;
    items.push(
      pointItem<ReviewItem>(
        { key: `review:${review.id}`, kind: 'review', review },
        review.date,
        review.id,
        notices,
        true,
      ),
    );
  }
  for (const assessment of c.assessments ?? []) {
    if (!assessment) continue;
    items.push(
      pointItem<AssessmentItem>(
        { key: `assessment:${assessment.id}`, kind: 'assessment', assessment },
        assessment.date,
        assessment.templateId,
        notices,
        true,
      ),
    );
  }
  for (const task of c.tasks ?? []) {
    if (!task || !OPEN_TASK.has(task.status)) continue;
    const overdue = !!ref && isCalendarDate(task.dueDate) && compareDates(task.dueDate, ref) < 0;
    items.push(
      pointItem<TaskItem>(
        { key: `task:${task.id}`, kind: 'task', task, overdue },
        task.dueDate,
        task.title,
        notices,
        false,
      ),
    );
  }

  items.sort((a, b) => {
    if (a.start && b.start) return compareDates(a.start, b.start) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
    if (a.start) return -1;
    if (b.start) return 1;
    return KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
  });
  return model;
}
