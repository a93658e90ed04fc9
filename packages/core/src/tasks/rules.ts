/**
 * Traffic-light task rules: from explicit tasks and from cases, the tasks a worker must see, each
 * with a light, a reason and a link target (design.md rec. 17; domain.md §6 Ampel proposals [G]).
 *
 * Pure: `today` is an input, never the clock. Ids are stable and the result is sorted
 * deterministically (`compareByUrgency`), so the same input in any order gives the same output.
 */
import {
  addDays,
  addMonths,
  addYears,
  assertCalendarDate,
  compareDates,
  daysBetween,
  isCalendarDate,
} from '../dates/date.js';
import { ageAt, isPartialDate, partialDateRange } from '../dates/index.js';
import { computeMilestones, milestoneInputOf, type ApplicableMilestone } from '../milestones/milestones.js';
import { exitInForce, readStatusHistory } from '../milestones/status-history.js';
import type { ActorRef, CalendarDate, Id } from '../model/common.js';
import type { Measure } from '../model/plan.js';
import { CLOSED_TASK_STATUSES, type Task, type TaskStatus } from '../model/task.js';
import { IasError } from '../errors.js';
import { resolveTaskConfig } from './config.js';
import { reasonText, TASK_RULE_TITLES_EN } from './text.js';
import { compareByUrgency } from './view.js';
import {
  LANGUAGE_LEVELS,
  type DeriveTasksInput,
  type DerivedTask,
  type TaskCase,
  type TaskConfig,
  type TaskLink,
  type TaskReason,
  type TaskReasonCode,
  type TaskRule,
  type TrafficLight,
} from './types.js';

const CLOSED: readonly TaskStatus[] = CLOSED_TASK_STATUSES;
const NOT_TAKING_PLACE: readonly string[] = ['abgebrochen', 'nicht_angetreten'];

interface Subject {
  caseId?: Id | undefined;
  personId?: Id | undefined;
  personName?: string | undefined;
  assignee?: ActorRef | undefined;
}

function make(
  rule: TaskRule,
  id: string,
  light: TrafficLight,
  code: TaskReasonCode,
  params: Record<string, string | number>,
  subject: Subject,
  link: Omit<TaskLink, 'caseId' | 'personId'>,
  dueDate?: CalendarDate,
  title: string = TASK_RULE_TITLES_EN[rule],
  status: TaskStatus = 'offen',
): DerivedTask {
  const reason: TaskReason = { code, params };
  // One object shape for every task (all fields present, possibly undefined) keeps sorting and
  // filtering monomorphic and fast.
  return {
    id,
    rule,
    light,
    reason,
    text: reasonText(reason),
    title,
    status,
    dueDate,
    caseId: subject.caseId,
    personId: subject.personId,
    personName: subject.personName,
    assignee: subject.assignee,
    link: { kind: link.kind, id: link.id, caseId: subject.caseId, personId: subject.personId },
  };
}

/** An explicit task: red when overdue, amber when due within `dueSoonDays`, else green. */
function explicitTask(
  task: Task,
  subject: Subject,
  today: CalendarDate,
  c: TaskConfig,
): DerivedTask | undefined {
  if (CLOSED.includes(task.status) && !c.includeClosed) return undefined;
  const who = { ...subject, assignee: task.assignee ?? subject.assignee };
  const id = `task:${subject.caseId ?? '-'}:${task.id}`;
  const link = { kind: 'task', id: task.id } as const;
  const args = [who, link, task.dueDate, task.title, task.status] as const;
  if (CLOSED.includes(task.status)) return make('task', id, 'ok', 'task-closed', {}, ...args);
  if (!task.dueDate) return make('task', id, 'ok', 'task-open', {}, ...args);
  const d = daysBetween(today, task.dueDate);
  const date = task.dueDate;
  if (d < 0) return make('task', id, 'critical', 'task-overdue', { date, days: -d }, ...args);
  if (d <= c.dueSoonDays) return make('task', id, 'warn', 'task-due-soon', { date, days: d }, ...args);
  return make('task', id, 'ok', 'task-open', { date }, ...args);
}

