/**
 * The task rules bounded as domain.md says: the potential assessment for 16–50 (configurable), the
 * A1 reminder only for the ages goal 1 concerns beside goal 2, and no IAS reminder past the horizon.
 */
import { describe, expect, it } from 'vitest';
import { sampleCase } from '../testing/task-cases.js';
import { deriveTasks } from './rules.js';
import type { TaskCase, TaskConfig, TaskRule } from './types.js';

const rules = (c: TaskCase, today: string, config: Partial<TaskConfig> = {}): TaskRule[] =>
  deriveTasks({ today, cases: [c], config }).map((t) => t.rule);
const born = (dateOfBirth: string, over: Partial<TaskCase> = {}) =>
  sampleCase('k', { ...over, person: { ...sampleCase('k').person, dateOfBirth } });

describe('potential assessment: systematic for 16–50 (age on the deadline)', () => {
  // decision 2023-11-01 + 3 months: deadline 2024-02-01, red from 2024-02-02.
  const today = '2024-03-01';
  it('reminds a 30-year-old, not a two-year-old nor a sixty-year-old', () => {
    expect(rules(born('1994-01-01'), today)).toContain('potential-assessment');
    expect(rules(born('2021-06-01'), today)).not.toContain('potential-assessment');
    expect(rules(born('1963-06-01'), today)).not.toContain('potential-assessment');
  });
  it('takes both bounds as included, and a partial birth date that may fall inside keeps the reminder', () => {
    expect(rules(born('2008-02-01'), today)).toContain('potential-assessment'); // 16 on the deadline
    expect(rules(born('2008-02-02'), today)).not.toContain('potential-assessment'); // 15
    expect(rules(born('1973-02-01'), today)).not.toContain('potential-assessment'); // 51
    expect(rules(born('1973-02-02'), today)).toContain('potential-assessment'); // 50
    expect(rules(born('1973'), today)).toContain('potential-assessment'); // 50 or 51
  });
  it('follows the canton band', () => {
    expect(rules(born('1963-06-01'), today, { potentialAssessmentMaxAge: 65 })).toContain(
      'potential-assessment',
    );
    expect(() => rules(born('1990'), today, { potentialAssessmentMinAge: 60 })).toThrow(
      /potentialAssessmentMinAge/,
    );
  });
});

describe('A1 reminder: not for children measured by goal 2, not past the IAS horizon', () => {
  // entry 2023-05-10: the 3-year milestone 2026-05-10, red from 2025-11-10.
  it('is red for an adult but not for a four-year-old at entry', () => {
    expect(rules(born('1990-04-12'), '2026-01-15')).toContain('language-a1');
    expect(rules(born('2019-01-01'), '2026-01-15')).not.toContain('language-a1');
    expect(rules(born('2018-05-10'), '2026-01-15')).toContain('language-a1'); // 5 at entry
    expect(rules(born('2019-01-01'), '2026-01-15', { a1MinAgeAtEntry: 0 })).toContain('language-a1');
  });
  it('stops after the 7th anniversary of entry (nine years after entry: nothing)', () => {
    expect(rules(born('1990-04-12'), '2030-05-10')).toContain('language-a1');
    expect(rules(born('1990-04-12'), '2030-05-11')).not.toContain('language-a1');
    const nine = rules(born('1990-04-12'), '2032-05-10');
    expect(nine).toEqual([]);
    expect(rules(born('1990-04-12'), '2032-05-10', { horizonYears: 10 })).toContain('language-a1');
  });
});
