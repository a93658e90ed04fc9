/**
 * Exits honoured everywhere (fast-check): an exit removes the person from every later cohort and
 * every later reminder, and a cohort split by canton (movers recorded by both cantons, as an exit in
 * one and an arrival in the other) and merged gives the national figure.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates/index.js';
import type { Canton } from '../model/common.js';
import { EXIT_REASONS, type ExitReason, type StatusExit } from '../model/status.js';
import { sampleCases } from '../testing/task-cases.js';
import { deriveTasks } from '../tasks/rules.js';
import { computeIndicators, createIndicatorAccumulator } from './accumulator.js';
import { sampleIndicatorRecords } from '../testing/indicator-records.js';
import { GOAL_INDICATORS, type IndicatorRecord } from './types.js';

const exitOf = (exit: ExitReason, validFrom: string, canton: Canton = 'ZH'): StatusExit =>
  exit === 'moved-canton' ? { exit, validFrom, canton } : { exit, validFrom };
const lastStatus = (r: IndicatorRecord) =>
  (r.statusHistory ?? []).reduce((d, s) => (s.validFrom > d ? s.validFrom : d), '0000-01-01');

describe('exits (fast-check)', () => {
  it('an exit removes the person from every later cohort and every later figure, with its reason', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.constantFrom(...EXIT_REASONS),
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 0, max: 1500 }),
        (seed, reason, after, until) => {
          const [r] = sampleIndicatorRecords(1, { seed, gaps: 0, at: '2026-06-30' });
          if (!r?.statusHistory?.length || !r.entryDate) return;
          const start = lastStatus(r) > r.entryDate ? lastStatus(r) : r.entryDate;
          const day = addDays(start, after); // the exit, after the last status
          const at = addDays(day, until);
          const gone = { ...r, statusHistory: [...r.statusHistory, exitOf(reason, day)] };
          // Every figure measured on or after the exit day: goals with a measurement date in
          // [day, at], Kennzahlen of the period [day, at].
          const later = computeIndicators([gone], { at, period: { from: day } });
          const before = computeIndicators([r], { at, period: { from: day } });
          for (const f of later.totals) {
            expect(f.denominator, f.indicator).toBe(0);
            const was = before.totals.find((b) => b.indicator === f.indicator)!;
            const counted = was.denominator > 0 || was.excluded!.some((e) => e.reason === 'not-yet-due');
            if (counted) expect(f.excluded, f.indicator).toEqual([{ id: r.id, reason: `exit-${reason}` }]);
          }
          // Goals measured before the exit day are untouched.
          if (day > '2000-01-01') {
            const earlier = {
              at: addDays(day, -1),
              period: { from: '1900-01-01' },
              indicators: GOAL_INDICATORS,
            };
            expect(computeIndicators([gone], earlier).totals).toEqual(computeIndicators([r], earlier).totals);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('an exit removes every later reminder (only the explicit tasks stay)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 }),
        fc.constantFrom(...EXIT_REASONS),
        fc.integer({ min: -900, max: 0 }),
        fc.integer({ min: 0, max: 900 }),
        (i, reason, exitOffset, later) => {
          const today = '2026-03-02';
          const k = sampleCases(41, today)[i]!;
          // After the last status (a later status would make the canton responsible again).
          const last = k.statusHistory.reduce((d, e) => (e.validFrom > d ? e.validFrom : d), '');
          const day = addDays(today, exitOffset) > last ? addDays(today, exitOffset) : last;
          const gone = { ...k, statusHistory: [...k.statusHistory, exitOf(reason, day)] };
          const on = addDays(day, later);
          const tasks = deriveTasks({ today: on, cases: [gone] });
          expect(tasks.filter((t) => t.rule !== 'task')).toEqual([]);
          expect(tasks).toEqual(deriveTasks({ today: on, cases: [k] }).filter((t) => t.rule === 'task'));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a cohort split by canton and merged gives the national figure', () => {
    const three = ['BE', 'ZH', 'VD'] as const satisfies readonly Canton[];
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 0, max: 50 }),
        fc.array(
          fc.record({
            home: fc.constantFrom(...three),
            to: fc.constantFrom(...three),
            move: fc.option(fc.integer({ min: 1, max: 2500 })),
          }),
          { minLength: 50, maxLength: 50 },
        ),
        fc.integer({ min: -1500, max: 0 }),
        (seed, count, fate, atOffset) => {
          const at = addDays('2026-06-30', atOffset);
          const national = sampleIndicatorRecords(count, { seed, at: '2026-06-30' });
          const byCanton = new Map<Canton, IndicatorRecord[]>(three.map((c) => [c, []]));
          national.forEach((r, i) => {
            const { home, to, move } = fate[i]!;
            if (move === null || to === home || !r.statusHistory?.length) {
              byCanton.get(home)!.push(r);
              return;
            }
            const day = addDays(lastStatus(r) > (r.entryDate ?? '') ? lastStatus(r) : r.entryDate!, move);
            const history = r.statusHistory;
            byCanton.get(home)!.push({ ...r, statusHistory: [...history, exitOf('moved-canton', day, to)] });
            byCanton.get(to)!.push({
              ...r,
              id: `${r.id}@${to}`,
              statusHistory: [...history, { arrival: 'moved-canton', canton: home, validFrom: day }],
            });
          });
          const [first, ...rest] = three.map((c) => {
            const acc = createIndicatorAccumulator({ at });
            for (const r of byCanton.get(c)!) acc.add(r);
            return acc;
          });
          for (const acc of rest) first!.merge(acc.partial());
          const counts = (t: { indicator: string; numerator: number; denominator: number }[]) =>
            t.map((f) => [f.indicator, f.numerator, f.denominator]);
          expect(counts(first!.result().totals)).toEqual(counts(computeIndicators(national, { at }).totals));
        },
      ),
      { numRuns: 80 },
    );
  });
});
