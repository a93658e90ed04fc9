import { describe, expect, it } from 'vitest';
import { addDays } from '../dates/date.js';
import type { Measure } from '../model/plan.js';
import { sampleCase } from '../testing/task-cases.js';
import { deriveTasks } from './rules.js';
import {
  TASK_REASON_CODES,
  TRAFFIC_LIGHTS,
  type DerivedTask,
  type TaskCase,
  type TaskConfig,
  type TaskRule,
} from './types.js';

/** The light of the one task of `rule` on `today`, or `null` when there is none. */
function light(c: TaskCase, rule: TaskRule, today: string, config: Partial<TaskConfig> = {}): string | null {
  const found = deriveTasks({ today, cases: [c], config }).filter((t) => t.rule === rule);
  expect(found.length).toBeLessThanOrEqual(1);
  return found[0]?.light ?? null;
}
/** Lights the day before, the day of and the day after `day`. */
const around = (c: TaskCase, rule: TaskRule, day: string, config: Partial<TaskConfig> = {}) =>
  [-1, 0, 1].map((d) => light(c, rule, addDays(day, d), config));
const one = (c: TaskCase, rule: TaskRule, today: string, config: Partial<TaskConfig> = {}): DerivedTask =>
  deriveTasks({ today, cases: [c], config }).find((t) => t.rule === rule)!;

const plan = (measures: Measure[], extra: Partial<NonNullable<TaskCase['plan']>> = {}): TaskCase['plan'] => ({
  id: 'plan-1',
  personId: 'p-k',
  version: 1,
  status: 'aktiv',
  validFrom: '2024-01-01',
  caseManager: { id: 'w-1', name: 'Anna Fiktiv' },
  goals: [],
  measures,
  reviews: [],
  ...extra,
});
const m = (over: Partial<Measure>): Measure => ({
  id: 'm-1',
  type: 'sprachkurs',
  title: 'Deutsch A1',
  status: 'geplant',
  ...over,
});
// A case with nothing due: A1 reached, assessed, recent activity, old enough for no education rule.
const quiet = (over: Partial<TaskCase> = {}) =>
  sampleCase('k', {
    languageLevel: 'A2',
    assessments: [
      {
        id: 'a',
        templateId: 'sem-kurzassessment',
        templateVersion: '1.0.0',
        date: '2023-12-01',
        assessor: { id: 'w-1' },
        status: 'final',
        data: {},
      },
    ],
    ...over,
  });

describe('rule task (explicit tasks)', () => {
  const k = quiet({
    tasks: [{ id: 't1', kind: 'contact', title: 'Call the school', status: 'offen', dueDate: '2026-03-10' }],
  });
  it('is red from the day after the due date, amber on it', () => {
    expect(around(k, 'task', '2026-03-10')).toEqual(['warn', 'warn', 'critical']);
    expect(one(k, 'task', '2026-03-12').reason).toEqual({
      code: 'task-overdue',
      params: { date: '2026-03-10', days: 2 },
    });
  });
  it('is amber from dueSoonDays before, green the day before that', () => {
    expect(around(k, 'task', '2026-02-08')).toEqual(['ok', 'warn', 'warn']); // 2026-02-08 is 30 days before
    expect(around(k, 'task', '2026-03-03', { dueSoonDays: 7 })).toEqual(['ok', 'warn', 'warn']);
  });
  it('is green without a due date and left out when done, unless includeClosed', () => {
    const open = quiet({ tasks: [{ id: 't', kind: 'other', title: 'x', status: 'in_bearbeitung' }] });
    expect(one(open, 'task', '2026-01-01')).toMatchObject({
      light: 'ok',
      status: 'in_bearbeitung',
      reason: { code: 'task-open' },
    });
    const done = quiet({
      tasks: [{ id: 't', kind: 'other', title: 'x', status: 'erledigt', dueDate: '2020-01-01' }],
    });
    expect(light(done, 'task', '2026-01-01')).toBeNull();
    expect(one(done, 'task', '2026-01-01', { includeClosed: true })).toMatchObject({
      light: 'ok',
      reason: { code: 'task-closed' },
    });
  });
  it('carries title, person, assignee (task first, else the case worker) and a link', () => {
    const t = one(quiet({ responsibleWorker: { id: 'w-9' }, tasks: k.tasks }), 'task', '2026-03-01');
    expect(t).toMatchObject({
      id: 'task:k:t1',
      title: 'Call the school',
      personId: 'p-k',
      personName: 'Amina Beispiel',
      assignee: { id: 'w-9' },
      link: { kind: 'task', id: 't1', caseId: 'k', personId: 'p-k' },
      text: 'Due on 10.03.2026, in 9 days',
    });
  });
  it('takes standalone tasks with their own person', () => {
    const [t] = deriveTasks({
      today: '2026-03-01',
      tasks: [
        {
          id: 's',
          kind: 'other',
          title: 'Report',
          status: 'offen',
          dueDate: '2026-02-27',
          personId: 'p-s',
          personName: 'Nour Muster',
        },
      ],
    });
    expect(t).toMatchObject({
      id: 'task:-:s',
      light: 'critical',
      personId: 'p-s',
      personName: 'Nour Muster',
    });
  });
});

