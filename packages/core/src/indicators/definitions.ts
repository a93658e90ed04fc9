/**
 * The definitions behind the IAS figures, as configurable parameters with stated defaults.
 *
 * [V] = verified in domain.md's sources, [G] = our documented choice where SEM's definition is not
 * public (domain.md §3.1: the definition of "nachhaltig" and the measurement of goal 5 are [–]).
 * Nothing is guessed silently: every choice below is a field of `IndicatorDefinitions`, returned
 * resolved in every report (`IndicatorReport.definitions`), and overridable by the caller.
 */
import { IasError } from '../errors.js';
import { MILESTONE_RULES, type MilestoneOptions } from '../milestones/milestones.js';
import { MEASURE_TYPES, type MeasureType } from '../model/plan.js';
import { LANGUAGE_LEVELS, type LanguageLevel } from '../tasks/types.js';
import { EDUCATION_LEVELS, type EducationLevel } from './types.js';

/** An age band in completed years, both bounds included; `max: null` = no upper bound. */
export interface AgeBand {
  label: string;
  min: number;
  max: number | null;
}

export interface IndicatorDefinitions {
  /**
   * Goal 1 [V: S1]: language level at least `minLevel` at the end of the 3rd calendar year after
   * entry, all ages. Default `A1`.
   */
  goal1MinLevel: LanguageLevel;
  /**
   * Goal 2 [V: S1, S5]: children 0–4 at entry "can make themselves understood" in the local
   * language at the start of compulsory school. SEM's operational test is not public [G]: default
   * a recorded level of at least `A1` on or before the school start. The school start follows the
   * milestone options (HarmoS default: 4 by 31 July, school year from 1 August).
   */
  goal2MinLevel: LanguageLevel;
  /**
   * Goal 2, children who arrive after their regular school start [G, documented rule]: they start
   * school on arrival, so measuring them on that day would almost always fail. They are measured
   * this many months after entry instead (default 12: one school year in the local language).
   * Children who arrive before the regular school start are measured at that start.
   */
  goal2LateArrivalMonths: number;
  /** School-start options of `computeMilestones` (goal 2 and the pre-school Kennzahl). */
  school: Pick<MilestoneOptions, 'schoolStartAge' | 'schoolAgeCutoff' | 'schoolYearStart'>;
  /**
   * Goal 3 [V: S12]: post-compulsory education at the end of the 5th calendar year after entry,
   * 16–25 at entry. SEM (BFS LABB) counts certifying Sek II and transition training: default all
   * of `EDUCATION_LEVELS`.
   */
  goal3Levels: EducationLevel[];
  /**
   * Goal 3 [G]: whether a completed education (with certificate) before the measurement date
   * still counts. Default `true` (the person has reached the goal).
   */
  goal3CountCompleted: boolean;
  /**
   * Goal 4 "sustainably integrated in the first labour market" (SEM's own definition of
   * "nachhaltig" is not public [–]). The default reading is SEM's published ZEMIS measure [V: S11]:
   * employed in the first labour market on the measurement date (end of the 7th calendar year after
   * entry, 16–55 at entry), `goal4MinMonths` = 0. A value > 0 also asks that the employment has
   * lasted without a gap for that many months by then.
   */
  goal4MinMonths: number;
  /**
   * The kit's stricter named variant `goal-4-labour-market-sustained` [G]: as goal 4, with at least
   * this many months of employment without a gap by the measurement date. Default 12. Both figures
   * are reported side by side.
   */
  goal4SustainedMonths: number;
  /** Goal 4 [G]: minimum workload in percent. Default 0 (any workload). */
  goal4MinPensum: number;
  /**
   * Goal 5 [G, SEM measurement not public]: the latest social-contact observation on or before the
   * end of the 7th calendar year after entry, made at most `goal5MaxAgeMonths` months before it,
   * says "regular contacts". Default 24 months.
   */
  goal5MaxAgeMonths: number;
  /**
   * Age groups at entry of goals 2, 3 and 4 (completed years, inclusive): from the core
   * `MILESTONE_RULES` (0–4, 16–25, 16–55); goals 1 and 5 concern all ages.
   */
  goalAgeAtEntry: Record<1 | 2 | 3 | 4 | 5, readonly [number, number] | null>;
  /**
   * Kennzahlen [G]: a person belongs to the IAS population of a period when a VA/FL status began
   * on or before the period's end, the entry date is on or before it, and the end of the
   * `horizonYears`-th calendar year after entry is not before the period's start. Default 7 (the
   * IAS horizon; later the case leaves the IAS target).
   */
  horizonYears: number;
  /** Measure types counted as language support (Kennzahl). Default `sprachkurs`, `alphabetisierung`. */
  languageSupportTypes: MeasureType[];
  /**
   * Measure types counted as support towards education or work (Kennzahl, split 16–25 / 26–55).
   * Default `integrationsvorlehre`, `brueckenangebot`, `praktikum`, `qualifizierungsprogramm`,
   * `job_coaching`, `praxisassessment`, `diplomanerkennung`.
   */
  workSupportTypes: MeasureType[];
  /** Measure types counted as early (pre-school) language support. Default `fruehe_foerderung`. */
  earlyLanguageTypes: MeasureType[];
  /**
   * [G] The age used for the 16–25 / 26–55 split of the support Kennzahl: `period-end` (age on the
   * last day of the period, as in a yearly count) or `entry`. Default `period-end`.
   */
  supportAgeBasis: 'period-end' | 'entry';
  /**
   * [V: S9] Profile of newly recorded persons over 16: read from the person's first final assessment
   * (of `profileTemplates`, or any when empty) dated in the period; `profileMinAge` is the age on
   * that date (default 16). Items are JSON pointers into the assessment `data`; the defaults name
   * the SEM core fields (`x-ias-core`) of every version of the kit's Kurzassessment template, and
   * `checkProfileFields` refuses pointers that name no field of a template.
   */
  profileTemplates: string[];
  profileMinAge: number;
  profileFields: {
    /** Number of school years; counted when > 6. Default `/schooling/years`. */
    schoolingYears: string;
    /** Literacy; counted when equal to `notAlphabetisedValue`. Default `/languages/alphabetisation`. */
    literacy: string;
    /** Default `nicht_alphabetisiert`. */
    notAlphabetisedValue: string;
    /** Potential towards labour-market or training readiness, boolean. Default `/result/potential`. */
    potential: string;
    /** Total months of work experience; counted when ≤ 12. Default `/work/totalMonths`. */
    workExperienceMonths: string;
  };
  /** Age groups at entry for grouping (`ageGroup`). Default 0–4, 5–15, 16–25, 26–55, 56+. */
  ageGroups: AgeBand[];
}

