import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays } from '../dates/date.js';
import { sampleCases } from '../testing/task-cases.js';
import { deriveTasks } from './rules.js';
import { sortTasks } from './view.js';

const cases = sampleCases(30, '2026-03-02');
const tasks = [
  {
    id: 's1',
    kind: 'other' as const,
    title: 'A',
    status: 'offen' as const,
    dueDate: '2026-03-01',
    personId: 'p1',
  },
  { id: 's2', kind: 'other' as const, title: 'B', status: 'offen' as const, personId: 'p2' },
  { id: 's3', kind: 'other' as const, title: 'C', status: 'in_bearbeitung' as const, dueDate: '2026-03-01' },
];

describe('deriveTasks (properties)', () => {
  it('gives the same tasks, in the same order, whatever the order of cases and tasks', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(cases, { minLength: 0 }),
        fc.shuffledSubarray(tasks),
        fc.integer({ min: -400, max: 400 }),
        (picked, loose, shift) => {
          const today = addDays('2026-03-02', shift);
          const forward = deriveTasks({ today, cases: picked, tasks: loose });
          const backward = deriveTasks({ today, cases: [...picked].reverse(), tasks: [...loose].reverse() });
          expect(backward).toEqual(forward);
          expect(new Set(forward.map((t) => t.id)).size).toBe(forward.length);
        },
      ),
      { numRuns: 60 },
    );
  });
  it('keeps ids stable: a case gives the same ids alone and among others', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: cases.length - 1 }),
        fc.integer({ min: -200, max: 200 }),
        (i, shift) => {
          const today = addDays('2026-03-02', shift);
          const alone = deriveTasks({ today, cases: [cases[i]!] });
          const all = deriveTasks({ today, cases }).filter((t) => t.caseId === cases[i]!.id);
          expect(all).toEqual(alone);
        },
      ),
      { numRuns: 40 },
    );
  });
  it('sorts totally: any permutation of the output sorts back to it', () => {
    const out = deriveTasks({ today: '2026-03-02', cases });
    fc.assert(
      fc.property(fc.shuffledSubarray(out, { minLength: out.length }), (shuffled) => {
        expect(sortTasks(shuffled, 'urgency')).toEqual(out);
        expect(sortTasks(shuffled, 'due')).toEqual(sortTasks(out, 'due'));
      }),
      { numRuns: 40 },
    );
  });
});
