/**
 * The indicator rules bounded as domain.md says, each against the reading that contradicted it:
 * SEM-comparable goal 4 beside the kit's sustained variant, late-arriving children's own goal-2
 * date, the first status date as the admission fallback, cancelled measures without actual dates.
 */
import { describe, expect, it } from 'vitest';
import { computeIndicators } from './accumulator.js';
import type { Figure, IndicatorId, IndicatorRecord } from './types.js';

const fig = (records: IndicatorRecord[], at: string, id: IndicatorId, definitions = {}): Figure =>
  computeIndicators(records, { at, indicators: [id], definitions }).totals[0]!;
const adult = (id: string, over: Partial<IndicatorRecord> = {}): IndicatorRecord => ({
  id,
  person: { dateOfBirth: '1990-01-01' },
  entryDate: '2017-03-01',
  statusHistory: [{ status: 'VA', validFrom: '2017-06-01' }],
  ...over,
});

describe('goal 4: SEM’s measure by default, the sustained reading as a named variant', () => {
  // Measured at the end of the 7th calendar year after entry: 2024-12-31.
  const records = [
    adult('since-oct', { employment: [{ from: '2024-10-01' }] }), // employed on the day, 3 months
    adult('since-2022', { employment: [{ from: '2022-01-01' }] }),
    adult('ended', { employment: [{ from: '2020-01-01', to: '2024-06-30' }] }),
  ];
  it('counts everyone employed on the measurement date (SEM, ZEMIS)', () => {
    expect(fig(records, '2025-01-31', 'goal-4-labour-market').ids).toEqual(['since-2022', 'since-oct']);
  });
  it('the variant asks for 12 months without a gap; both are reported side by side', () => {
    const r = computeIndicators(records, { at: '2025-01-31' });
    const ids = (id: IndicatorId) => r.totals.find((f) => f.indicator === id)!.ids;
    expect(ids('goal-4-labour-market')).toEqual(['since-2022', 'since-oct']);
    expect(ids('goal-4-labour-market-sustained')).toEqual(['since-2022']);
    expect(r.definitions.goal4MinMonths).toBe(0);
    expect(r.definitions.goal4SustainedMonths).toBe(12);
  });
});

describe('goal 2: a child who arrives after the regular school start is measured by its own rule', () => {
  // Born 2019-03-10: regular school start 2023-08-01 (4 by 31 July). Arrives 2023-09-01, aged 4.
  const late: IndicatorRecord = {
    id: 'late',
    person: { dateOfBirth: '2019-03-10' },
    entryDate: '2023-09-01',
    statusHistory: [{ status: 'VA', validFrom: '2023-10-01' }],
    languageLevels: [{ date: '2024-05-15', level: 'A1' }],
  };
  it('is not measured on the day of arrival but 12 months after it', () => {
    expect(fig([late], '2024-08-31', 'goal-2-children-language').excluded).toEqual([
      { id: 'late', reason: 'not-yet-due' },
    ]);
    const f = fig([late], '2024-09-01', 'goal-2-children-language');
    expect([f.numerator, f.denominator]).toEqual([1, 1]);
    expect(fig([late], '2024-09-01', 'goal-2-children-language', { goal2LateArrivalMonths: 6 }).ids).toEqual(
      [],
    );
  });
});

describe('Erstinformation: newly admitted by the decision date, else the first status date', () => {
  it('takes the first status date, not the entry date, when the decision date is missing', () => {
    const r = adult('x', {
      entryDate: '2024-11-20',
      statusHistory: [{ status: 'FL', validFrom: '2025-02-03' }],
      erstinformationDate: '2025-03-01',
    });
    const in2025 = fig([r], '2025-12-31', 'erstinformation');
    expect([in2025.numerator, in2025.denominator]).toEqual([1, 1]);
    expect(fig([r], '2024-12-31', 'erstinformation').denominator).toBe(0);
  });
});

describe('a cancelled measure counts only when it actually started', () => {
  const course = (over: object) => ({
    id: 'm',
    type: 'sprachkurs' as const,
    title: 'Deutsch A1',
    status: 'abgebrochen' as const,
    plannedStart: '2025-02-01',
    plannedEnd: '2025-06-30',
    ...over,
  });
  it('with planned dates only it did not run; with an actual start it did', () => {
    const planned = adult('planned', { entryDate: '2024-01-10', plan: { measures: [course({})] } });
    const started = adult('started', {
      entryDate: '2024-01-10',
      plan: { measures: [course({ id: 'n', actualStart: '2025-02-03', actualEnd: '2025-03-10' })] },
    });
    expect(fig([planned, started], '2025-12-31', 'language-support').ids).toEqual(['started']);
  });
});
