import { describe, expect, it } from 'vitest';
import { manyCases, SAMPLE_TODAY } from '@ias-kit/core/testing/cases';
import { sampleCases, sampleStandaloneTasks } from '../testing/index.js';
import { deriveTasksAsync, TaskDeriver } from './deriver.js';
import { deriveTasks } from './rules.js';
import type { DeriveTasksInput, TaskCase } from './types.js';

const today = SAMPLE_TODAY;
// The kit's twenty sample cases, repeated, plus the task fixtures' cases (explicit tasks, measures).
const cases: TaskCase[] = [...manyCases(200), ...sampleCases(100, today)];
const input: DeriveTasksInput = { today, cases, tasks: sampleStandaloneTasks(today) };

/** A copy of `k` whose plan review is long overdue: one more red task for that case. */
function edited(k: TaskCase): TaskCase {
  return {
    ...k,
    plan: {
      ...k.plan!,
      status: 'aktiv',
      nextReview: '2025-01-15',
      reviews: [],
    },
  };
}

describe('TaskDeriver', () => {
  it('gives what deriveTasks gives, in the same order', () => {
    expect(new TaskDeriver().derive(input)).toEqual(deriveTasks(input));
  });

  it('re-derives only the case that changed, and the result is the one of a fresh derivation', () => {
    const deriver = new TaskDeriver();
    const first = deriver.derive(input);
    const at = cases.findIndex((k) => k.plan && !first.some((t) => t.rule === 'review' && t.caseId === k.id));
    const next = cases.map((k, i) => (i === at ? edited(k) : k));
    const second = deriver.derive({ ...input, cases: next });
    expect(second).toEqual(deriveTasks({ ...input, cases: next }));
    const review = second.find((t) => t.caseId === cases[at]!.id && t.rule === 'review');
    expect(review?.light).toBe('critical');
    // Tasks of the cases that did not change are the same objects: they were not derived again.
    const other = first.find((t) => t.caseId !== cases[at]!.id && t.rule !== 'task');
    expect(second.find((t) => t.id === other!.id)).toBe(other);
    // Closed: its reminders go.
    const closed = next.map((k, i) => (i === at ? { ...k, phase: 'abschluss' as const } : k));
    expect(deriver.derive({ ...input, cases: closed })).toEqual(deriveTasks({ ...input, cases: closed }));
  });

  it('gives a fresh derivation’s result after many cases changed at once', () => {
    const deriver = new TaskDeriver();
    deriver.derive(input);
    const next = cases.map((k, i) => (i % 3 === 0 && k.plan ? edited(k) : k));
    expect(deriver.derive({ ...input, cases: next })).toEqual(deriveTasks({ ...input, cases: next }));
    const reordered = [...next].reverse();
    expect(deriver.derive({ ...input, cases: reordered })).toEqual(deriveTasks({ ...input, cases: next }));
  });

  it('drops the tasks of a case the host removed and derives everything again for another day', () => {
    const deriver = new TaskDeriver();
    const first = deriver.derive(input);
    const gone = first[0]!.caseId!;
    const rest = cases.filter((k) => k.id !== gone);
    const second = deriver.derive({ ...input, cases: rest });
    expect(second.some((t) => t.caseId === gone)).toBe(false);
    expect(second).toEqual(deriveTasks({ ...input, cases: rest }));
    const later = { ...input, cases: rest, today: '2027-02-01' };
    expect(deriver.derive(later)).toEqual(deriveTasks(later));
  });

  it('applies the host’s overrides without altering the tasks it keeps for the next run', () => {
    const deriver = new TaskDeriver();
    const first = deriver.derive(input);
    const [done, snoozed, handed] = first;
    const overrides = {
      [done!.id]: { status: 'erledigt' as const },
      [snoozed!.id]: { snoozedUntil: '2027-01-01' },
      [handed!.id]: { assignee: { id: 'w-x', name: 'Xenia Fiktiv' } },
    };
    const second = deriver.derive({ ...input, overrides });
    expect(second).toEqual(deriveTasks({ ...input, overrides }));
    expect(second.find((t) => t.id === done!.id)).toBeUndefined();
    expect(second.find((t) => t.id === handed!.id)?.assignee?.id).toBe('w-x');
    expect(deriver.derive(input)).toEqual(first);
    const closed = { ...input, overrides, config: { includeClosed: true } };
    expect(deriver.derive(closed)).toEqual(deriveTasks(closed));
  });

  it('skips a case with a bad date through onCaseError, or throws without it', () => {
    const bad = { ...cases[3]!, entryDate: '2024-02-30' };
    const broken = [bad, ...cases.slice(4, 10)];
    const seen: string[] = [];
    const deriver = new TaskDeriver();
    const out = deriver.derive({ today, cases: broken, onCaseError: (_, k) => seen.push(k.id) });
    expect(seen).toEqual([bad.id]);
    expect(out.some((t) => t.caseId === bad.id)).toBe(false);
    expect(() => deriver.derive({ today, cases: broken })).toThrow();
  });
});

describe('deriveTasksAsync', () => {
  it('yields between slices, reports progress and ends with the same tasks', async () => {
    const progress: number[] = [];
    const out = await deriveTasksAsync(input, { sliceMs: 0, onProgress: (done) => progress.push(done) });
    expect(out).toEqual(deriveTasks(input));
    expect(progress.length).toBeGreaterThan(cases.length / 2);
    expect(progress.at(-1)).toBeLessThanOrEqual(cases.length);
  });

  it('lets other work run while it derives', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    await deriveTasksAsync({ today, cases: manyCases(2000) }, { sliceMs: 1 });
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(0);
  });

  it('stops when its signal aborts, and a deriver reuses what it derived before the stop', async () => {
    const controller = new AbortController();
    const deriver = new TaskDeriver();
    const run = deriver.deriveAsync(input, {
      sliceMs: 0,
      signal: controller.signal,
      onProgress: (done) => done > 50 && controller.abort(),
    });
    await expect(run).rejects.toThrow(/abort/i);
    expect(await deriver.deriveAsync(input)).toEqual(deriveTasks(input));
    const aborted = AbortSignal.abort();
    await expect(deriveTasksAsync(input, { signal: aborted })).rejects.toThrow(/abort/i);
  });
});
