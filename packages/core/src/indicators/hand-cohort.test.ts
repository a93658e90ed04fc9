/**
 * The 42 persons of `testing/hand-cohort.ts` on 2025-12-31 (Kennzahlen: 2025), every figure worked out by
 * hand. Abbreviations in the notes: m = measurement date; in = in the denominator; "pop" = the IAS
 * population of 2025 (entry 2018 or later, a status by the period's end, no exit in force on
 * 1.1.2025, no move away during 2025).
 */
import { describe, expect, it } from 'vitest';
import { computeIndicators } from './accumulator.js';
import { HAND_COHORT, HAND_COHORT_AT } from '../testing/hand-cohort.js';
import type { IndicatorId } from './types.js';

const report = computeIndicators(HAND_COHORT, { at: HAND_COHORT_AT });
const figure = (id: IndicatorId) => {
  const f = report.totals.find((x) => x.indicator === id)!;
  const byReason: Record<string, string[]> = {};
  for (const e of f.excluded!) (byReason[e.reason] ??= []).push(e.id);
  return { num: f.ids, den: f.denominatorIds, excluded: byReason };
};
const ids = (...n: number[]) => n.map((x) => `p${String(x).padStart(2, '0')}`);
const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

/** Excluded from every Kennzahl by the population rule (same for all five). */
const POP_EXCLUDED = {
  'not-in-target-group': ids(1, 2, 3, 8, 36, 40, 41, 42), // entry 2017 or 2016: IAS horizon over; p36 no status
  'exit-moved-canton': ids(6), // moved to ZH on 30.6.2025: ZH counts 2025
  'exit-naturalisation': ids(7), // since 1.12.2024
  'exit-ordinary-permit': ids(9), // since 1.5.2023
  'exit-departure': ids(34), // since 1.10.2024
  'missing-entry-date': ids(35),
  'invalid-record': ids(39), // entry 30.2.2020
};
/** The 26 persons of the 2025 population (p05 and p10 left during 2025, still counted). */
const POP = ids(4, 5, 10, 11, 12, ...range(13, 33));

