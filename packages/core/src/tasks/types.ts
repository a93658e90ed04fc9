/**
 * Types of the traffic-light task rules (design.md rec. 17, domain.md §6 Ampel proposals [G]).
 */
import type { IasError } from '../errors.js';
import type { Case } from '../model/case.js';
import type { MeasureType } from '../model/plan.js';
import type { ActorRef, CalendarDate, Id } from '../model/common.js';
import type { Task, TaskStatus } from '../model/task.js';
import type { MilestoneId } from '../milestones/milestones.js';
import type { TrafficLight } from '../model/traffic-light.js';

/** The traffic lights are declared once in the model (`model/traffic-light.ts`); re-exported for `@ias-kit/core/tasks`. */
export { TRAFFIC_LIGHTS, type TrafficLight } from '../model/traffic-light.js';

/**
 * The rules that produce tasks:
 * - `task`: an explicit task (from `Case.tasks` or the `tasks` input);
 * - `measure-start`: a planned measure starts soon: tell the client;
 * - `review`: the next review (Standortbestimmung) is due or overdue;
 * - `measure-outcome`: a measure has ended without an outcome;
 * - `potential-assessment`: no potential assessment N months after the status decision;
 * - `language-a1`: A1 not reached N months before the 3-year milestone;
 * - `education`: a person 16–25 at entry has no education measure in years 3–4 after entry;
 * - `dossier-untouched`: nobody worked on the case for N days;
 * - `milestone`: an IAS milestone (see `computeMilestones`) is approaching.
 */
export const TASK_RULES = [
  'task',
  'measure-start',
  'review',
  'measure-outcome',
  'potential-assessment',
  'language-a1',
  'education',
  'dossier-untouched',
  'milestone',
] as const;
export type TaskRule = (typeof TASK_RULES)[number];

/**
 * Why a task is shown: a stable code, localized by UIs with the reason's `params`.
 * `params.date` is always a `YYYY-MM-DD` calendar date; `params.days` a number of days (≥ 0).
 */
export const TASK_REASON_CODES = [
  'task-overdue',
  'task-due-soon',
  'task-open',
  'task-closed',
  'measure-starting',
  'review-due',
  'review-overdue',
  'measure-outcome-pending',
  'measure-outcome-missing',
  'assessment-due',
  'assessment-missing',
  'language-a1-missing',
  'education-missing',
  'dossier-untouched',
  'milestone-approaching',
] as const;
export type TaskReasonCode = (typeof TASK_REASON_CODES)[number];

/** A reason: its code and the values a message needs (dates as `YYYY-MM-DD`, never formatted). */
export interface TaskReason {
  code: TaskReasonCode;
  params: Readonly<Record<string, string | number>>;
}

/** What a task links to: the host navigates there on `ias-task-open`. */
export const TASK_LINK_KINDS = ['task', 'case', 'plan', 'measure', 'assessment', 'milestone'] as const;
export type TaskLinkKind = (typeof TASK_LINK_KINDS)[number];

/** The link target of a task. `id` is the id of the measure, plan, task or milestone. */
export interface TaskLink {
  kind: TaskLinkKind;
  caseId?: Id;
  personId?: Id;
  id?: Id;
}

/** A task a worker must see, with its traffic light, reason and link target. */
export interface DerivedTask {
  /**
   * Stable id, the same for the same fact on every run, so the host can match a snooze or a
   * "done": `task:<case id>:<task id>` for explicit tasks, `<rule>:<case id>[:<subject id>]` for
   * derived ones (subject: measure id, plan id or milestone id).
   */
  id: string;
  rule: TaskRule;
  light: TrafficLight;
  reason: TaskReason;
  /** English text of the reason (UIs localize `reason` instead). */
  text: string;
  /** The explicit task's title, or the English name of the rule. */
  title: string;
  status: TaskStatus;
  dueDate?: CalendarDate;
  caseId?: Id;
  personId?: Id;
  /** Display name of the person ("First Last"). */
  personName?: string;
  assignee?: ActorRef;
  link: TaskLink;
}

/** CEFR levels, with `pre-A1` for "below A1". */
export const LANGUAGE_LEVELS = ['pre-A1', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];

/**
 * A case as the task rules read it: the core `Case` plus the facts the model does not hold yet.
 * `languageLevel` is the best local-language level reached; A1 also counts as reached when a plan
 * goal for IAS goal 1 has the status `erreicht`.
 */
export interface TaskCase extends Case {
  languageLevel?: LanguageLevel;
}

/** An explicit task that does not come from a case's `tasks`: it names its person itself. */
export interface StandaloneTask extends Task {
  caseId?: Id;
  personId?: Id;
  personName?: string;
}

/** What the host did to a task: matched by the derived task's stable `id`. */
export interface TaskOverride {
  /** Hidden while `today` is before this date. */
  snoozedUntil?: CalendarDate;
  /** Overrides the status, e.g. `erledigt` after `ias-task-complete`. */
  status?: TaskStatus;
  /** Overrides the assignee, e.g. after `ias-task-reassign`. */
  assignee?: ActorRef;
}

/** Input of `deriveTasks`. */
export interface DeriveTasksInput {
  /** The day the rules are evaluated for. Never taken from the clock. */
  today: CalendarDate;
  cases?: readonly TaskCase[];
  /** Explicit tasks outside any case's `tasks`. */
  tasks?: readonly StandaloneTask[];
  /** Host decisions by task id (snooze, done, reassign). */
  overrides?: Readonly<Record<string, TaskOverride>>;
  /** Canton thresholds; missing values take the defaults (`DEFAULT_TASK_CONFIG`). */
  config?: Partial<TaskConfig>;
  /**
   * Called for a case with invalid data (e.g. a malformed date); the case is then skipped, so one
   * bad dossier does not empty a worker's cockpit. Without it, the error is thrown.
   */
  onCaseError?: (error: IasError, taskCase: TaskCase) => void;
}

/** Canton thresholds of the rules (see `DEFAULT_TASK_CONFIG` for the defaults and their meaning). */
export interface TaskConfig {
  dueSoonDays: number;
  measureStartDays: number;
  reviewGraceDays: number;
  outcomeGraceDays: number;
  potentialAssessmentMonths: number;
  potentialAssessmentTemplates: string[];
  potentialAssessmentMinAge: number;
  potentialAssessmentMaxAge: number;
  a1MonthsBefore: number;
  a1MinAgeAtEntry: number;
  horizonYears: number;
  educationFromYear: number;
  educationToYear: number;
  educationMeasureTypes: MeasureType[];
  untouchedDays: number;
  milestoneDays: number;
  milestones: MilestoneId[];
  dueDateConvention: 'anniversary' | 'end-of-calendar-year';
  disabledRules: TaskRule[];
  includeClosed: boolean;
}
