/**
 * JSON Pointer (RFC 6901) utilities shared by the whole kit: schema pointers in messages, overlay
 * targets, data paths. Reading never throws on a missing path; writing is immutable and copies only
 * the objects and arrays along the path (structural sharing), so untouched siblings keep their identity.
 */
import { IasError } from '../errors.js';

/**
 * Error codes of pointer operations:
 * - `pointer.syntax`: not a JSON pointer (`a/b` without leading slash, `~` not followed by `0` or `1`);
 * - `pointer.index`: an array step that is not an index (`/items/x`) or lies past the end;
 * - `pointer.type`: the path runs through a value that is neither object nor array;
 * - `pointer.root`: the operation needs a parent, but the pointer is the whole document (`""`).
 */
export const POINTER_ERROR_CODES = [
  'pointer.syntax',
  'pointer.index',
  'pointer.type',
  'pointer.root',
] as const;
export type PointerErrorCode = (typeof POINTER_ERROR_CODES)[number];

/** A malformed JSON pointer, or one that cannot be written to. `pointer` is the pointer as received. */
export class PointerError extends IasError {
  declare readonly code: PointerErrorCode;
  readonly pointer: string;

  constructor(code: PointerErrorCode, message: string, pointer: string) {
    super(code, message, { value: pointer, field: 'pointer' });
    this.name = 'PointerError';
    this.pointer = pointer;
  }
}

/** A pointer string, or its already parsed reference tokens. */
export type PointerInput = string | readonly string[];

/** A JSON object (not an array, not `null`). */
export const isJsonObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const INDEX = /^(0|[1-9][0-9]*)$/;