describe('rule measure-start', () => {
  const k = quiet({ plan: plan([m({ plannedStart: '2026-04-01' })]) });
  it('is amber from measureStartDays before the start through the start day', () => {
    expect(around(k, 'measure-start', '2026-03-18')).toEqual([null, 'warn', 'warn']); // 14 days before
    expect(around(k, 'measure-start', '2026-04-01')).toEqual(['warn', 'warn', null]);
    expect(around(k, 'measure-start', '2026-03-25', { measureStartDays: 7 })).toEqual([null, 'warn', 'warn']);
  });
  it('says whom to tell and links the measure', () => {
    const t = one(k, 'measure-start', '2026-03-30');
    expect(t).toMatchObject({
      id: 'measure-start:k:m-1',
      link: { kind: 'measure', id: 'm-1' },
      dueDate: '2026-04-01',
    });
    expect(t.reason).toEqual({
      code: 'measure-starting',
      params: { date: '2026-04-01', days: 2, measure: 'Deutsch A1' },
    });
    expect(t.text).toContain('tell the client');
  });
  it('ignores started, running and dropped measures', () => {
    for (const over of [
      { actualStart: '2026-03-30' },
      { status: 'laufend' as const },
      { status: 'abgebrochen' as const },
    ]) {
      expect(
        light(
          quiet({ plan: plan([m({ plannedStart: '2026-04-01', ...over })]) }),
          'measure-start',
          '2026-03-30',
        ),
      ).toBeNull();
    }
  });
});

describe('rule review', () => {
  const k = quiet({ plan: plan([], { nextReview: '2026-06-30' }) });
  it('is red from the day after the review date, amber on it', () => {
    expect(around(k, 'review', '2026-06-30')).toEqual(['warn', 'warn', 'critical']);
    expect(one(k, 'review', '2026-07-03').reason).toEqual({
      code: 'review-overdue',
      params: { date: '2026-06-30', days: 3 },
    });
  });
  it('is amber from dueSoonDays before the date', () => {
    expect(around(k, 'review', '2026-05-31')).toEqual([null, 'warn', 'warn']);
  });
  it('waits reviewGraceDays', () => {
    expect(around(k, 'review', '2026-07-05', { reviewGraceDays: 5 })).toEqual(['warn', 'warn', 'critical']);
  });
  it("falls back to the last review's next date and is done by a review on or after the date", () => {
    const review = (date: string, nextDate?: string) => ({
      id: date,
      date,
      participants: [],
      summary: 's',
      ...(nextDate ? { nextDate } : {}),
    });
    const fb = quiet({
      plan: plan([], { reviews: [review('2026-03-01', '2026-09-01'), review('2025-09-01', '2026-03-01')] }),
    });
    expect(one(fb, 'review', '2026-09-02').dueDate).toBe('2026-09-01');
    const held = quiet({ plan: plan([], { nextReview: '2026-06-30', reviews: [review('2026-06-30')] }) });
    expect(light(held, 'review', '2026-07-10')).toBeNull();
    expect(
      light(
        quiet({ plan: plan([], { nextReview: '2026-06-30', status: 'entwurf' }) }),
        'review',
        '2026-07-10',
      ),
    ).toBeNull();
  });
});

