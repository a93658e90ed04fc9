import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths } from '../dates/index.js';
import { computeMilestones } from '../milestones/milestones.js';
import { computeIndicators, createIndicatorAccumulator } from './accumulator.js';
import { SAMPLE_LAST_NAMES } from '../testing/sample-people.js';
import { sampleIndicatorRecords } from '../testing/indicator-records.js';
import { GROUP_KEYS, type GroupKey } from './types.js';

const input = fc.record({
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  count: fc.integer({ min: 0, max: 60 }),
  atOffset: fc.integer({ min: -2000, max: 0 }),
  by: fc.subarray([...GROUP_KEYS] as GroupKey[], { maxLength: 3 }),
  gaps: fc.double({ min: 0, max: 0.5, noNaN: true }),
  order: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 60, maxLength: 60 }),
});

describe('indicator properties (fast-check)', () => {
  it('figures do not depend on the input order', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(input, ({ seed, count, atOffset, by, gaps, order }) => {
        const at = addDays('2026-06-30', atOffset);
        const records = sampleIndicatorRecords(count, { seed, gaps, at: '2026-06-30' });
        const shuffled = records
          .map((r, i) => ({ r, k: order[i]! }))
          .sort((a, b) => a.k - b.k)
          .map((x) => x.r);
        const a = computeIndicators(records, { at, by });
        const b = computeIndicators(shuffled, { at, by });
        expect(b.totals).toEqual(a.totals);
        expect(b.figures).toEqual(a.figures);
      }),
      { numRuns: 60 },
    );
  });

  it('parts computed apart (as in worker threads) and merged give the report of the whole input', () => {
    fc.assert(
      fc.property(
        input,
        fc.array(fc.integer({ min: 0, max: 80 }), { maxLength: 3 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.boolean(),
        ({ seed, count, atOffset, by, gaps }, cuts, dups, collectIds) => {
          const at = addDays('2026-06-30', atOffset);
          const records: unknown[] = sampleIndicatorRecords(count, { seed, gaps, at: '2026-06-30' });
          // Duplicate ids (in the same or another part) and records that cannot be read.
          for (const k of dups) {
            const original = records[k % Math.max(1, records.length)] as { id?: string } | undefined;
            records.splice(k % (records.length + 1), 0, original ? { ...original, entryDate: 'soon' } : 7);
          }
          const options = { at, by, collectIds };
          const whole = computeIndicators(records, options);
          const bounds = [
            0,
            ...cuts.map((c) => Math.min(c, records.length)).sort((a, b) => a - b),
            records.length,
          ];
          const seen: string[] = [];
          let joined;
          for (let i = 0; i + 1 < bounds.length; i++) {
            const part = createIndicatorAccumulator({ ...options, seenIds: seen });
            for (let j = bounds[i]!; j < bounds[i + 1]!; j++) part.add(records[j], j - bounds[i]!);
            const p = structuredClone(part.partial());
            seen.push(...p.ids);
            if (!joined) joined = createIndicatorAccumulator(options);
            joined.merge(p, bounds[i]!);
          }
          const merged = joined!.result();
          expect(merged.totals).toEqual(whole.totals);
          expect(merged.figures).toEqual(whole.figures);
          expect(merged.rejected).toEqual(whole.rejected);
          expect(merged.persons).toBe(whole.persons);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('merge refuses a part that reuses an id of an earlier one', () => {
    const [a] = sampleIndicatorRecords(1, { seed: 3 });
    const one = createIndicatorAccumulator({ at: '2026-06-30' });
    one.add(a);
    const two = createIndicatorAccumulator({ at: '2026-06-30' });
    two.add({ ...a });
    expect(() => one.merge(two.partial())).toThrow(/appears in both parts/);
  });

  it('numerator ≤ denominator; ids match the counts; groups add up to the totals', () => {
    fc.assert(
      fc.property(input, ({ seed, count, atOffset, by, gaps }) => {
        const at = addDays('2026-06-30', atOffset);
        const records = sampleIndicatorRecords(count, { seed, gaps });
        const r = computeIndicators(records, { at, by });
        for (const f of [...r.totals, ...r.figures]) {
          expect(f.numerator).toBeLessThanOrEqual(f.denominator);
          expect(f.ids).toHaveLength(f.numerator);
          expect(f.denominatorIds).toHaveLength(f.denominator);
          const den = new Set(f.denominatorIds);
          expect(f.ids!.every((id) => den.has(id))).toBe(true);
          expect(f.excluded!.every((e) => !den.has(e.id))).toBe(true);
          expect(f.denominator + f.excluded!.length).toBeLessThanOrEqual(count);
          if (f.rate !== null) expect(f.rate).toBeLessThanOrEqual(1);
        }
        for (const t of r.totals) {
          const parts = r.figures.filter((f) => f.indicator === t.indicator);
          if (by.length) {
            expect(parts.reduce((s, f) => s + f.denominator, 0)).toBe(t.denominator);
            expect(parts.reduce((s, f) => s + f.numerator, 0)).toBe(t.numerator);
            expect(parts.reduce((s, f) => s + f.excluded!.length, 0)).toBe(t.excluded!.length);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('the generator is deterministic and invents every person', () => {
    expect(sampleIndicatorRecords(20, { seed: 5 })).toEqual(sampleIndicatorRecords(20, { seed: 5 }));
    for (const r of sampleIndicatorRecords(50, { seed: 9 })) {
      expect(SAMPLE_LAST_NAMES).toContain(r.person!.officialName);
    }
  });

  it('goal 2 is measured on the school start of computeMilestones, late arrivals 12 months after entry (for children sharing a birth date too)', () => {
    const day = fc.integer({ min: 0, max: 6000 }).map((n) => addDays('2008-01-01', n));
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 0, max: 1900 }),
        fc.integer({ min: 0, max: 3 }),
        (birth, ageDays, twins) => {
          const entry = addDays(birth, ageDays);
          const [m] = computeMilestones({ entryDate: entry, dateOfBirth: birth }).filter(
            (x) => x.id === 'school-start',
          );
          if (!m?.applicable) return;
          // A child who arrives on or after the regular school start starts school on arrival
          // (the milestone's date is the entry date): measured 12 months later (goal2LateArrivalMonths).
          const due = m.dueDate === entry ? addMonths(entry, 12) : m.dueDate;
          // Several children with the same birth date but other entry dates.
          const records = Array.from({ length: twins + 1 }, (_, i) => ({
            id: `k${i}`,
            person: { dateOfBirth: birth },
            entryDate: i === 0 ? entry : addDays(birth, i * 300),
            statusHistory: [{ status: 'VA' as const, validFrom: birth }],
          }));
          const on = computeIndicators(records, { at: due, indicators: ['goal-2-children-language'] })
            .totals[0]!;
          expect(on.denominatorIds).toContain('k0');
          const before = computeIndicators(records, {
            at: addDays(due, -1),
            indicators: ['goal-2-children-language'],
          }).totals[0]!;
          expect(before.excluded).toContainEqual({ id: 'k0', reason: 'not-yet-due' });
        },
      ),
      { numRuns: 300 },
    );
  });
});
