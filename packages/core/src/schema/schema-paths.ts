/**
 * Ajv's schema paths and `$ref` fragments (`#/properties/a%20b`) as JSON pointers, and a lenient read
 * at a pointer, for the code that maps Ajv's errors and complaints back to a schema (the compiler's
 * problems and the localized messages). Internal: not exported from the package.
 */
import { isJsonObject as isObject } from './pointer.js';

const unescapeToken = (token: string): string => token.replace(/~1/g, '/').replace(/~0/g, '~');

/** `#/properties/a%20b/pattern` (or `key#/…`) → `/properties/a b/pattern`; malformed escapes are kept as they are. */
export function schemaPathToPointer(schemaPath: string): string {
  const hash = schemaPath.indexOf('#');
  const fragment = hash < 0 ? schemaPath : schemaPath.slice(hash + 1);
  try {
    return fragment
      .split('/')
      .map((t) => decodeURIComponent(t))
      .join('/');
  } catch {
    return fragment;
  }
}

/** `/properties/a b` → `#/properties/a%20b`, for `ajv.getSchema(key + fragment)`. */
export const pointerToFragment = (pointer: string): string =>
  '#' +
  pointer
    .split('/')
    .map((t) => encodeURIComponent(t))
    .join('/');

/** The value at a JSON pointer, or `undefined` (also for a malformed pointer): own properties only. */
export function valueAt(doc: unknown, pointer: string): unknown {
  if (pointer === '') return doc;
  if (!pointer.startsWith('/')) return undefined;
  let cur: unknown = doc;
  for (const token of pointer.slice(1).split('/')) {
    const key = unescapeToken(token);
    if (Array.isArray(cur)) cur = /^(0|[1-9]\d*)$/.test(key) ? cur[Number(key)] : undefined;
    else if (isObject(cur)) cur = Object.hasOwn(cur, key) ? cur[key] : undefined;
    else return undefined;
  }
  return cur;
}
