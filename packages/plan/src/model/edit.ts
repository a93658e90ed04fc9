/**
 * The plan editor's edit engine, without DOM: patch operations applied immutably, each with its change-log
 * entry and its inverse (what undo applies), and deterministic fresh ids. `<ias-integration-plan>` calls it;
 * Node tests check it (vite.config.ts).
 */
import type { ActorRef } from '@ias-kit/core';
import { getAt, joinPointer, parsePointer, removeAt, setAt } from '@ias-kit/core/schema';
import type { ChangeOp, PlanChangeEntry, PlanValue } from '../integration-plan/integration-plan.types.js';

/** One edit; `replace` with `value: undefined` removes an object member, `add` inserts into an array. */
export type Op =
  | { op: 'replace'; pointer: string; value: unknown }
  | { op: 'add'; pointer: string; value: unknown }
  | { op: 'remove'; pointer: string }
  | { op: 'move'; from: string; pointer: string };

/** Who edits and when (`YYYY-MM-DD` or an ISO timestamp), for the change log. */
export interface Editor {
  who: ActorRef;
  when: string;
}

/** What applying edits gives: the new plan (change log appended), the log entries and the inverse edits. */
export interface Applied {
  plan: PlanValue;
  log: PlanChangeEntry[];
  /** The edits that undo these ones, in the order to apply them. */
  inverse: Op[];
}

/** Whether two JSON values are equal. */
export const same = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

/** The pointer of the parent and the last token of `pointer`. */
export const parentOf = (pointer: string): [string, string] => {
  const tokens = parsePointer(pointer);
  return [joinPointer('', ...tokens.slice(0, -1)), tokens[tokens.length - 1] ?? ''];
};

/** One change-log entry `{ who, when, op, pointer, from?, old?, new? }`. */
export function changeEntry(
  editor: Editor,
  op: ChangeOp,
  pointer: string,
  old: unknown,
  value: unknown,
  from?: string,
): PlanChangeEntry {
  const e: PlanChangeEntry = { who: editor.who, when: editor.when, op, pointer };
  if (from !== undefined) e.from = from;
  if (old !== undefined) e.old = old;
  if (value !== undefined) e.new = value;
  return e;
}

/**
 * Applies `ops` to `plan` immutably (unknown properties survive; untouched parts keep their identity),
 * appends one change-log entry per effective edit and returns the inverse edits. Edits that change
 * nothing are skipped; when none changes anything the result is `undefined`.
 */
export function applyOps(plan: PlanValue, ops: readonly Op[], editor: Editor): Applied | undefined {
  const log: PlanChangeEntry[] = [];
  const inverse: Op[] = [];
  for (const o of ops) {
    if (o.op === 'replace') {
      const old = getAt(plan, o.pointer);
      if (same(old, o.value)) continue;
      plan = o.value === undefined ? removeAt(plan, o.pointer) : setAt(plan, o.pointer, o.value);
      const kind = old === undefined ? 'add' : o.value === undefined ? 'remove' : 'replace';
      log.push(changeEntry(editor, kind, o.pointer, old, o.value));
      inverse.unshift({ op: 'replace', pointer: o.pointer, value: old });
    } else if (o.op === 'add') {
      const [parent, last] = parentOf(o.pointer);
      const list = (getAt(plan, parent) as unknown[] | undefined) ?? [];
      const index = last === '-' ? list.length : Math.min(Number(last), list.length);
      plan = setAt(plan, parent, [...list.slice(0, index), o.value, ...list.slice(index)]);
      const at = joinPointer(parent, index);
      log.push(changeEntry(editor, 'add', at, undefined, o.value));
      inverse.unshift({ op: 'remove', pointer: at });
    } else if (o.op === 'remove') {
      const old = getAt(plan, o.pointer);
      if (old === undefined) continue;
      plan = removeAt(plan, o.pointer);
      log.push(changeEntry(editor, 'remove', o.pointer, old, undefined));
      const inArray = Array.isArray(getAt(plan, parentOf(o.pointer)[0]));
      inverse.unshift(
        inArray
          ? { op: 'add', pointer: o.pointer, value: old }
          : { op: 'replace', pointer: o.pointer, value: old },
      );
    } else {
      const [parent, fromIndex] = parentOf(o.from);
      const list = [...((getAt(plan, parent) as unknown[] | undefined) ?? [])];
      const to = Number(parentOf(o.pointer)[1]);
      const [item] = list.splice(Number(fromIndex), 1);
      list.splice(to, 0, item);
      plan = setAt(plan, parent, list);
      log.push(changeEntry(editor, 'move', o.pointer, undefined, undefined, o.from));
      inverse.unshift({ op: 'move', from: o.pointer, pointer: o.from });
    }
  }
  if (!log.length) return undefined;
  plan = setAt(plan, '/changeLog', [...(Array.isArray(plan.changeLog) ? plan.changeLog : []), ...log]);
  return { plan, log, inverse };
}

/** A new id `<prefix>-<n>` used nowhere in the plan (nor in `also`): deterministic, no clock, no randomness. */
export function freshId(plan: PlanValue, prefix: string, also: ReadonlySet<string> = new Set()): string {
  const used = new Set(also);
  for (const x of [...(plan.goals ?? []), ...(plan.measures ?? []), ...(plan.reviews ?? [])]) used.add(x.id);
  for (const p of plan.participants ?? []) used.add(p.id);
  for (const r of plan.reviews ?? []) for (const p of r.participants ?? []) used.add(p.id);
  let n = 1;
  while (used.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}