function measureStart(m: Measure, s: Subject, caseId: Id, today: CalendarDate, c: TaskConfig) {
  if ((m.status !== 'geplant' && m.status !== 'angemeldet') || !m.plannedStart || m.actualStart) return;
  const d = daysBetween(today, m.plannedStart);
  if (d < 0 || d > c.measureStartDays) return;
  const params = { date: m.plannedStart, days: d, measure: m.title };
  return make(
    'measure-start',
    `measure-start:${caseId}:${m.id}`,
    'warn',
    'measure-starting',
    params,
    s,
    { kind: 'measure', id: m.id },
    m.plannedStart,
  );
}

function measureOutcome(m: Measure, s: Subject, caseId: Id, today: CalendarDate, c: TaskConfig) {
  if (m.outcome) return;
  const end = m.actualEnd ?? m.plannedEnd;
  const ended =
    m.status === 'abgeschlossen' ||
    (m.status === 'laufend' && end !== undefined && compareDates(end, today) < 0);
  if (!ended) return;
  const id = `measure-outcome:${caseId}:${m.id}`;
  const link = { kind: 'measure', id: m.id } as const;
  if (!end)
    return make('measure-outcome', id, 'critical', 'measure-outcome-missing', { measure: m.title }, s, link);
  const since = Math.max(0, daysBetween(end, today));
  const due = addDays(end, c.outcomeGraceDays);
  const params = { date: end, days: since, measure: m.title };
  return since > c.outcomeGraceDays
    ? make('measure-outcome', id, 'critical', 'measure-outcome-missing', params, s, link, due)
    : make('measure-outcome', id, 'warn', 'measure-outcome-pending', params, s, link, due);
}

function review(k: TaskCase, s: Subject, today: CalendarDate, c: TaskConfig) {
  const plan = k.plan;
  if (!plan || plan.status !== 'aktiv') return;
  let due = plan.nextReview;
  if (!due) {
    const last = [...plan.reviews].sort((a, b) => compareDates(a.date, b.date)).at(-1);
    due = last?.nextDate;
  }
  if (!due) return;
  const dueDate = due;
  if (plan.reviews.some((r) => compareDates(r.date, dueDate) >= 0)) return;
  const late = daysBetween(dueDate, today);
  const id = `review:${k.id}:${plan.id}`;
  const link = { kind: 'plan', id: plan.id } as const;
  if (late > c.reviewGraceDays)
    return make('review', id, 'critical', 'review-overdue', { date: dueDate, days: late }, s, link, dueDate);
  if (-late <= c.dueSoonDays)
    return make(
      'review',
      id,
      'warn',
      'review-due',
      { date: dueDate, days: Math.max(0, -late) },
      s,
      link,
      dueDate,
    );
  return;
}

/**
 * Whether the age on `day` may lie in [min, max] (completed years): `false` only when the birth date
 * (possibly partial) puts it outside for sure; an unknown birth date keeps the rule.
 */
function mayBeAged(k: TaskCase, day: CalendarDate, min: number, max: number | null): boolean {
  const birth = k.person.dateOfBirth;
  if (!birth || !isPartialDate(birth) || partialDateRange(birth).earliest > day) return true;
  const age = ageAt(birth, day, { dateField: 'today' });
  return age.max >= min && (max === null || age.min <= max);
}

