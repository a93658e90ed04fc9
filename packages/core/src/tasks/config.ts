/**
 * Canton configuration of the task rules: one object, its defaults and its JSON Schema.
 *
 * The schema is a TS const (`TASK_CONFIG_SCHEMA`, JSON Schema 2020-12) so hosts can validate a
 * canton's file with Ajv, and `resolveTaskConfig` checks the same constraints without Ajv, reading
 * them from the schema itself (declared once).
 */
import { IasError } from '../errors.js';
import { MEASURE_TYPES, type MeasureType } from '../model/plan.js';
import { DUE_DATE_CONVENTIONS, MILESTONE_IDS } from '../milestones/milestones.js';
import { TASK_RULES, type TaskConfig } from './types.js';

/**
 * The defaults, from domain.md §6 (Ampel proposals [G]) unless noted:
 * - `dueSoonDays` 30: amber from 30 days before a due date (explicit tasks, reviews, the
 *   potential-assessment deadline) — "amber = due ≤ 30 days";
 * - `measureStartDays` 14: amber from 14 days before a planned measure starts (tell the client) [G];
 * - `reviewGraceDays` 0: a review is red from the day after its date [G];
 * - `outcomeGraceDays` 14: amber the day after a measure ended without outcome, red after 14 more days [G];
 * - `potentialAssessmentMonths` 3: red when no potential assessment 3 months after the decision [G];
 * - `potentialAssessmentTemplates` `[]`: which assessment templates count; empty = any final assessment;
 * - `potentialAssessmentMinAge` 16, `potentialAssessmentMaxAge` 50: the Kurzassessment is systematic
 *   for VA/FL aged 16–50 [V: S13]; the age is the one on the deadline (completed years, both bounds
 *   included); without a birth date, or with a partial one that may fall inside, the reminder stays;
 * - `a1MonthsBefore` 6: red when A1 is missing 6 months before the 3-year milestone (i.e. at 2.5 years);
 * - `a1MinAgeAtEntry` 5: the A1 reminder concerns persons at least 5 at entry; a child 0–4 at entry
 *   is measured by goal 2 at the start of compulsory school instead [V: S5] (an unknown birth date
 *   keeps the reminder);
 * - `horizonYears` 7: no IAS reminder (potential assessment, A1, education, milestones) from the
 *   `horizonYears`-th anniversary of entry on: the IAS horizon has ended [V: S1];
 * - `educationFromYear` 3, `educationToYear` 4: the window (years after entry, 1-based, inclusive) in
 *   which a person 16–25 at entry must have an education measure;
 * - `educationMeasureTypes`: the measure types that count as education (Integrationsvorlehre,
 *   Brückenangebot, Qualifizierungsprogramm) [G];
 * - `untouchedDays` 90: amber when nobody worked on a dossier for 90 days [G];
 * - `milestoneDays` 90: amber from 90 days before each IAS milestone [G];
 * - `milestones`: the milestones watched (all);
 * - `dueDateConvention` `anniversary` (see `computeMilestones`);
 * - `disabledRules` `[]`; `includeClosed` false (done and dropped explicit tasks are left out).
 */
export const DEFAULT_TASK_CONFIG: Readonly<TaskConfig> = Object.freeze({
  dueSoonDays: 30,
  measureStartDays: 14,
  reviewGraceDays: 0,
  outcomeGraceDays: 14,
  potentialAssessmentMonths: 3,
  potentialAssessmentTemplates: [],
  potentialAssessmentMinAge: 16,
  potentialAssessmentMaxAge: 50,
  a1MonthsBefore: 6,
  a1MinAgeAtEntry: 5,
  horizonYears: 7,
  educationFromYear: 3,
  educationToYear: 4,
  educationMeasureTypes: [
    'integrationsvorlehre',
    'brueckenangebot',
    'qualifizierungsprogramm',
  ] as MeasureType[],
  untouchedDays: 90,
  milestoneDays: 90,
  milestones: [...MILESTONE_IDS],
  dueDateConvention: 'anniversary',
  disabledRules: [],
  includeClosed: false,
});

const days = (description: string, maximum = 3650) =>
  ({ type: 'integer', minimum: 0, maximum, description }) as const;
const list = (items: readonly string[], description: string) =>
  ({ type: 'array', items: { enum: items }, uniqueItems: true, description }) as const;

