import { describe, expect, it } from 'vitest';
import { computeIndicators, createIndicatorAccumulator } from './accumulator.js';
import type { IndicatorReport } from './types.js';
import { DEFAULT_INDICATOR_DEFINITIONS, resolveDefinitions } from './definitions.js';
import { HAND_AT, HAND_COHORT } from '../testing/small-cohort.js';
import type { Figure, IndicatorId } from './types.js';

const total = (r: IndicatorReport, id: IndicatorId): Figure => r.totals.find((f) => f.indicator === id)!;
const summary = (f: Figure) => ({
  num: f.ids,
  den: f.denominatorIds,
  excluded: Object.fromEntries(f.excluded!.map((e) => [e.id, e.reason])),
});

describe('computeIndicators on a hand-computed cohort (at 2025-06-30)', () => {
  const report = computeIndicators(HAND_COHORT, { at: HAND_AT });

  it('goal 1: A1 by the end of the 3rd calendar year after entry, all ages', () => {
    const f = total(report, 'goal-1-language');
    expect([f.numerator, f.denominator]).toEqual([3, 5]);
    expect(f.rate).toBeCloseTo(0.6);
    expect(summary(f)).toEqual({
      num: ['a', 'e', 'f'],
      den: ['a', 'b', 'd', 'e', 'f'],
      excluded: {
        c: 'missing-entry-date',
        g: 'not-in-target-group',
        h: 'not-yet-due',
        i: 'not-yet-due',
        j: 'not-yet-due',
      },
    });
    expect(f.excludedCount).toEqual({ 'missing-entry-date': 1, 'not-in-target-group': 1, 'not-yet-due': 3 });
  });

  it('goal 2: children 0–4 at entry understood at school start', () => {
    const f = total(report, 'goal-2-children-language');
    expect(summary(f)).toEqual({
      num: ['f'],
      den: ['f'],
      excluded: {
        a: 'not-in-target-group',
        b: 'not-in-target-group',
        c: 'missing-entry-date',
        d: 'unknown-birth-date',
        e: 'not-in-target-group',
        g: 'not-in-target-group',
        h: 'not-in-target-group',
        i: 'not-in-target-group',
        j: 'not-yet-due',
      },
    });
  });

  it('goal 3: education at the end of the 5th year, 16–25 at entry (completed Sek II counts)', () => {
    const f = total(report, 'goal-3-education');
    expect([f.numerator, f.denominator, f.ids]).toEqual([1, 1, ['b']]);
    expect(f.excludedCount).toEqual({
      'not-in-target-group': 5,
      'missing-entry-date': 1,
      'unknown-birth-date': 1,
      'not-yet-due': 2,
    });
  });

  it('goal 4: sustainably employed (12 months without a gap) at the end of the 7th year, 16–55', () => {
    const f = total(report, 'goal-4-labour-market');
    expect([f.numerator, f.denominator, f.ids]).toEqual([1, 1, ['e']]);
    expect(f.excludedCount).toEqual({
      'not-yet-due': 4,
      'missing-entry-date': 1,
      'unknown-birth-date': 1,
      'not-in-target-group': 3,
    });
  });

  it('goal 5: latest social-contact observation within 24 months says yes', () => {
    const f = total(report, 'goal-5-social-contacts');
    expect([f.numerator, f.denominator, f.ids, f.denominatorIds]).toEqual([1, 2, ['d'], ['d', 'e']]);
    expect(f.excludedCount).toEqual({ 'not-yet-due': 6, 'missing-entry-date': 1, 'not-in-target-group': 1 });
  });

  it('Kennzahlen of the period 2025-01-01..2025-06-30', () => {
    expect(report.period).toEqual({ from: '2025-01-01', to: '2025-06-30' });
    const k = (id: IndicatorId) => {
      const f = total(report, id);
      return [f.ids, f.denominatorIds];
    };
    expect(k('erstinformation')).toEqual([['i'], ['h', 'i']]);
    expect(k('language-support')).toEqual([['a'], ['a', 'b', 'f', 'h', 'i', 'j']]);
    expect(k('support-16-25')).toEqual([['b'], ['b', 'i']]);
    expect(k('support-26-55')).toEqual([['h'], ['a', 'h']]);
    expect(k('early-language-support')).toEqual([['j'], ['j']]);
    expect(k('profile-schooling-over-6')).toEqual([['i'], ['h', 'i']]);
    expect(k('profile-not-alphabetised')).toEqual([['i'], ['i']]);
    expect(k('profile-potential-yes')).toEqual([['i'], ['h', 'i']]);
    expect(k('profile-potential-no')).toEqual([['h'], ['h', 'i']]);
    expect(k('profile-work-experience-up-to-1')).toEqual([['i'], ['i']]);
    expect(total(report, 'profile-not-alphabetised').excluded).toEqual([
      { id: 'h', reason: 'missing-assessment-data' },
    ]);
    expect(total(report, 'support-16-25').excludedCount).toEqual({
      'missing-entry-date': 1,
      'not-in-target-group': 7,
    });
  });

  it('groups by status valid on the measurement date (a: VA until 2022-02-28, FL since)', () => {
    const r = computeIndicators(HAND_COHORT, {
      at: HAND_AT,
      by: ['status'],
      indicators: ['goal-1-language'],
    });
    const rows = r.figures.map((f) => [f.group.status, f.ids, f.denominatorIds]);
    expect(rows).toEqual([
      ['FL', ['a', 'e'], ['a', 'e']],
      ['VA', ['f'], ['d', 'f']],
      ['VA-FL', [], ['b']],
      ['unknown', [], []],
    ]);
    // Measured before the change (entry a year earlier: end of 2021), a counts as VA.
    const { figures } = computeIndicators([{ ...HAND_COHORT[0]!, entryDate: '2018-05-10' }], {
      at: HAND_AT,
      by: ['status'],
      indicators: ['goal-1-language'],
    });
    expect(figures.map((f) => [f.group.status, f.ids])).toEqual([['VA', ['a']]]);
  });

  it('groups by cohort and several keys; the totals equal the sums of the groups', () => {
    const r = computeIndicators(HAND_COHORT, { at: HAND_AT, by: ['cohort', 'sex'] });
    const g1 = r.figures.filter((f) => f.indicator === 'goal-1-language');
    expect(g1.map((f) => [f.group.cohort, f.group.sex, f.numerator, f.denominator])).toEqual([
      ['2017', '1', 0, 1],
      ['2017', '2', 1, 1],
      ['2018', '1', 0, 1],
      ['2019', '2', 2, 2],
      ['2023', '3', 0, 0],
      ['2024', '2', 0, 0],
      ['2025', '1', 0, 0],
      ['unknown', '2', 0, 0],
    ]);
    for (const t of r.totals) {
      const parts = r.figures.filter((f) => f.indicator === t.indicator);
      expect(parts.reduce((s, f) => s + f.numerator, 0)).toBe(t.numerator);
      expect(parts.reduce((s, f) => s + f.denominator, 0)).toBe(t.denominator);
    }
  });

  it('filters the goals by the period of the measurement date', () => {
    const r = computeIndicators(HAND_COHORT, {
      at: HAND_AT,
      period: { from: '2022-01-01', to: '2022-12-31' },
      indicators: ['goal-1-language', 'goal-2-children-language'],
    });
    expect(total(r, 'goal-1-language').denominatorIds).toEqual(['a', 'f']); // cohort 2019
    expect(total(r, 'goal-2-children-language').denominatorIds).toEqual(['f']); // school start 2022-08-01
    expect(total(r, 'goal-1-language').excludedCount['not-yet-due']).toBeUndefined();
  });

  it('takes the definitions as parameters (goal 4 with 0 months = employed at year end)', () => {
    const strict = computeIndicators(HAND_COHORT, {
      at: HAND_AT,
      indicators: ['goal-4-labour-market'],
      definitions: { goal4MinMonths: 48 },
    });
    expect(total(strict, 'goal-4-labour-market').numerator).toBe(0);
    const pensum = computeIndicators(HAND_COHORT, {
      at: HAND_AT,
      indicators: ['goal-4-labour-market'],
      definitions: { goal4MinPensum: 90 },
    });
    expect(total(pensum, 'goal-4-labour-market').numerator).toBe(0);
    expect(strict.definitions.goal4MinMonths).toBe(48);
    expect(() => resolveDefinitions({ goal4MinMonths: -1 })).toThrow(/goal4MinMonths/);
    expect(() => resolveDefinitions({ goal1MinLevel: 'Z9' as never })).toThrow(/goal1MinLevel/);
    expect(report.definitions).toEqual(DEFAULT_INDICATOR_DEFINITIONS);
  });

  it('reports unreadable records and duplicates without throwing', () => {
    const r = computeIndicators(
      [
        HAND_COHORT[0],
        { id: 'bad', entryDate: '2020-02-30', statusHistory: [] },
        'nonsense',
        { ...HAND_COHORT[0] },
        { id: 'x', statusHistory: [{ status: 'N', validFrom: '2020-01-01' }] },
      ],
      { at: HAND_AT, indicators: ['goal-1-language'] },
    );
    expect(r.persons).toBe(5);
    expect(r.rejected.map((x) => [x.index, x.id])).toEqual([
      [1, 'bad'],
      [2, undefined],
      [3, 'a'],
      [4, 'x'],
    ]);
    expect(r.rejected[0]!.message).toMatch(/entryDate/);
    const f = total(r, 'goal-1-language');
    expect(f.ids).toEqual(['a']);
    expect(f.excluded).toEqual([
      { id: 'bad', reason: 'invalid-record' },
      { id: 'x', reason: 'invalid-record' },
    ]);
  });

  it('rejects a birth date after the entry date as a data error', () => {
    const r = computeIndicators(
      [
        {
          id: 'z',
          person: { dateOfBirth: '2021-01-01' },
          entryDate: '2020-01-01',
          statusHistory: [{ status: 'VA', validFrom: '2020-05-01' }],
        },
      ],
      { at: HAND_AT },
    );
    expect(r.rejected).toHaveLength(1);
    expect(r.totals.every((f) => f.excludedCount['invalid-record'] === 1)).toBe(true);
  });

  it('keeps only counts with collectIds: false, and checks its options', () => {
    const r = computeIndicators(HAND_COHORT, { at: HAND_AT, collectIds: false });
    expect(total(r, 'goal-1-language')).not.toHaveProperty('ids');
    expect(total(r, 'goal-1-language').numerator).toBe(3);
    expect(() => createIndicatorAccumulator({ at: '2025-13-01' })).toThrow();
    expect(() => createIndicatorAccumulator({ at: HAND_AT, by: ['planet' as never] })).toThrow(/by/);
    expect(() => createIndicatorAccumulator({ at: HAND_AT, period: { from: '2026-01-01' } })).toThrow(
      /period/,
    );
  });
});