describe('rule measure-outcome', () => {
  it('is amber the day after a running measure ended, red after outcomeGraceDays', () => {
    const k = quiet({ plan: plan([m({ status: 'laufend', plannedEnd: '2026-05-15' })]) });
    expect(around(k, 'measure-outcome', '2026-05-16')).toEqual([null, 'warn', 'warn']);
    expect(around(k, 'measure-outcome', '2026-05-29')).toEqual(['warn', 'warn', 'critical']); // end + 14
    expect(one(k, 'measure-outcome', '2026-06-01')).toMatchObject({
      id: 'measure-outcome:k:m-1',
      dueDate: '2026-05-29',
      reason: {
        code: 'measure-outcome-missing',
        params: { date: '2026-05-15', days: 17, measure: 'Deutsch A1' },
      },
    });
  });
  it('uses the actual end over the planned one and starts on the end day for a completed measure', () => {
    const k = quiet({
      plan: plan([m({ status: 'abgeschlossen', plannedEnd: '2026-05-01', actualEnd: '2026-05-20' })]),
    });
    expect(around(k, 'measure-outcome', '2026-06-03', { outcomeGraceDays: 14 })).toEqual([
      'warn',
      'warn',
      'critical',
    ]);
    expect(light(k, 'measure-outcome', '2026-05-20')).toBe('warn');
  });
  it('is red at once for a completed measure without any end date, and silent with an outcome', () => {
    expect(
      light(quiet({ plan: plan([m({ status: 'abgeschlossen' })]) }), 'measure-outcome', '2026-01-01'),
    ).toBe('critical');
    const ok = quiet({
      plan: plan([m({ status: 'abgeschlossen', actualEnd: '2025-01-01', outcome: 'teilweise' })]),
    });
    expect(light(ok, 'measure-outcome', '2026-01-01')).toBeNull();
  });
});

describe('rule potential-assessment', () => {
  const k = sampleCase('k', { decisionDate: '2025-11-30', languageLevel: 'A1' }); // deadline 2026-02-28 (end-of-month)
  it('is red from the day after decision + N months, amber on the day', () => {
    expect(around(k, 'potential-assessment', '2026-02-28')).toEqual(['warn', 'warn', 'critical']);
    expect(one(k, 'potential-assessment', '2026-03-01').reason).toEqual({
      code: 'assessment-missing',
      params: { date: '2026-02-28', days: 1, months: 3 },
    });
  });
  it('is amber from dueSoonDays before the deadline', () => {
    expect(around(k, 'potential-assessment', '2026-01-29')).toEqual([null, 'warn', 'warn']);
    expect(around(k, 'potential-assessment', '2026-05-30', { potentialAssessmentMonths: 6 })).toEqual([
      'warn',
      'warn',
      'critical',
    ]);
  });
  it('counts a final assessment of the configured templates only', () => {
    const a = {
      id: 'a',
      templateId: 'sem-kurzassessment',
      templateVersion: '1.0.0',
      date: '2026-01-10',
      assessor: { id: 'w' },
      data: {},
    };
    expect(
      light({ ...k, assessments: [{ ...a, status: 'final' }] }, 'potential-assessment', '2026-04-01'),
    ).toBeNull();
    expect(
      light({ ...k, assessments: [{ ...a, status: 'draft' }] }, 'potential-assessment', '2026-04-01'),
    ).toBe('critical');
    const only = { potentialAssessmentTemplates: ['sem-praxisassessment'] };
    expect(
      light({ ...k, assessments: [{ ...a, status: 'final' }] }, 'potential-assessment', '2026-04-01', only),
    ).toBe('critical');
  });
});

describe('rule language-a1', () => {
  // Entry 2023-05-10: A1 milestone 2026-05-10; 6 months before: 2025-11-10.
  const k = sampleCase('k', { entryDate: '2023-05-10', languageLevel: 'pre-A1' });
  it('is red from N months before the 3-year milestone', () => {
    expect(around(k, 'language-a1', '2025-11-10')).toEqual([null, 'critical', 'critical']);
    expect(around(k, 'language-a1', '2026-02-10', { a1MonthsBefore: 3 })).toEqual([
      null,
      'critical',
      'critical',
    ]);
    expect(one(k, 'language-a1', '2025-12-01')).toMatchObject({
      id: 'language-a1:k',
      dueDate: '2026-05-10',
      link: { kind: 'milestone', id: 'language-a1' },
      reason: { code: 'language-a1-missing', params: { date: '2026-05-10', months: 6 } },
    });
  });
  it('is silent once A1 is reached (level or plan goal) or with the rule disabled', () => {
    expect(light({ ...k, languageLevel: 'A1' }, 'language-a1', '2026-01-01')).toBeNull();
    const goal = {
      id: 'g',
      domain: 'sprache' as const,
      iasGoal: 1 as const,
      text: 'A1',
      status: 'erreicht' as const,
    };
    expect(light({ ...k, plan: plan([], { goals: [goal] }) }, 'language-a1', '2026-01-01')).toBeNull();
    expect(light(k, 'language-a1', '2026-01-01', { disabledRules: ['language-a1'] })).toBeNull();
  });
  it('follows the end-of-calendar-year convention', () => {
    expect(around(k, 'language-a1', '2026-06-30', { dueDateConvention: 'end-of-calendar-year' })).toEqual([
      null,
      'critical',
      'critical',
    ]);
  });
});