/** Escapes one reference token: `~` → `~0`, `/` → `~1`. */
export const escapePointerToken = (token: string): string => token.replace(/~/g, '~0').replace(/\//g, '~1');

/** Parses a JSON pointer into its unescaped reference tokens; `""` is the whole document (no tokens). */
export function parsePointer(pointer: string): string[] {
  if (typeof pointer !== 'string') {
    throw new PointerError(
      'pointer.syntax',
      `${String(pointer)} is not a JSON pointer (not a string)`,
      String(pointer),
    );
  }
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) {
    throw new PointerError(
      'pointer.syntax',
      `"${pointer}" is not a JSON pointer: it must be empty or start with "/" (did you mean "/${pointer}"?)`,
      pointer,
    );
  }
  if (/~(?![01])/.test(pointer)) {
    throw new PointerError(
      'pointer.syntax',
      `"${pointer}" is not a JSON pointer: "~" must be followed by 0 or 1 (write "~0" for "~", "~1" for "/")`,
      pointer,
    );
  }
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Formats reference tokens as a JSON pointer (inverse of `parsePointer`). */
export const formatPointer = (tokens: readonly (string | number)[]): string =>
  tokens.map((token) => '/' + escapePointerToken(String(token))).join('');

/** Appends tokens (escaped here) to a pointer: `joinPointer('/properties', 'a/b')` → `/properties/a~1b`. */
export function joinPointer(base: string, ...tokens: (string | number)[]): string {
  parsePointer(base);
  return base + formatPointer(tokens);
}

/**
 * Turns a same-document URI-fragment reference (`#/$defs/Name`, `#/a%20b`, `#`) into a JSON pointer;
 * `undefined` for other documents, plain-name anchors (`#name`) and malformed fragments.
 */
export function fragmentToPointer(ref: string): string | undefined {
  if (!ref.startsWith('#')) return undefined;
  let pointer: string;
  try {
    pointer = decodeURIComponent(ref.slice(1));
  } catch {
    return undefined;
  }
  return pointer === '' || (pointer.startsWith('/') && !/~(?![01])/.test(pointer)) ? pointer : undefined;
}

const tokensOf = (pointer: PointerInput): readonly string[] =>
  typeof pointer === 'string' ? parsePointer(pointer) : pointer;

const pointerText = (pointer: PointerInput): string =>
  typeof pointer === 'string' ? pointer : formatPointer(pointer);

/** The child of a container at `token`, or `undefined`. Never reads inherited properties or `length`. */
function child(container: unknown, token: string): unknown {
  if (Array.isArray(container)) return INDEX.test(token) ? container[Number(token)] : undefined;
  if (isJsonObject(container) && Object.hasOwn(container, token)) return container[token];
  return undefined;
}

/** The value at `pointer`, or `undefined` when the path does not exist. Throws only on a malformed pointer. */
export function getAt(doc: unknown, pointer: PointerInput): unknown {
  let current = doc;
  for (const token of tokensOf(pointer)) {
    current = child(current, token);
    if (current === undefined) return undefined;
  }
  return current;
}

/** Whether `pointer` names an existing value (also when that value is `null`). */
export function hasAt(doc: unknown, pointer: PointerInput): boolean {
  const tokens = tokensOf(pointer);
  if (tokens.length === 0) return doc !== undefined;
  const parent = getAt(doc, tokens.slice(0, -1));
  const last = tokens[tokens.length - 1] as string;
  if (Array.isArray(parent)) return INDEX.test(last) && Number(last) < parent.length;
  return isJsonObject(parent) && Object.hasOwn(parent, last);
}

/** Sets an own property, also for keys such as `__proto__` that plain assignment would not create. */
export function putOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * Returns a copy of `doc` with `value` at `pointer`; `doc` is never mutated. Only the containers along
 * the path are copied. Missing intermediate members are created as objects; in an array the token must
 * be an index up to its length (or `-`), and the index equal to the length (or `-`) appends.
 * `setAt(doc, '', value)` returns `value`. Setting a value identical (`===`) to the current one returns `doc`.
 */
export function setAt<T>(doc: T, pointer: PointerInput, value: unknown): T {
  const tokens = tokensOf(pointer);
  const set = (node: unknown, depth: number): unknown => {
    if (depth === tokens.length) return value;
    const token = tokens[depth] as string;
    if (Array.isArray(node)) {
      const index = token === '-' ? node.length : INDEX.test(token) ? Number(token) : -1;
      if (index < 0 || index > node.length) {
        throw new PointerError(
          'pointer.index',
          `Cannot set ${pointerText(pointer)}: "${token}" is not an index of an array of length ${node.length}`,
          pointerText(pointer),
        );
      }
      const before: unknown = node[index];
      const next = set(index === node.length ? undefined : before, depth + 1);
      if (index < node.length && next === before) return node;
      const copy = node.slice();
      copy[index] = next;
      return copy;
    }
    if (node === undefined || isJsonObject(node)) {
      const object = node ?? {};
      const before = child(object, token);
      const next = set(before, depth + 1);
      if (node !== undefined && next === before && Object.hasOwn(object, token)) return node;
      const copy = { ...object };
      putOwn(copy, token, next);
      return copy;
    }
    throw new PointerError(
      'pointer.type',
      `Cannot set ${pointerText(pointer)}: ${formatPointer(tokens.slice(0, depth))} is ${node === null ? 'null' : typeof node}, not an object or array`,
      pointerText(pointer),
    );
  };
  return set(doc, 0) as T;
}

/**
 * Returns a copy of `doc` without the value at `pointer` (array elements are spliced out); `doc` is
 * never mutated and is returned as is when the path does not exist. Throws `pointer.root` for `""`.
 */
export function removeAt<T>(doc: T, pointer: PointerInput): T {
  const tokens = tokensOf(pointer);
  if (tokens.length === 0) {
    throw new PointerError('pointer.root', 'Cannot remove the whole document (pointer "")', '');
  }
  const remove = (node: unknown, depth: number): unknown => {
    const token = tokens[depth] as string;
    const last = depth === tokens.length - 1;
    if (Array.isArray(node)) {
      if (!INDEX.test(token) || Number(token) >= node.length) return node;
      const index = Number(token);
      if (last) return [...node.slice(0, index), ...node.slice(index + 1)];
      const next = remove(node[index], depth + 1);
      if (next === node[index]) return node;
      const copy = node.slice();
      copy[index] = next;
      return copy;
    }
    if (!isJsonObject(node) || !Object.hasOwn(node, token)) return node;
    if (last) {
      const copy = { ...node };
      delete copy[token];
      return copy;
    }
    const next = remove(node[token], depth + 1);
    if (next === node[token]) return node;
    const copy = { ...node };
    putOwn(copy, token, next);
    return copy;
  };
  return remove(doc, 0) as T;
}