function potentialAssessment(k: TaskCase, s: Subject, today: CalendarDate, c: TaskConfig) {
  if (!k.decisionDate) return;
  const done = k.assessments.some(
    (a) =>
      a.status === 'final' &&
      (c.potentialAssessmentTemplates.length === 0 || c.potentialAssessmentTemplates.includes(a.templateId)),
  );
  if (done) return;
  const deadline = addMonths(k.decisionDate, c.potentialAssessmentMonths, 'decisionDate');
  if (!mayBeAged(k, deadline, c.potentialAssessmentMinAge, c.potentialAssessmentMaxAge)) return;
  const d = daysBetween(today, deadline);
  const id = `potential-assessment:${k.id}`;
  const link = { kind: 'assessment' } as const;
  if (d < 0) {
    const params = { date: deadline, days: -d, months: c.potentialAssessmentMonths };
    return make('potential-assessment', id, 'critical', 'assessment-missing', params, s, link, deadline);
  }
  if (d <= c.dueSoonDays)
    return make(
      'potential-assessment',
      id,
      'warn',
      'assessment-due',
      { date: deadline, days: d },
      s,
      link,
      deadline,
    );
  return;
}

function a1Reached(k: TaskCase): boolean {
  if (k.languageLevel && LANGUAGE_LEVELS.indexOf(k.languageLevel) >= LANGUAGE_LEVELS.indexOf('A1'))
    return true;
  return k.plan?.goals.some((g) => g.iasGoal === 1 && g.status === 'erreicht') ?? false;
}

function languageA1(
  k: TaskCase,
  m: ApplicableMilestone | undefined,
  s: Subject,
  today: CalendarDate,
  c: TaskConfig,
) {
  if (!m || a1Reached(k)) return;
  if (k.entryDate && !mayBeAged(k, k.entryDate, c.a1MinAgeAtEntry, null)) return;
  const check = addMonths(m.dueDate, -c.a1MonthsBefore);
  if (compareDates(today, check) < 0) return;
  const params = { date: m.dueDate, months: c.a1MonthsBefore };
  return make(
    'language-a1',
    `language-a1:${k.id}`,
    'critical',
    'language-a1-missing',
    params,
    s,
    { kind: 'milestone', id: m.id },
    m.dueDate,
  );
}

function education(
  k: TaskCase,
  m: ApplicableMilestone | undefined,
  s: Subject,
  today: CalendarDate,
  c: TaskConfig,
) {
  if (!m || !k.entryDate) return;
  const from = addYears(k.entryDate, c.educationFromYear - 1, 'entryDate');
  const to = addDays(addYears(k.entryDate, c.educationToYear, 'entryDate'), -1);
  if (compareDates(today, from) < 0 || compareDates(today, to) > 0) return;
  const has = k.plan?.measures.some(
    (x) => c.educationMeasureTypes.includes(x.type) && !NOT_TAKING_PLACE.includes(x.status),
  );
  if (has) return;
  const link: Omit<TaskLink, 'caseId' | 'personId'> = k.plan
    ? { kind: 'plan', id: k.plan.id }
    : { kind: 'case' };
  return make('education', `education:${k.id}`, 'critical', 'education-missing', { date: to }, s, link, to);
}

function untouched(k: TaskCase, s: Subject, today: CalendarDate, c: TaskConfig) {
  const last = k.lastActivity?.slice(0, 10);
  if (!last || !isCalendarDate(last)) return;
  const since = daysBetween(last, today);
  if (since < c.untouchedDays) return;
  const due = addDays(last, c.untouchedDays);
  return make(
    'dossier-untouched',
    `dossier-untouched:${k.id}`,
    'warn',
    'dossier-untouched',
    { date: last, days: since },
    s,
    { kind: 'case' },
    due,
  );
}

function milestone(k: TaskCase, m: ApplicableMilestone, s: Subject, today: CalendarDate, c: TaskConfig) {
  if (!c.milestones.includes(m.id)) return;
  const d = daysBetween(today, m.dueDate);
  if (d < 0 || d > c.milestoneDays) return;
  const params = { milestone: m.id, date: m.dueDate, days: d };
  return make(
    'milestone',
    `milestone:${k.id}:${m.id}`,
    'warn',
    'milestone-approaching',
    params,
    s,
    { kind: 'milestone', id: m.id },
    m.dueDate,
  );
}

