import type { Locale } from '@ias-kit/core';
import { conditionHolds, quickTest, type Condition, type FieldError } from '@ias-kit/core/schema';
import { accessOf } from '@ias-kit/core/access';
import type { WidgetRegistry } from '../field/registry.js';

type Listener = () => void;

/**
 * The state one `<ias-form>` shares with all its field elements. Values flow down as properties (with
 * structural sharing, so an untouched field keeps its value's identity and is not re-rendered); errors,
 * "touched" marks and locale changes are pushed to exactly the fields they concern through
 * `subscribe(pointer)`.
 */
export class FormStore {
  locale: Locale = 'de';
  role?: string;
  readonly = false;
  submitted = false;
  /** `test(schemaPointer, data)` from the validator; `undefined` until the validator is ready. */
  test?: (schemaPointer: string, data: unknown) => boolean;
  /** The schema the field model was built from (for the quick condition check before Ajv is ready). */
  schema: unknown;
  widgets?: WidgetRegistry;
  /** Set by `<ias-form>`: writes `value` at `pointer` (or removes the property when `remove`). */
  edit?: (pointer: string, value: unknown, remove: boolean) => void;

  private errors = new Map<string, FieldError[]>();
  private touched = new Set<string>();
  private listeners = new Map<string, Set<Listener>>();
  /** Chosen `oneOf`/`anyOf` alternative per instance pointer + choice pointer. */
  readonly choices = new Map<string, number>();
  /** What the user typed in an alternative they switched away from, to restore when they switch back. */
  readonly stash = new Map<string, unknown>();

  subscribe(pointer: string, fn: Listener): () => void {
    let set = this.listeners.get(pointer);
    if (!set) this.listeners.set(pointer, (set = new Set()));
    set.add(fn);
    return () => set.delete(fn);
  }

  private notify(pointer: string): void {
    this.listeners.get(pointer)?.forEach((fn) => fn());
  }

  /** Re-renders every field (locale, role or readonly changed). */
  notifyAll(): void {
    this.listeners.forEach((set) => set.forEach((fn) => fn()));
  }

  /** Replaces the error map and notifies only the fields whose messages changed. */
  setErrors(list: FieldError[]): void {
    const next = new Map<string, FieldError[]>();
    for (const e of list) next.set(e.pointer, [...(next.get(e.pointer) ?? []), e]);
    const changed = new Set<string>();
    for (const [p, errs] of next) if (!sameErrors(this.errors.get(p), errs)) changed.add(p);
    for (const p of this.errors.keys()) if (!next.has(p)) changed.add(p);
    this.errors = next;
    changed.forEach((p) => this.notify(p));
  }

  /** All current errors (whether shown yet or not). */
  allErrors(): FieldError[] {
    return [...this.errors.values()].flat();
  }

  /** Errors of one field, once it was left or the form submitted; otherwise none. */
  visibleErrors(pointer: string): FieldError[] {
    return this.submitted || this.touched.has(pointer) ? (this.errors.get(pointer) ?? NONE) : NONE;
  }

  markTouched(pointer: string): void {
    if (this.touched.has(pointer)) return;
    this.touched.add(pointer);
    this.notify(pointer);
  }

  markSubmitted(): void {
    if (this.submitted) return;
    this.submitted = true;
    for (const p of this.errors.keys()) this.notify(p);
  }

  /** Forgets touched marks and the submitted state (on reset or when the host replaces the value). */
  resetInteraction(): void {
    const shown = [...this.touched];
    this.touched.clear();
    this.submitted = false;
    this.choices.clear();
    this.stash.clear();
    shown.forEach((p) => this.notify(p));
  }

  /** Whether `condition` holds for the object `data`; before the validator is ready, a quick built-in check. */
  holds(condition: Condition, data: unknown): boolean {
    return conditionHolds(condition, data, (pointer, d) => this.matches(pointer, d) ?? false);
  }

  /** `true`/`false` when known, `undefined` when only Ajv can tell and it is not ready yet. */
  matches(schemaPointer: string, data: unknown): boolean | undefined {
    if (this.test) return this.test(schemaPointer, data);
    return quickTest(this.schema, schemaPointer, data);
  }

  /**
   * May the current role read / write the value at a data pointer? Core's access rules (`accessOf`: the
   * same ones `redact` and `mergeEdit` apply on a host's server). No role means no restricted fields.
   */
  canRead(pointer: string): boolean {
    return accessOf(this.schema).canRead(pointer, this.role);
  }

  canWrite(pointer: string): boolean {
    return !this.readonly && accessOf(this.schema).canWrite(pointer, this.role);
  }

  /** May the role remove or reorder the list at `pointer` (nothing in it hidden from or locked for the role)? */
  canRearrange(pointer: string, list: unknown): boolean {
    return !this.readonly && accessOf(this.schema).canRearrange(pointer, this.role, list);
  }
}

const NONE: FieldError[] = [];

function sameErrors(a: FieldError[] | undefined, b: FieldError[]): boolean {
  return !!a && a.length === b.length && a.every((e, i) => e.message === b[i]!.message);
}