/** JSON Schema (2020-12) of a canton's task configuration; every property optional. */
export const TASK_CONFIG_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://ias-kit.ch/schemas/task-config.schema.json',
  title: 'ias-kit task rule configuration',
  type: 'object',
  additionalProperties: false,
  properties: {
    dueSoonDays: days('Amber from this many days before a due date.'),
    measureStartDays: days('Amber from this many days before a measure starts.'),
    reviewGraceDays: days('Days after the review date before it counts as overdue.'),
    outcomeGraceDays: days('Days after a measure ended before a missing outcome turns red.'),
    potentialAssessmentMonths: days(
      'Months after the status decision by which a potential assessment is due.',
      120,
    ),
    potentialAssessmentTemplates: {
      type: 'array',
      items: { type: 'string', minLength: 1 },
      uniqueItems: true,
      description: 'Assessment templates that count as potential assessment; empty: any final assessment.',
    },
    potentialAssessmentMinAge: days(
      'Youngest age (on the deadline) for which a potential assessment is due.',
      120,
    ),
    potentialAssessmentMaxAge: days(
      'Oldest age (on the deadline) for which a potential assessment is due.',
      120,
    ),
    a1MonthsBefore: days('Months before the 3-year A1 milestone from which a missing A1 is red.', 36),
    a1MinAgeAtEntry: days('Youngest age at entry for which a missing A1 is reminded.', 120),
    horizonYears: days('No IAS reminders from this anniversary of entry on.', 50),
    educationFromYear: {
      type: 'integer',
      minimum: 1,
      maximum: 7,
      description: 'First year after entry (1-based) of the education window.',
    },
    educationToYear: {
      type: 'integer',
      minimum: 1,
      maximum: 7,
      description: 'Last year after entry (1-based) of the education window.',
    },
    educationMeasureTypes: list(MEASURE_TYPES, 'Measure types that count as education.'),
    untouchedDays: days('Amber when a dossier was not touched for this many days.'),
    milestoneDays: days('Amber from this many days before an IAS milestone.'),
    milestones: list(MILESTONE_IDS, 'The IAS milestones watched.'),
    dueDateConvention: {
      enum: DUE_DATE_CONVENTIONS,
      description: 'How "n years after entry" becomes a date.',
    },
    disabledRules: list(TASK_RULES, 'Rules that produce no tasks.'),
    includeClosed: { type: 'boolean', description: 'Also list done and dropped explicit tasks.' },
  },
} as const;

type PropertySchema = {
  type?: string;
  enum?: readonly string[];
  minimum?: number;
  maximum?: number;
  items?: { enum?: readonly string[]; type?: string; minLength?: number };
  uniqueItems?: boolean;
};

function invalid(field: string, value: unknown, expected: string): IasError {
  return new IasError('option.invalid', `${field}: ${JSON.stringify(value)} is not ${expected}`, {
    value,
    field,
  });
}

function checkValue(field: string, value: unknown, s: PropertySchema): void {
  if (s.type === 'integer') {
    if (
      !Number.isInteger(value) ||
      (value as number) < (s.minimum ?? 0) ||
      (value as number) > (s.maximum ?? 0)
    ) {
      throw invalid(field, value, `a whole number ${s.minimum}–${s.maximum}`);
    }
  } else if (s.type === 'boolean') {
    if (typeof value !== 'boolean') throw invalid(field, value, 'true or false');
  } else if (s.type === 'array') {
    if (!Array.isArray(value)) throw invalid(field, value, 'a list');
    if (new Set(value).size !== value.length) throw invalid(field, value, 'a list without repeats');
    for (const [i, item] of value.entries()) {
      const allowed = s.items?.enum;
      if (allowed ? !allowed.includes(item) : typeof item !== 'string' || item.length === 0) {
        throw invalid(`${field}[${i}]`, item, allowed ? `one of ${allowed.join(', ')}` : 'a non-empty text');
      }
    }
  } else if (s.enum && !s.enum.includes(value as string)) {
    throw invalid(field, value, `one of ${s.enum.join(', ')}`);
  }
}

/**
 * Merges a (partial) canton configuration over `DEFAULT_TASK_CONFIG` and checks it against
 * `TASK_CONFIG_SCHEMA`.
 * @throws {IasError} `option.invalid` naming the field, for an unknown key or a bad value, and when
 *   `educationFromYear` is after `educationToYear`.
 * @example resolveTaskConfig({ untouchedDays: 60 }).untouchedDays; // 60
 */
export function resolveTaskConfig(config: Partial<TaskConfig> = {}): TaskConfig {
  const props = TASK_CONFIG_SCHEMA.properties as Record<string, PropertySchema>;
  for (const [key, value] of Object.entries(config)) {
    const schema = props[key];
    if (!schema) throw invalid(key, value, 'a known setting');
    if (value !== undefined) checkValue(key, value, schema);
  }
  const merged = { ...DEFAULT_TASK_CONFIG } as TaskConfig;
  for (const [key, value] of Object.entries(config)) {
    if (value !== undefined) (merged as unknown as Record<string, unknown>)[key] = value;
  }
  if (merged.potentialAssessmentMinAge > merged.potentialAssessmentMaxAge) {
    throw invalid(
      'potentialAssessmentMinAge',
      merged.potentialAssessmentMinAge,
      `at most potentialAssessmentMaxAge (${merged.potentialAssessmentMaxAge})`,
    );
  }
  if (merged.educationFromYear > merged.educationToYear) {
    throw invalid(
      'educationFromYear',
      merged.educationFromYear,
      `at most educationToYear (${merged.educationToYear})`,
    );
  }
  return merged;
}
