/**
 * Task derivation for large caseloads, off the critical path: incremental (only cases whose object
 * changed are derived again) and, on request, in slices that yield to the event loop so input is never
 * blocked for longer than a slice (a few milliseconds), with cancellation by `AbortSignal`.
 *
 * Same result as `deriveTasks()` for the same input: the rules, the overrides and the urgency order
 * (`compareByUrgency`, a total order) are the same; only the work is split and reused.
 */
import { IasError } from '../errors.js';
import type { Id } from '../model/common.js';
import { applyOverrides, caseTasks, deriveSetup, standaloneTasks } from './rules.js';
import type { DeriveTasksInput, DerivedTask, TaskCase } from './types.js';
import { compareByUrgency } from './view.js';

/** Options of `TaskDeriver.deriveAsync()` and `deriveTasksAsync()`. */
export interface DeriveTasksOptions {
  /** An `AbortSignal` that cancels the derivation: the promise rejects with its reason, no more work is done. */
  signal?: { readonly aborted: boolean; readonly reason?: unknown };
  /** The longest stretch of work between two yields to the event loop, in ms (default 6). */
  sliceMs?: number;
  /** Called after each slice with the number of cases done and the number of cases. */
  onProgress?: (done: number, total: number) => void;
}

interface CaseEntry {
  key: string;
  tasks: DerivedTask[];
  error?: IasError;
}

interface Last {
  key: string;
  ids: Map<Id, TaskCase>;
  duplicates: boolean;
  /** The cases' tasks in urgency order, before the standalone tasks and the overrides. */
  sorted: DerivedTask[];
  /** The cases, in the host's order (a copy: the host may change its array in place). */
  cases: TaskCase[];
  /** The cases whose data could not be read (reported through `onCaseError` on every run). */
  errors: TaskCase[];
}

/** The few platform features used here (Node and browsers have them; core is typed without lib.dom). */
interface Platform {
  performance: { now(): number };
  setTimeout(run: () => void, ms: number): unknown;
  MessageChannel?: new () => {
    port1: { onmessage: (() => void) | null; close(): void };
    port2: { postMessage(message: null): void };
  };
  scheduler?: { yield?: () => Promise<void> };
}
const platform = globalThis as unknown as Platform;
const now = () => platform.performance.now();

function throwIfAborted(signal: DeriveTasksOptions['signal']): void {
  if (signal?.aborted) throw signal.reason ?? new Error('The derivation was aborted.');
}

/** Tasks per sorted run before runs are merged (a native sort of this many stays well under a slice). */
const RUN = 2048;
/** Merge steps between two looks at the clock. */
const STEP = 512;
/** At most this many replaced cases are patched into the last order; more take the full path. */
const PATCH_MAX = 64;

/**
 * Derives tasks like `deriveTasks()` and remembers, per case object, what it derived: when the host
 * passes the cases again with one case replaced (a new object, as immutable updates do), only that case
 * is derived again and its tasks are merged into the previous order. A change of `today` or of the
 * configuration derives everything again. Unchanged tasks keep their object identity between results;
 * treat them as read-only. A case is recognised by its object: one changed in place is not seen as
 * changed (pass a new object, or use a new `TaskDeriver`).
 *
 * @example
 * const deriver = new TaskDeriver();
 * const controller = new AbortController();
 * const tasks = await deriver.deriveAsync({ today, cases }, { signal: controller.signal });
 * // later, one case edited: only it is derived again
 * const next = deriver.derive({ today, cases: cases.map((c) => (c.id === edited.id ? edited : c)) });
 */
export class TaskDeriver {
  readonly #cache = new WeakMap<TaskCase, CaseEntry>();
  #last?: Last;

  /** Derives at once (incrementally). Throws as `deriveTasks()` does. */
  derive(input: DeriveTasksInput): DerivedTask[] {
    const run = this.#run(input, () => false);
    for (;;) {
      const r = run.next();
      if (r.done) return r.value;
    }
  }

  /**
   * Derives in slices of at most `sliceMs` of work (incrementally), yielding to the event loop between
   * them (`scheduler.yield()` where there is one, else a message-channel task), so that typing, clicks
   * and rendering go on. Rejects with the signal's reason when `signal` aborts; the cases derived until
   * then are remembered and not derived again.
   */
  async deriveAsync(input: DeriveTasksInput, options: DeriveTasksOptions = {}): Promise<DerivedTask[]> {
    const { signal, sliceMs = 6, onProgress } = options;
    throwIfAborted(signal);
    const total = input.cases?.length ?? 0;
    let start = now();
    const run = this.#run(input, () => now() - start > sliceMs);
    for (;;) {
      const r = run.next();
      if (r.done) return r.value;
      onProgress?.(r.value, total);
      await yieldToEventLoop();
      throwIfAborted(signal);
      start = now();
    }
  }

