import { describe, expect, it } from 'vitest';
import { deriveTasks } from '../tasks/rules.js';
import { sampleCase } from '../testing/task-cases.js';
import { computeMilestones } from './milestones.js';
import { countingDeadline, taskCountingDeadline } from './counting.js';

describe('the two deadline notions', () => {
  it('a goal milestone due on the anniversary counts for the indicators until 31 December', () => {
    const ms = computeMilestones({ entryDate: '2022-09-14', dateOfBirth: '1990-01-01' });
    const a1 = ms.find((m) => m.id === 'language-a1')!;
    expect(a1.dueDate).toBe('2025-09-14');
    expect(countingDeadline(a1.id, a1.dueDate)).toEqual({ year: 2025, until: '2025-12-31' });
  });
  it('nothing to add where they do not differ: school start, financing end, a 31 December due date', () => {
    expect(countingDeadline('school-start', '2026-08-01')).toBeUndefined();
    expect(countingDeadline('financing-end', '2029-09-14')).toBeUndefined();
    expect(countingDeadline('labour-market', '2029-12-31')).toBeUndefined();
  });
  it('a task about a milestone carries the counting deadline', () => {
    // entry 2023-05-10: A1 milestone 2026-05-10, reminded from 2025-11-10.
    const [task] = deriveTasks({ today: '2026-01-15', cases: [sampleCase('k')] }).filter(
      (t) => t.rule === 'language-a1',
    );
    expect(task!.dueDate).toBe('2026-05-10');
    expect(taskCountingDeadline(task!)).toEqual({ year: 2026, until: '2026-12-31' });
  });
});
