import { escapePointerToken, isJsonObject } from '../schema/pointer.js';
import { accessOf, holdsRestricted, type AccessNode, type UserRole } from './rules.js';

/** What `redact` returns. */
export interface Redacted<T = unknown> {
  /** The value without any field the role may not read (`undefined` when the role may not read the root). */
  value: T | undefined;
  /** JSON pointers of the removed values, in document order. */
  removed: string[];
}

/** What `mergeEdit` returns. */
export interface Merged<T = unknown> {
  /** The new full record. */
  value: T | undefined;
  /** JSON pointers where `edited` tried a change the role may not make; the stored value was kept there. */
  refused: string[];
}

type Obj = Record<string, unknown>;

const child = (pointer: string, token: string | number) => `${pointer}/${escapePointerToken(String(token))}`;

/** Deep equality of JSON values (member order ignored). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a))
    return Array.isArray(b) && a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  if (isJsonObject(a) && isJsonObject(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && sameJson(a[k], b[k]));
  }
  return false;
}

/** Redacts `value` at `node` (whose own read right the caller checked). Returns the same object when nothing is removed. */
function strip(
  node: AccessNode,
  value: unknown,
  role: UserRole,
  pointer: string,
  removed: string[],
): unknown {
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    value.forEach((v, i) => {
      // Rule 4: an element is readable when its array is; only what is inside it can be removed.
      const r = strip(node.element(i), v, role, child(pointer, i), removed);
      if (r !== v) (out ??= value.slice())[i] = r;
    });
    return out ?? value;
  }
  if (!isJsonObject(value)) return value;
  let out: Record<string, unknown> | undefined;
  for (const k of Object.keys(value)) {
    const sub = node.property(k);
    const p = child(pointer, k);
    if (!sub.allowsRead(role)) {
      removed.push(p);
      out ??= { ...value };
      delete out[k];
      continue;
    }
    const r = strip(sub, value[k], role, p, removed);
    if (r !== value[k]) (out ??= { ...value })[k] = r;
  }
  return out ?? value;
}

/**
 * The value without every field `userRole` may not read, and the pointers removed. Pure, DOM-free; the
 * same rules as the elements (`accessOf`). Objects and arrays that lose nothing are returned as they are.
 */
export function redact<T = unknown>(schema: unknown, value: T, userRole: UserRole): Redacted<T> {
  const root = accessOf(schema).root;
  if (value === undefined) return { value, removed: [] };
  if (!root.allowsRead(userRole)) return { value: undefined, removed: [''] };
  const removed: string[] = [];
  return { value: strip(root, value, userRole, '', removed) as T, removed };
}

type Shape = 'object' | 'array' | 'scalar' | 'none';
const shape = (v: unknown): Shape =>
  v === undefined ? 'none' : Array.isArray(v) ? 'array' : isJsonObject(v) ? 'object' : 'scalar';

class Merger {
  readonly refused: string[] = [];
  constructor(private readonly role: UserRole) {}

  /** The merged value at `node`; `writable` says whether every location above lets the role write. */
  merge(node: AccessNode, stored: unknown, edited: unknown, pointer: string, writable: boolean): unknown {
    const role = this.role;
    if (!node.allowsRead(role)) {
      // Not readable: kept as stored; absent in `edited` is what the role was given, never a deletion.
      if (edited !== undefined && !sameJson(edited, stored)) this.refused.push(pointer);
      return stored;
    }
    if (!writable || !node.allowsWrite(role)) {
      const seen = stored === undefined ? undefined : strip(node, stored, role, pointer, []);
      if (!sameJson(edited, seen)) this.refused.push(pointer);
      return stored;
    }
    const was = shape(stored);
    const now = shape(edited);
    // Replacing or deleting a container that holds what the role may not read or write would lose it.
    if (was !== now && (was === 'object' || was === 'array') && holdsRestricted(node, stored, role)) {
      this.refused.push(pointer);
      return stored;
    }
    if (now === 'object')
      return this.object(node, was === 'object' ? (stored as Obj) : {}, edited as Obj, pointer);
    if (now === 'array')
      return this.array(node, was === 'array' ? (stored as unknown[]) : [], edited as unknown[], pointer);
    return edited;
  }

  /** Members in stored order, then the new ones in edited order. */
  private object(node: AccessNode, stored: Obj, edited: Obj, pointer: string): Obj {
    const out: Obj = {};
    for (const k of new Set([...Object.keys(stored), ...Object.keys(edited)])) {
      const v = this.merge(node.property(k), stored[k], edited[k], child(pointer, k), true);
      if (v !== undefined) out[k] = v;
    }
    return out;
  }

  /**
   * Arrays: when the stored elements hold nothing the role may not read or write, the edited array stands
   * (elements may be added, removed, reordered; what they carry is still checked). Otherwise elements are
   * merged position by position, and stored elements beyond the edited length that hold restricted values
   * are kept (a removal the role may not make).
   */
  private array(node: AccessNode, stored: unknown[], edited: unknown[], pointer: string): unknown[] {
    const role = this.role;
    if (!holdsRestricted(node, stored, role))
      return edited.map((e, i) => this.merge(node.element(i), undefined, e, child(pointer, i), true));
    const out = edited.map((e, i) => this.merge(node.element(i), stored[i], e, child(pointer, i), true));
    let last = -1;
    for (let i = edited.length; i < stored.length; i++)
      if (holdsRestricted(node.element(i), stored[i], role)) last = i;
    for (let i = edited.length; i <= last; i++) {
      out.push(stored[i]);
      this.refused.push(child(pointer, i));
    }
    return out;
  }
}

/**
 * The new full record after `userRole` edited a redacted copy of `stored`: what the role may write comes
 * from `edited`; what it may not write stays as stored whatever `edited` says (listed in `refused` when
 * `edited` tried to change it); what it may not read stays as stored, never deleted because it was
 * absent. Unknown members survive.
 */
export function mergeEdit<T = unknown>(
  schema: unknown,
  stored: T,
  edited: unknown,
  userRole: UserRole,
): Merged<T> {
  const merger = new Merger(userRole);
  const value = merger.merge(accessOf(schema).root, stored, edited, '', true) as T | undefined;
  return { value, refused: merger.refused };
}