/** The tasks of one case, unsorted and without the host's overrides (shared by `TaskDeriver`). */
export function caseTasks(
  k: TaskCase,
  today: CalendarDate,
  c: TaskConfig,
  on: (r: TaskRule) => boolean,
): DerivedTask[] {
  const s: Subject = {
    caseId: k.id,
    personId: k.person.id,
    personName: `${k.person.firstName} ${k.person.officialName}`,
    assignee: k.responsibleWorker,
  };
  const out: (DerivedTask | undefined)[] = [];
  if (on('task')) for (const t of k.tasks) out.push(explicitTask(t, s, today, c));
  // After an exit (departure, move, naturalisation, ...) the canton is no longer responsible: no
  // derived reminders, only the explicit tasks.
  const gone =
    k.statusHistory.some((e) => 'exit' in e) &&
    exitInForce(readStatusHistory(k.statusHistory).entries, today) !== undefined;
  if (k.phase !== 'abschluss' && !gone) {
    const measures = k.plan && k.plan.status !== 'abgebrochen' ? k.plan.measures : [];
    for (const m of measures) {
      if (on('measure-start')) out.push(measureStart(m, s, k.id, today, c));
      if (on('measure-outcome')) out.push(measureOutcome(m, s, k.id, today, c));
    }
    if (on('review')) out.push(review(k, s, today, c));
    if (on('dossier-untouched')) out.push(untouched(k, s, today, c));
    // IAS reminders stop when the IAS horizon has ended.
    const ias = !k.entryDate || compareDates(today, addYears(k.entryDate, c.horizonYears, 'entryDate')) <= 0;
    if (ias && on('potential-assessment')) out.push(potentialAssessment(k, s, today, c));
    if (ias && (on('language-a1') || on('education') || on('milestone'))) {
      const all = computeMilestones(milestoneInputOf(k), { dueDateConvention: c.dueDateConvention });
      const applicable = all.filter((m): m is ApplicableMilestone => m.applicable);
      const find = (id: string) => applicable.find((m) => m.id === id);
      if (on('language-a1')) out.push(languageA1(k, find('language-a1'), s, today, c));
      if (on('education')) out.push(education(k, find('education'), s, today, c));
      if (on('milestone')) for (const m of applicable) out.push(milestone(k, m, s, today, c));
    }
  }
  return out.filter((t): t is DerivedTask => t !== undefined);
}

/**
 * Derives the tasks a worker must see from explicit tasks and from cases.
 *
 * Rules (thresholds from the configuration, defaults in `DEFAULT_TASK_CONFIG`; day counts are
 * calendar days from `today`):
 * - `task`: an open explicit task is red from the day after its due date, amber from
 *   `dueSoonDays` before it through the due day, green otherwise (and without a due date);
 * - `measure-start`: amber from `measureStartDays` before a planned (`geplant`/`angemeldet`)
 *   measure's `plannedStart` through that day — tell the client;
 * - `review`: an active plan's next review (`plan.nextReview`, else the last review's `nextDate`)
 *   is amber from `dueSoonDays` before, red more than `reviewGraceDays` after it, unless a review
 *   took place on or after it;
 * - `measure-outcome`: a measure `abgeschlossen` (or `laufend` past its end) without `outcome`
 *   is amber up to `outcomeGraceDays` after its end, red after;
 * - `potential-assessment`: no final assessment (of `potentialAssessmentTemplates`, or any) is
 *   amber from `dueSoonDays` before decision + `potentialAssessmentMonths`, red after it, for persons
 *   aged `potentialAssessmentMinAge`–`potentialAssessmentMaxAge` on that deadline (16–50);
 * - `language-a1`: A1 not reached (`languageLevel`, or a plan goal for IAS goal 1 `erreicht`) is
 *   red from `a1MonthsBefore` months before the 3-year milestone on, for persons at least
 *   `a1MinAgeAtEntry` at entry (younger children: goal 2);
 * - `education`: a person 16–25 at entry (birth date known) with no education measure
 *   (`educationMeasureTypes`, not dropped) is red in years `educationFromYear`–`educationToYear`
 *   after entry (year 3 starts on the 2nd anniversary of entry, year 4 ends the day before the 4th);
 * - `dossier-untouched`: amber from `untouchedDays` after `lastActivity`;
 * - `milestone`: amber from `milestoneDays` before each applicable IAS milestone through its day.
 * The IAS reminders (`potential-assessment`, `language-a1`, `education`, `milestone`) stop on the
 * `horizonYears`-th anniversary of entry. Closed cases (phase `abschluss`) and cases with an exit in
 * force on `today` (see `StatusExit`) keep only their explicit tasks.
 *
 * `overrides` (by task id) apply the host's decisions: a task snoozed until a later day is left
 * out; a status or assignee replaces the derived one. Done and dropped tasks are left out unless
 * `includeClosed`. The result is sorted by urgency (`compareByUrgency`).
 *
 * @throws {IasError} `option.invalid` for a bad configuration; {IasDateError} for a bad `today`,
 *   and for a bad date in a case unless `onCaseError` is given (then that case is skipped).
 * @example
 * deriveTasks({ today: '2026-03-02', cases: [someCase], config: { untouchedDays: 60 } });
 */