describe('rule education (16–25 at entry)', () => {
  // Entry 2023-05-10, born 2005-01-01: 18 at entry. Year 3 starts 2025-05-10, year 4 ends 2027-05-09.
  const k = sampleCase('k', {
    entryDate: '2023-05-10',
    person: { ...sampleCase('k').person, dateOfBirth: '2005-01-01' },
    languageLevel: 'A2',
  });
  it('is red in years 3–4 after entry without an education measure', () => {
    expect(around(k, 'education', '2025-05-10')).toEqual([null, 'critical', 'critical']);
    expect(around(k, 'education', '2027-05-09')).toEqual(['critical', 'critical', null]);
    expect(one(k, 'education', '2026-01-01')).toMatchObject({
      id: 'education:k',
      dueDate: '2027-05-09',
      reason: { code: 'education-missing' },
    });
  });
  it('honours the window setting', () => {
    expect(around(k, 'education', '2026-05-10', { educationFromYear: 4, educationToYear: 4 })).toEqual([
      null,
      'critical',
      'critical',
    ]);
  });
  it('is silent with an education measure, for other ages and for unknown birth dates', () => {
    expect(
      light({ ...k, plan: plan([m({ type: 'integrationsvorlehre' })]) }, 'education', '2026-01-01'),
    ).toBeNull();
    expect(
      light(
        { ...k, plan: plan([m({ type: 'integrationsvorlehre', status: 'abgebrochen' })]) },
        'education',
        '2026-01-01',
      ),
    ).toBe('critical');
    expect(light(sampleCase('k', { languageLevel: 'A2' }), 'education', '2026-01-01')).toBeNull(); // 33 at entry
    const straddles = { ...k, person: { ...k.person, dateOfBirth: '1997' } }; // 25 or 26 at entry
    expect(light(straddles, 'education', '2026-01-01')).toBeNull();
  });
  it('computes the age at entry with 16 and 25 inclusive', () => {
    const born = (d: string) => ({ ...k, person: { ...k.person, dateOfBirth: d } });
    expect(light(born('2007-05-10'), 'education', '2026-01-01')).toBe('critical'); // 16 on the day of entry
    expect(light(born('2007-05-11'), 'education', '2026-01-01')).toBeNull(); // 15
    expect(light(born('1997-05-11'), 'education', '2026-01-01')).toBe('critical'); // 25
    expect(light(born('1997-05-10'), 'education', '2026-01-01')).toBeNull(); // 26
  });
});

describe('rule dossier-untouched', () => {
  const k = quiet({ lastActivity: '2026-01-05T16:30:00+01:00' });
  it('is amber from untouchedDays after the last activity', () => {
    expect(around(k, 'dossier-untouched', '2026-04-05')).toEqual([null, 'warn', 'warn']); // +90
    expect(around(k, 'dossier-untouched', '2026-02-04', { untouchedDays: 30 })).toEqual([
      null,
      'warn',
      'warn',
    ]);
    expect(one(k, 'dossier-untouched', '2026-04-10')).toMatchObject({
      link: { kind: 'case', caseId: 'k' },
      reason: { code: 'dossier-untouched', params: { date: '2026-01-05', days: 95 } },
    });
  });
  it('is silent without a last activity and for closed cases', () => {
    expect(light(quiet(), 'dossier-untouched', '2030-01-01')).toBeNull();
    expect(light({ ...k, phase: 'abschluss' }, 'dossier-untouched', '2030-01-01')).toBeNull();
  });
});