/** The default definitions (see each field's notes for the source or the reason). */
export const DEFAULT_INDICATOR_DEFINITIONS: IndicatorDefinitions = {
  goal1MinLevel: 'A1',
  goal2MinLevel: 'A1',
  goal2LateArrivalMonths: 12,
  school: { schoolStartAge: 4, schoolAgeCutoff: '07-31', schoolYearStart: '08-01' },
  goal3Levels: [...EDUCATION_LEVELS],
  goal3CountCompleted: true,
  goal4MinMonths: 0,
  goal4SustainedMonths: 12,
  goal4MinPensum: 0,
  goal5MaxAgeMonths: 24,
  goalAgeAtEntry: {
    1: MILESTONE_RULES['language-a1'].ageAtEntry,
    2: MILESTONE_RULES['school-start'].ageAtEntry,
    3: MILESTONE_RULES.education.ageAtEntry,
    4: MILESTONE_RULES['labour-market'].ageAtEntry,
    5: MILESTONE_RULES['social-integration'].ageAtEntry,
  },
  horizonYears: 7,
  languageSupportTypes: ['sprachkurs', 'alphabetisierung'],
  workSupportTypes: [
    'integrationsvorlehre',
    'brueckenangebot',
    'praktikum',
    'qualifizierungsprogramm',
    'job_coaching',
    'praxisassessment',
    'diplomanerkennung',
  ],
  earlyLanguageTypes: ['fruehe_foerderung'],
  supportAgeBasis: 'period-end',
  profileTemplates: [],
  profileMinAge: 16,
  profileFields: {
    schoolingYears: '/schooling/years',
    literacy: '/languages/alphabetisation',
    notAlphabetisedValue: 'nicht_alphabetisiert',
    potential: '/result/potential',
    workExperienceMonths: '/work/totalMonths',
  },
  ageGroups: [
    { label: '0-4', min: 0, max: 4 },
    { label: '5-15', min: 5, max: 15 },
    { label: '16-25', min: 16, max: 25 },
    { label: '26-55', min: 26, max: 55 },
    { label: '56+', min: 56, max: null },
  ],
};