export function deriveTasks(input: DeriveTasksInput): DerivedTask[] {
  const { today, config: c, on } = deriveSetup(input);
  const all: DerivedTask[] = [];
  for (const k of input.cases ?? []) {
    if (!input.onCaseError) {
      all.push(...caseTasks(k, today, c, on));
      continue;
    }
    try {
      all.push(...caseTasks(k, today, c, on));
    } catch (error) {
      if (!(error instanceof IasError)) throw error;
      input.onCaseError(error, k);
    }
  }
  all.push(...standaloneTasks(input, today, c, on));
  return applyOverrides(all, input.overrides, today, c).sort(compareByUrgency);
}

/** The checked date, the resolved configuration and the rule switch of one derivation. */
export function deriveSetup(input: DeriveTasksInput): {
  today: CalendarDate;
  config: TaskConfig;
  on: (r: TaskRule) => boolean;
} {
  const today = assertCalendarDate(input.today, 'today');
  const config = resolveTaskConfig(input.config);
  const disabled = new Set<TaskRule>(config.disabledRules);
  return { today, config, on: (r) => !disabled.has(r) };
}

/** The explicit tasks outside any case (`input.tasks`), unsorted. */
export function standaloneTasks(
  input: DeriveTasksInput,
  today: CalendarDate,
  c: TaskConfig,
  on: (r: TaskRule) => boolean,
): DerivedTask[] {
  const out: DerivedTask[] = [];
  if (!on('task')) return out;
  for (const t of input.tasks ?? []) {
    const s = { caseId: t.caseId, personId: t.personId, personName: t.personName };
    const task = explicitTask(t, s, today, c);
    if (task) out.push(task);
  }
  return out;
}

/**
 * The host's decisions applied, in the tasks' order: snoozed tasks (until after `today`) and closed
 * ones (unless `includeClosed`) left out, status and assignee replaced. A changed task is a copy; the
 * input's task objects are never altered (the incremental `TaskDeriver` shares them between results).
 */
export function applyOverrides(
  tasks: readonly DerivedTask[],
  overrides: DeriveTasksInput['overrides'],
  today: CalendarDate,
  c: TaskConfig,
): DerivedTask[] {
  const out: DerivedTask[] = [];
  for (const task of tasks) {
    const o = overrides?.[task.id];
    if (!o) {
      out.push(task);
      continue;
    }
    if (o.snoozedUntil && compareDates(today, o.snoozedUntil) < 0) continue;
    const next = { ...task };
    if (o.assignee) next.assignee = o.assignee;
    if (o.status) {
      next.status = o.status;
      if (CLOSED.includes(o.status)) {
        if (!c.includeClosed) continue;
        next.light = 'ok';
        next.reason = { code: 'task-closed', params: {} };
        next.text = reasonText(next.reason);
      }
    }
    out.push(next);
  }
  return out;
}