describe('rule milestone', () => {
  // Entry 2023-05-10, 33 at entry, VA: A1 2026-05-10, labour market and social integration 2030-05-10, financing end 2030-05-10.
  const k = quiet({ entryDate: '2023-05-10' });
  const lights = (today: string, config: Partial<TaskConfig> = {}) =>
    deriveTasks({ today, cases: [k], config })
      .filter((t) => t.rule === 'milestone')
      .map((t) => `${t.link.id}:${t.light}`);
  it('is amber from milestoneDays before each milestone through its day', () => {
    expect(lights('2026-02-08')).toEqual([]); // 91 days before
    expect(lights('2026-02-09')).toEqual(['language-a1:warn']);
    expect(lights('2026-05-10')).toEqual(['language-a1:warn']);
    expect(lights('2026-05-11')).toEqual([]);
    expect(lights('2030-05-10')).toEqual([
      'financing-end:warn',
      'labour-market:warn',
      'social-integration:warn',
    ]);
    expect(lights('2026-04-10', { milestoneDays: 30 })).toEqual(['language-a1:warn']);
    expect(lights('2026-04-09', { milestoneDays: 30 })).toEqual([]);
  });
  it('watches the configured milestones only', () => {
    expect(lights('2030-05-01', { milestones: ['financing-end'] })).toEqual(['financing-end:warn']);
  });
});

describe('deriveTasks', () => {
  const k = sampleCase('k', {
    languageLevel: 'pre-A1',
    lastActivity: '2025-01-01T10:00:00Z',
    tasks: [{ id: 't', kind: 'other', title: 'x', status: 'offen', dueDate: '2026-01-20' }],
  });
  it('gives every task a known reason, an English text and a stable, unique id', () => {
    const a = deriveTasks({ today: '2026-01-15', cases: [k] });
    const b = deriveTasks({ today: '2026-01-15', cases: [structuredClone(k)] });
    expect(a).toEqual(b);
    expect(new Set(a.map((t) => t.id)).size).toBe(a.length);
    for (const t of a) {
      expect(TASK_REASON_CODES).toContain(t.reason.code);
      expect(t.text).not.toContain('undefined');
    }
  });
  it('sorts red first, then by due date', () => {
    const lights = deriveTasks({ today: '2026-01-15', cases: [k] }).map((t) => t.light);
    expect(lights).toEqual([...lights].sort((x, y) => TRAFFIC_LIGHTS.indexOf(y) - TRAFFIC_LIGHTS.indexOf(x)));
  });
  it("applies the host's snooze, done and reassign by id", () => {
    const base = { today: '2026-01-15', cases: [k] };
    const overrides = (o: object) =>
      deriveTasks({ ...base, overrides: { 'task:k:t': o } }).find((t) => t.id === 'task:k:t');
    expect(overrides({ snoozedUntil: '2026-01-16' })).toBeUndefined();
    expect(overrides({ snoozedUntil: '2026-01-15' })).toBeDefined(); // back on the day it ends
    expect(overrides({ status: 'erledigt' })).toBeUndefined();
    expect(overrides({ status: 'in_bearbeitung', assignee: { id: 'w-2' } })).toMatchObject({
      status: 'in_bearbeitung',
      assignee: { id: 'w-2' },
    });
    const closed = deriveTasks({
      ...base,
      overrides: { 'language-a1:k': { status: 'erledigt' } },
      config: { includeClosed: true },
    });
    expect(closed.find((t) => t.id === 'language-a1:k')).toMatchObject({
      light: 'ok',
      status: 'erledigt',
      reason: { code: 'task-closed' },
    });
  });
  it('rejects a bad today and a bad configuration with a named field', () => {
    expect(() => deriveTasks({ today: '15.01.2026' })).toThrow(/today/);
    expect(() => deriveTasks({ today: '2026-01-15', config: { untouchedDays: -1 } })).toThrow(
      /untouchedDays/,
    );
  });
  it('throws for a case with a bad date, or skips and reports it with onCaseError', () => {
    const broken = sampleCase('bad', { entryDate: '2023-02-30' });
    expect(() => deriveTasks({ today: '2026-01-15', cases: [broken, k] })).toThrow(/entryDate/);
    const seen: string[] = [];
    const out = deriveTasks({
      today: '2026-01-15',
      cases: [broken, k],
      onCaseError: (e, c) => seen.push(`${c.id} ${e.code}`),
    });
    expect(seen).toEqual(['bad date.invalid']);
    expect(out).toEqual(deriveTasks({ today: '2026-01-15', cases: [k] }));
  });
});