/** Years after entry at which each goal is measured (end of that calendar year) [V: S1, S11, S12]. */
export const GOAL_YEARS_AFTER_ENTRY = {
  1: MILESTONE_RULES['language-a1'].yearsAfterEntry,
  3: MILESTONE_RULES.education.yearsAfterEntry,
  4: MILESTONE_RULES['labour-market'].yearsAfterEntry,
  5: MILESTONE_RULES['social-integration'].yearsAfterEntry,
} as const;

const bad = (field: string, value: unknown, what: string) =>
  new IasError('option.invalid', `${field}: ${JSON.stringify(value)} is not ${what}`, { value, field });

const isCount = (n: unknown, max: number): n is number =>
  Number.isInteger(n) && (n as number) >= 0 && (n as number) <= max;

/** Fills missing definitions with the defaults and checks them. @throws {IasError} `option.invalid`. */
export function resolveDefinitions(partial: Partial<IndicatorDefinitions> = {}): IndicatorDefinitions {
  const d: IndicatorDefinitions = {
    ...DEFAULT_INDICATOR_DEFINITIONS,
    ...partial,
    school: { ...DEFAULT_INDICATOR_DEFINITIONS.school, ...partial.school },
    profileFields: { ...DEFAULT_INDICATOR_DEFINITIONS.profileFields, ...partial.profileFields },
    goalAgeAtEntry: { ...DEFAULT_INDICATOR_DEFINITIONS.goalAgeAtEntry, ...partial.goalAgeAtEntry },
  };
  for (const key of ['goal1MinLevel', 'goal2MinLevel'] as const) {
    if (!LANGUAGE_LEVELS.includes(d[key])) throw bad(key, d[key], `one of ${LANGUAGE_LEVELS.join(', ')}`);
  }
  for (const key of [
    'goal4MinMonths',
    'goal4SustainedMonths',
    'goal2LateArrivalMonths',
    'goal5MaxAgeMonths',
    'horizonYears',
    'profileMinAge',
  ] as const) {
    if (!isCount(d[key], 1200)) throw bad(key, d[key], 'a whole number ≥ 0');
  }
  if (!isCount(d.goal4MinPensum, 100)) throw bad('goal4MinPensum', d.goal4MinPensum, 'a percentage 0–100');
  for (const key of ['languageSupportTypes', 'workSupportTypes', 'earlyLanguageTypes'] as const) {
    for (const t of d[key]) if (!MEASURE_TYPES.includes(t)) throw bad(key, t, 'a measure type');
  }
  for (const l of d.goal3Levels)
    if (!EDUCATION_LEVELS.includes(l)) throw bad('goal3Levels', l, 'an education level');
  if (d.supportAgeBasis !== 'period-end' && d.supportAgeBasis !== 'entry') {
    throw bad('supportAgeBasis', d.supportAgeBasis, '"period-end" or "entry"');
  }
  for (const band of d.ageGroups) {
    if (!isCount(band.min, 200) || (band.max !== null && (!isCount(band.max, 200) || band.max < band.min))) {
      throw bad('ageGroups', band, 'an age band { label, min, max }');
    }
  }
  for (const [goal, range] of Object.entries(d.goalAgeAtEntry)) {
    if (range !== null && !(isCount(range[0], 200) && isCount(range[1], 200) && range[0] <= range[1])) {
      throw bad(`goalAgeAtEntry.${goal}`, range, 'an age range [min, max] or null');
    }
  }
  return d;
}