  /** The derivation as resumable steps: yields the number of cases done whenever `due()` says so. */
  *#run(input: DeriveTasksInput, due: () => boolean): Generator<number, DerivedTask[], void> {
    const { today, config: c, on } = deriveSetup(input);
    const key = `${today}|${JSON.stringify(c)}`;
    const cases = input.cases ?? [];
    const entry = (k: TaskCase): CaseEntry => {
      let e = this.#cache.get(k);
      if (e?.key !== key) {
        e = derivedCase(k, key, () => caseTasks(k, today, c, on));
        this.#cache.set(k, e);
      }
      return e;
    };
    const last = this.#last?.key === key && !this.#last.duplicates ? this.#last : undefined;
    const sorted = (last && this.#patch(cases, last, entry)) ?? (yield* this.#full(cases, key, entry, due));
    for (const k of this.#last!.errors) {
      if (!input.onCaseError) throw entry(k).error!;
      input.onCaseError(entry(k).error!, k);
    }
    const standalone = standaloneTasks(input, today, c, on).sort(compareByUrgency);
    const all = standalone.length ? yield* merge(sorted, standalone, due, cases.length) : sorted.slice();
    if (!input.overrides || Object.keys(input.overrides).length === 0) return all;
    const out: DerivedTask[] = [];
    for (let i = 0; i < all.length; i += RUN) {
      out.push(...applyOverrides(all.slice(i, i + RUN), input.overrides, today, c));
      if (due()) yield cases.length;
    }
    // A closed task shown with `includeClosed` turns green: the one case where the order changes.
    return c.includeClosed ? out.sort(compareByUrgency) : out;
  }

  /**
   * The common edit: a few cases replaced by new objects with the same ids at the same places. Takes
   * their old tasks out of the last order and puts their new ones in (binary search), at once: no
   * yield, so a cancelled run never leaves a half-patched order. `undefined` when the input is not such
   * an edit (then `#full` runs).
   */
  #patch(
    cases: readonly TaskCase[],
    last: Last,
    entry: (k: TaskCase) => CaseEntry,
  ): DerivedTask[] | undefined {
    if (cases.length !== last.cases.length) return undefined;
    const at: number[] = [];
    for (let i = 0; i < cases.length; i++) {
      if (cases[i] === last.cases[i]) continue;
      if (cases[i]!.id !== last.cases[i]!.id || at.length === PATCH_MAX) return undefined;
      at.push(i);
    }
    const before = at.map((i) => this.#cache.get(last.cases[i]!));
    if (before.some((e) => e?.key !== last.key)) return undefined;
    const after = at.map((i) => entry(cases[i]!));
    const sorted = last.sorted;
    for (const e of before) {
      for (const t of e!.tasks) {
        const j = lowerBound(sorted, t);
        if (sorted[j] !== t) {
          // Not where the order says (tasks with equal keys): start over with the full path.
          this.#last = undefined;
          return undefined;
        }
        sorted.splice(j, 1);
      }
    }
    for (const e of after) for (const t of e.tasks) sorted.splice(lowerBound(sorted, t), 0, t);
    const replaced = new Set(at.map((i) => last.cases[i]!));
    last.errors = last.errors.filter((k) => !replaced.has(k));
    for (const i of at) {
      const k = cases[i]!;
      last.ids.set(k.id, k);
      if (entry(k).error) last.errors.push(k);
    }
    last.cases = cases.slice();
    return sorted;
  }

  /**
   * Every case (derived again only when its object is new to this deriver), then one urgency order:
   * merged into the last order when at most a quarter of the cases changed, else merged from sorted runs.
   */
  *#full(
    cases: readonly TaskCase[],
    key: string,
    entry: (k: TaskCase) => CaseEntry,
    due: () => boolean,
  ): Generator<number, DerivedTask[], void> {
    const last = this.#last?.key === key && !this.#last.duplicates ? this.#last : undefined;
    const ids = new Map<Id, TaskCase>();
    const changed = new Set<Id>();
    const lists: DerivedTask[][] = [];
    const fresh: DerivedTask[][] = [];
    const errors: TaskCase[] = [];
    let duplicates = false;
    for (let i = 0; i < cases.length; i++) {
      const k = cases[i]!;
      if (ids.has(k.id)) duplicates = true;
      ids.set(k.id, k);
      const e = entry(k);
      if (e.error) errors.push(k);
      lists.push(e.tasks);
      if (!last || last.ids.get(k.id) !== k) {
        changed.add(k.id);
        fresh.push(e.tasks);
      }
      if (due()) yield i + 1;
    }
    let n = 0;
    if (last) {
      for (const id of last.ids.keys()) {
        if (!ids.has(id)) changed.add(id);
        if (++n % STEP === 0 && due()) yield cases.length;
      }
    }
    let sorted: DerivedTask[];
    if (last && !duplicates && changed.size <= cases.length / 4) {
      const kept: DerivedTask[] = [];
      for (const t of last.sorted) {
        if (!changed.has(t.caseId!)) kept.push(t);
        if (++n % STEP === 0 && due()) yield cases.length;
      }
      sorted = yield* merge(kept, fresh.flat().sort(compareByUrgency), due, cases.length);
    } else {
      sorted = yield* mergeRuns(lists, due, cases.length);
    }
    this.#last = { key, ids, duplicates, sorted, cases: cases.slice(), errors };
    return sorted;
  }
}

