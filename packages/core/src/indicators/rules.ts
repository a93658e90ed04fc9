/**
 * The outcome rules: for one person and one figure, whether the person is in the figure's
 * denominator (and whether a hit), excluded with a reason, or out of it. Pure functions of the facts
 * read by `read.ts` and the context `Ctx` the accumulator builds once from the options.
 */
import { MILESTONE_RULES, computeMilestones } from '../milestones/milestones.js';
import type { CalendarDate } from '../model/common.js';
import type { Measure } from '../model/plan.js';
import { type AgeRange, addDays, addMonths, partialDateRange } from '../dates/index.js';
import { LANGUAGE_LEVELS } from '../tasks/types.js';
import { fastAgeAt } from './fast-age.js';
import { GOAL_YEARS_AFTER_ENTRY, type IndicatorDefinitions } from './definitions.js';
import type { ExclusionReason, IndicatorId } from './types.js';
import { exitInForce } from '../milestones/status-history.js';
import { endOfYear, pointerGet, type Facts } from './read.js';

export type Outcome =
  | { kind: 'in'; hit: boolean; day: string }
  | { kind: 'excluded'; reason: ExclusionReason; day?: string | undefined }
  | { kind: 'out' };
export const OUT: Outcome = { kind: 'out' };
const EXCLUDED = new Map<ExclusionReason, Outcome>();
export const ex = (reason: ExclusionReason, day?: string): Outcome => {
  if (day !== undefined) return { kind: 'excluded', reason, day };
  let o = EXCLUDED.get(reason);
  if (!o) EXCLUDED.set(reason, (o = { kind: 'excluded', reason }));
  return o;
};

type Fit = 'in' | 'out' | 'unknown';
export function fit(age: AgeRange | undefined, min: number, max: number | null): Fit {
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
 * measure is open; else plannedEnd, else its start day) on or after `from`. Undated measures never
 * count, nor does a cancelled (`abgebrochen`) measure without an actual start: its planned dates
 * say nothing about whether it ran.
 */
function measureRan(m: Measure, from: string, to: string): boolean {
  if (m.status !== 'laufend' && m.status !== 'abgeschlossen' && m.status !== 'abgebrochen') return false;
  if (m.status === 'abgebrochen' && !m.actualStart) return false;
  const start = m.actualStart ?? m.plannedStart;
  if (!start || start > to) return false;
  const end = m.actualEnd ?? (m.status === 'laufend' ? undefined : (m.plannedEnd ?? start));
  return end === undefined || end >= from;
}

export interface Ctx {
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

/**
 * The goal outcome of one person. `sustained`: goal 4's stricter variant
 * (`goal-4-labour-market-sustained`, `goal4SustainedMonths` instead of `goal4MinMonths`).
 */
export function goalOutcome(goal: 1 | 2 | 3 | 4 | 5, f: Facts, c: Ctx, sustained = false): Outcome {
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
    // A child who arrives on or after the regular school start starts school on arrival: measured
    // `goal2LateArrivalMonths` after entry instead (definitions.ts).
    m = s.day === f.entry ? addMonths(f.entry, c.d.goal2LateArrivalMonths) : s.day;
  } else {
    m = endOfYear(f, GOAL_YEARS_AFTER_ENTRY[goal]);
  }
  if (c.goalFrom && m < c.goalFrom) return OUT;
  const due = m <= c.goalTo;
  if (!due && !(m > c.at && (c.givenTo === undefined || m <= c.givenTo))) return OUT;
  // Only while the canton is responsible: not after an exit in force on the measurement date (or
  // on the reference date, when that comes first), not before an arrival from another canton.
  const gone = responsibility(f, m > c.at ? c.at : m, m);
  if (gone) return ex(gone, m);
  if (!due) return ex('not-yet-due', m);
  return { kind: 'in', hit: goalReached(goal, f, m, c.d, sustained), day: m };
}

/**
 * Why the canton is not responsible for the figure measured on `day` (`arrivedBy`: the day an
 * arrival must have happened by), or `undefined` when it is.
 */
function responsibility(f: Facts, day: string, arrivedBy: string): ExclusionReason | undefined {
  if (!f.entries) return undefined;
  const x = exitInForce(f.entries, day);
  if (x) return `exit-${x.exit}`;
  if (f.arrival && f.arrival.validFrom > arrivedBy) return 'arrived-later';
  return undefined;
}

function goalReached(
  goal: 1 | 2 | 3 | 4 | 5,
  f: Facts,
  m: string,
  d: IndicatorDefinitions,
  sustained: boolean,
): boolean {
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
      const months = sustained ? d.goal4SustainedMonths : d.goal4MinMonths;
      return months === 0 || addMonths(start, months) <= addDays(m, 1);
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
export function population(f: Facts, c: Ctx): Outcome | null {
  if (!f.entry) return ex('missing-entry-date');
  if (f.entry > c.to) return OUT;
  const first = f.history[0];
  if (!first) return ex('not-in-target-group');
  if (first.validFrom > c.to) return OUT;
  if (endOfYear(f, c.d.horizonYears) < c.from) return ex('not-in-target-group');
  if (f.entries) {
    // In the canton's population unless an exit was in force on the period's first day, or the
    // person moved to another canton during the period (that canton counts them).
    const x = exitInForce(f.entries, c.to);
    if (x && (x.validFrom <= c.from || x.exit === 'moved-canton')) return ex(`exit-${x.exit}`);
    if (f.arrival && f.arrival.validFrom > c.to) return ex('arrived-later');
  }
  return null;
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

export function kennzahlOutcome(id: IndicatorId, f: Facts, c: Ctx, pop: Outcome | null): Outcome {
  const d = c.d;
  switch (id) {
    case 'erstinformation': {
      if (pop) return pop;
      // Newly admitted: the decision date, else the first status date (the admission), never the entry.
      const base = f.decision ?? f.history[0]!.validFrom;
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