describe('hand-checked cohort of 42 persons (2025-12-31)', () => {
  it('has 42 persons, one of them rejected', () => {
    expect(report.persons).toBe(42);
    expect(report.rejected.map((r) => r.id)).toEqual(['p39']);
  });

  it('goal 1: 6 of 23 — A1 by 31.12. of the 3rd year after entry, all ages', () => {
    expect(figure('goal-1-language')).toEqual({
      // p01 A1 2019, p03 A1 on m itself, p04 B1, p09 A1 before leaving (permit 2023 > m 2022),
      // p14 a child (goal 1 is all ages), p19 A2
      num: ids(1, 3, 4, 9, 14, 19),
      // + misses; p05/p06/p07/p10 left after m; p12 left 2022 > m 2021; p15/p17/p18 children, p18 birth unknown
      den: ids(1, 2, 3, 4, 5, 6, 7, 9, 10, 12, 14, 15, 17, 18, 19, 20, 21, 22, 23, 24, 40, 41, 42),
      excluded: {
        'exit-death': ids(8), // died 1.1.2019 before m 31.12.2019
        'arrived-later': ids(11), // moved in 2024, m 2021 was BE's
        'not-yet-due': ids(13, 16, 25, 26, 27, 28, 29, 30, 31, 32, 33), // entry 2023 or later
        'exit-departure': ids(34), // m 2027 lies ahead, but p34 left in 2024
        'missing-entry-date': ids(35),
        'not-in-target-group': ids(36, 37, 38), // no status / status after the reference date
        'invalid-record': ids(39),
      },
    });
  });

  it('goal 2: 2 of 4 — children 0–4 at entry understood at school start (late arrival: 12 months on)', () => {
    expect(figure('goal-2-children-language')).toEqual({
      // p13 arrived 1.9.2023 after the school start 1.8.2023: m = 1.9.2024, A1 on 15.5.2024;
      // p14 school start 1.8.2025, A1 1.6.2025
      num: ids(13, 14),
      den: ids(13, 14, 15, 17), // p17 born "2020": the latest possible start, 1.8.2025
      excluded: {
        'not-in-target-group': ids(...range(1, 12), ...range(19, 34), 36, 37, 38, 40, 41, 42),
        'not-yet-due': ids(16), // school start 1.8.2026
        'unknown-birth-date': ids(18),
        'missing-entry-date': ids(35),
        'invalid-record': ids(39),
      },
    });
  });

  it('goal 3: 3 of 5 — post-compulsory education on 31.12. of the 5th year, 16–25 at entry', () => {
    expect(figure('goal-3-education')).toEqual({
      num: ids(19, 21, 23), // p19 Sek II running; p21 completed with certificate; p23 (25 on entry day) transition running
      den: ids(19, 20, 21, 22, 23), // p20 transition ended 2022 without certificate; p22 (20) nothing
      excluded: {
        // p24 26 at entry
        'not-in-target-group': ids(
          ...range(1, 7),
          ...range(9, 17),
          24,
          ...range(25, 34),
          36,
          37,
          38,
          40,
          41,
          42,
        ),
        'exit-death': ids(8), // 25 at entry 2016: m 31.12.2021, died 2019
        'unknown-birth-date': ids(18),
        'missing-entry-date': ids(35),
        'invalid-record': ids(39),
      },
    });
  });

  const goal4Excluded = {
    'exit-departure': ids(5, 34),
    'exit-moved-canton': ids(6),
    'exit-naturalisation': ids(7),
    'exit-death': ids(8), // m 31.12.2023
    'exit-ordinary-permit': ids(9), // m 2026 ahead; left 2023
    'exit-end-of-responsibility': ids(10),
    'not-in-target-group': ids(13, 14, 15, 16, 17, 31, 36, 37, 38, 40), // children, p31 (14), p40 (57 at entry)
    'unknown-birth-date': ids(18),
    'not-yet-due': ids(19, 20, 22, 23, 24, 25, 26, 27, 28, 29, 30, 32, 33), // entry 2019 or later
    'missing-entry-date': ids(35),
    'invalid-record': ids(39),
  };
  const goal4Den = ids(1, 2, 3, 4, 11, 12, 21, 41, 42); // p11 arrived 2024 ≤ m; p12 back since 2023

  it('goal 4 (SEM): 5 of 9 — employed in the first labour market on 31.12. of the 7th year', () => {
    expect(figure('goal-4-labour-market')).toEqual({
      // p02 since 1.10.2024; p04 starts on m itself; p42 again since 2.1.2024; not p03 (ended),
      // p41 (second labour market), p11, p12 (no employment)
      num: ids(1, 2, 4, 21, 42),
      den: goal4Den,
      excluded: goal4Excluded,
    });
  });

  it('goal 4, sustained variant: 2 of the same 9 — 12 months without a gap by then', () => {
    expect(figure('goal-4-labour-market-sustained')).toEqual({
      num: ids(1, 21), // p02: 3 months; p04: 1 day; p42: a day's gap on 1.1.2024 restarts the count
      den: goal4Den,
      excluded: goal4Excluded,
    });
  });

  it('goal 5: 3 of 10 — the latest contact observation of the last 24 months says yes', () => {
    expect(figure('goal-5-social-contacts')).toEqual({
      num: ids(1, 4, 40), // p40: observed on m itself
      den: ids(1, 2, 3, 4, 11, 12, 21, 40, 41, 42), // p02 only an observation older than 24 months; p03 latest says no
      excluded: {
        'exit-departure': ids(5, 34),
        'exit-moved-canton': ids(6),
        'exit-naturalisation': ids(7),
        'exit-death': ids(8),
        'exit-ordinary-permit': ids(9),
        'exit-end-of-responsibility': ids(10),
        'not-yet-due': ids(...range(13, 20), ...range(22, 33)),
        'missing-entry-date': ids(35),
        'not-in-target-group': ids(36, 37, 38),
        'invalid-record': ids(39),
      },
    });
  });

  it('Erstinformation: 1 of 3 newly admitted in 2025 (decision date, else the first status date)', () => {
    expect(figure('erstinformation')).toEqual({
      num: ids(25), // no decision date: admitted with FL on 3.2.2025 (entry 2024); informed 1.3.2025
      den: ids(25, 26, 27), // p26 not informed; p27 informed only in 2026
      excluded: POP_EXCLUDED,
    });
  });

  it('language support: 2 of the 26 in the population', () => {
    expect(figure('language-support')).toEqual({
      num: ids(11, 22), // p22's course ended 15.1.2025; p26's course was cancelled without starting
      den: POP,
      excluded: POP_EXCLUDED,
    });
  });

  it('support towards education or work, 16–25 (age on 31.12.2025): 1 of 3', () => {
    expect(figure('support-16-25')).toEqual({
      num: ids(19), // p20's internship was cancelled before it started
      den: ids(19, 20, 21),
      excluded: {
        ...POP_EXCLUDED,
        'not-in-target-group': [
          ...ids(
            1,
            2,
            3,
            4,
            5,
            8,
            10,
            11,
            12,
            13,
            14,
            15,
            16,
            17,
            22,
            23,
            24,
            25,
            26,
            27,
            28,
            29,
            30,
            31,
            32,
            33,
          ),
          ...ids(36, 40, 41, 42),
        ].sort(),
        'unknown-birth-date': ids(18),
      },
    });
  });

  it('support towards education or work, 26–55: 2 of 16', () => {
    expect(figure('support-26-55')).toEqual({
      num: ids(12, 24), // p24's programme was cancelled after it started: it ran
      den: ids(4, 5, 10, 11, 12, 22, 23, 24, 25, 26, 27, 28, 29, 30, 32, 33), // p22 turns 26 on 31.12.2025
      excluded: {
        ...POP_EXCLUDED,
        'not-in-target-group': ids(1, 2, 3, 8, 13, 14, 15, 16, 17, 19, 20, 21, 31, 36, 40, 41, 42),
        'unknown-birth-date': ids(18),
      },
    });
  });

  it('early language support: 1 of 4 pre-school children', () => {
    expect(figure('early-language-support')).toEqual({
      num: ids(14), // before the school start 1.8.2025; p15's was cancelled, p16's ended 2024
      den: ids(14, 15, 16, 17),
      excluded: {
        ...POP_EXCLUDED,
        // adults and older children; p13 at school since arrival
        'not-in-target-group': ids(1, 2, 3, 4, 5, 8, 10, 11, 12, 13, ...range(19, 33), 36, 40, 41, 42),
        'unknown-birth-date': ids(18),
      },
    });
  });

  describe('profile of persons first assessed in 2025 (Kurzassessment fields)', () => {
    // p32's first assessment was in 2024, p33's is a draft: not newly recorded
    const excluded = {
      'not-in-target-group': ids(31), // 15 on the day of the assessment
      'exit-departure': ids(34),
      'invalid-record': ids(39),
    };
    it.each([
      ['profile-schooling-over-6', ids(28, 30), ids(28, 29, 30), {}],
      ['profile-not-alphabetised', ids(29), ids(28, 29), { 'missing-assessment-data': ids(30) }],
      ['profile-potential-yes', ids(28), ids(28, 29), { 'missing-assessment-data': ids(30) }],
      ['profile-potential-no', ids(29), ids(28, 29), { 'missing-assessment-data': ids(30) }],
      ['profile-work-experience-up-to-1', ids(28), ids(28, 29), { 'missing-assessment-data': ids(30) }],
    ] as const)('%s: %j of %j', (id, num, den, more) => {
      expect(figure(id)).toEqual({ num, den, excluded: { ...excluded, ...more } });
    });
  });
});