/** The first index whose task does not come before `t` in urgency order. */
function lowerBound(sorted: readonly DerivedTask[], t: DerivedTask): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareByUrgency(sorted[mid]!, t) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Derives the tasks of `input` like `deriveTasks()`, in slices that yield to the event loop (see
 * `TaskDeriver.deriveAsync`), cancelled by `options.signal`. To re-derive after a change without
 * starting over, keep a `TaskDeriver` and call its `deriveAsync` or `derive` again.
 * @example
 * const controller = new AbortController();
 * deriveTasksAsync({ today, cases }, { signal: controller.signal }).then(show, ignoreAbort);
 * controller.abort(); // the cases changed: drop the stale run
 */
export function deriveTasksAsync(
  input: DeriveTasksInput,
  options: DeriveTasksOptions = {},
): Promise<DerivedTask[]> {
  return new TaskDeriver().deriveAsync(input, options);
}

function derivedCase(k: TaskCase, key: string, derive: () => DerivedTask[]): CaseEntry {
  try {
    return { key, tasks: derive().sort(compareByUrgency) };
  } catch (error) {
    if (!(error instanceof IasError)) throw error;
    return { key, tasks: [], error };
  }
}

/** Merges two lists in urgency order, yielding the progress `at` when `due()`. */
function* merge(
  a: readonly DerivedTask[],
  b: readonly DerivedTask[],
  due: () => boolean,
  at: number,
): Generator<number, DerivedTask[], void> {
  const out = new Array<DerivedTask>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) {
    out[k++] = compareByUrgency(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!;
    if (k % STEP === 0 && due()) yield at;
  }
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}

/** Sorts the per-case lists into one: native sorts of runs of about `RUN` tasks, then pairwise merges. */
function* mergeRuns(
  lists: readonly DerivedTask[][],
  due: () => boolean,
  at: number,
): Generator<number, DerivedTask[], void> {
  let runs: DerivedTask[][] = [];
  let run: DerivedTask[] = [];
  for (const list of lists) {
    for (const t of list) run.push(t);
    if (run.length >= RUN) {
      runs.push(run.sort(compareByUrgency));
      run = [];
      if (due()) yield at;
    }
  }
  if (run.length || runs.length === 0) runs.push(run.sort(compareByUrgency));
  while (runs.length > 1) {
    const next: DerivedTask[][] = [];
    for (let i = 0; i < runs.length; i += 2) {
      next.push(i + 1 < runs.length ? yield* merge(runs[i]!, runs[i + 1]!, due, at) : runs[i]!);
    }
    runs = next;
  }
  return runs[0]!;
}

/** Gives the event loop a turn: `scheduler.yield()` (keeps the task's priority), else a message task. */
export function yieldToEventLoop(): Promise<void> {
  const { scheduler, MessageChannel: Channel } = platform;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (Channel) {
    return new Promise((resolve) => {
      const channel = new Channel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => platform.setTimeout(resolve, 0));
}
