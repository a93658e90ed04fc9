/**
 * The traffic light of a person in the case list: the worst light of the tasks the core rules derive
 * for the case (`deriveTasks` from `@ias-kit/core/tasks`), `ok` when nothing is due, `unknown` when
 * the record has no status (the rules do not apply) or cannot be read. A record's own `light` wins.
 */
import type { CalendarDate, IntegrationPlan } from '@ias-kit/core';
import type { CaseListRecord } from '../core.js';
import {
  LANGUAGE_LEVELS,
  TRAFFIC_LIGHTS,
  deriveTasks,
  type TaskCase,
  type TrafficLight,
} from '@ias-kit/core/tasks';

/** The record as the task rules read it: a complete `TaskCase` (missing lists empty). */
function taskCaseOf(r: CaseListRecord, at: CalendarDate): TaskCase {
  const plan = r.plan as Partial<IntegrationPlan> | undefined;
  let best = -1;
  for (const l of r.languageLevels ?? []) {
    if (typeof l?.date === 'string' && l.date <= at) best = Math.max(best, LANGUAGE_LEVELS.indexOf(l.level));
  }
  const taskCase = {
    ...(r as object),
    person: { id: String(r.id), ...r.person },
    assessments: r.assessments ?? [],
    tasks: [],
    statusHistory: r.statusHistory ?? [],
    ...(best >= 0 ? { languageLevel: LANGUAGE_LEVELS[best] } : {}),
  } as unknown as TaskCase;
  if (plan) {
    taskCase.plan = {
      ...(plan as IntegrationPlan),
      goals: plan.goals ?? [],
      measures: plan.measures ?? [],
      reviews: plan.reviews ?? [],
    };
  }
  return taskCase;
}

export function caseLight(r: CaseListRecord, at: CalendarDate): TrafficLight | 'unknown' {
  if (r.light && TRAFFIC_LIGHTS.includes(r.light)) return r.light;
  if (!r.statusHistory?.length) return 'unknown';
  let failed = false;
  let tasks;
  try {
    tasks = deriveTasks({ today: at, cases: [taskCaseOf(r, at)], onCaseError: () => (failed = true) });
  } catch {
    return 'unknown'; // the rules could not read this record: "unknown", never a broken list
  }
  if (failed) return 'unknown';
  let worst = 0;
  for (const t of tasks) worst = Math.max(worst, TRAFFIC_LIGHTS.indexOf(t.light));
  return TRAFFIC_LIGHTS[worst]!;
}
