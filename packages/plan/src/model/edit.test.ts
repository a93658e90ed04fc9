import { describe, expect, it } from 'vitest';
import type { Case } from '@ias-kit/core';
import { SAMPLE_CASES } from '@ias-kit/core/testing/cases';
import type { PlanValue } from '../integration-plan/integration-plan.types.js';
import { applyOps, freshId, type Editor, type Op } from './edit.js';

// A real plan from the kit's sample cases (invented people), not one written beside the code.
const withPlan = SAMPLE_CASES.find(
  (c: Case) => (c.plan?.measures.length ?? 0) >= 2 && (c.plan?.goals.length ?? 0) >= 1,
)!;
const plan = { ...withPlan.plan!, vendorField: { kept: true } } as unknown as PlanValue;
const editor: Editor = { who: { id: 'w-1', name: 'Regula Baumann' }, when: '2026-11-23T09:00:00Z' };

/** Applies `ops`, then their inverse, and returns both plans. */
function roundTrip(ops: Op[]) {
  const done = applyOps(plan, ops, editor)!;
  const undone = applyOps(done.plan, done.inverse, editor)!;
  return { done, undone };
}
const withoutLog = (p: PlanValue) => ({ ...p, changeLog: undefined });

describe('plan edit engine', () => {
  it('replaces immutably, keeps unknown properties and untouched parts, and logs who, when, old and new', () => {
    const r = applyOps(plan, [{ op: 'replace', pointer: '/measures/0/title', value: 'Deutsch B1' }], editor)!;
    expect(r.plan.measures[0]!.title).toBe('Deutsch B1');
    expect(plan.measures[0]!.title).not.toBe('Deutsch B1');
    expect((r.plan as unknown as { vendorField: unknown }).vendorField).toBe(
      (plan as unknown as { vendorField: unknown }).vendorField,
    );
    expect(r.plan.goals).toBe(plan.goals);
    expect(r.plan.changeLog!.at(-1)).toEqual({
      who: editor.who,
      when: editor.when,
      op: 'replace',
      pointer: '/measures/0/title',
      old: plan.measures[0]!.title,
      new: 'Deutsch B1',
    });
  });

  it('logs setting an absent member as add and clearing one as remove', () => {
    const set = applyOps(plan, [{ op: 'replace', pointer: '/measures/0/note', value: 'x' }], editor)!;
    expect(set.log[0]!.op).toBe('add');
    const cleared = applyOps(
      set.plan,
      [{ op: 'replace', pointer: '/measures/0/note', value: undefined }],
      editor,
    )!;
    expect(cleared.log[0]!.op).toBe('remove');
    expect('note' in cleared.plan.measures[0]!).toBe(false);
  });

  it('changes nothing (and logs nothing) when an edit sets the value already there', () => {
    expect(
      applyOps(
        plan,
        [{ op: 'replace', pointer: '/measures/0/title', value: plan.measures[0]!.title }],
        editor,
      ),
    ).toBe(undefined);
  });

  it('undoes each kind of edit: the inverse restores the plan', () => {
    const edits: Op[][] = [
      [{ op: 'replace', pointer: '/measures/1/title', value: 'Neu' }],
      [
        {
          op: 'add',
          pointer: '/goals/0',
          value: { id: 'goal-x', domain: 'arbeit', text: 'Arbeit', status: 'offen' },
        },
      ],
      [
        {
          op: 'add',
          pointer: '/measures/-',
          value: { id: 'measure-x', type: 'sprachkurs', title: '', status: 'geplant' },
        },
      ],
      [{ op: 'remove', pointer: '/measures/0' }],
      [{ op: 'move', from: '/measures/0', pointer: '/measures/1' }],
      [
        { op: 'replace', pointer: '/measures/0/title', value: 'A' },
        { op: 'move', from: '/measures/1', pointer: '/measures/0' },
      ],
    ];
    for (const ops of edits) {
      const { done, undone } = roundTrip(ops);
      expect(withoutLog(done.plan)).not.toEqual(withoutLog(plan));
      expect(withoutLog(undone.plan)).toEqual(withoutLog(plan));
      // undo is itself an edit: the log keeps both
      expect(undone.plan.changeLog!.length).toBe(
        (plan.changeLog?.length ?? 0) + done.log.length + undone.log.length,
      );
    }
  });

  it('moves an item and logs from and to', () => {
    const r = applyOps(plan, [{ op: 'move', from: '/measures/0', pointer: '/measures/1' }], editor)!;
    expect(r.plan.measures[1]).toBe(plan.measures[0]);
    expect(r.log[0]).toMatchObject({ op: 'move', from: '/measures/0', pointer: '/measures/1' });
  });

  it('gives fresh ids that no goal, measure, review or participant uses, without clock or randomness', () => {
    const id = freshId(plan, 'measure');
    expect(plan.measures.some((m) => m.id === id)).toBe(false);
    expect(freshId(plan, 'measure')).toBe(id);
    expect(freshId(plan, 'measure', new Set([id]))).not.toBe(id);
  });
});
