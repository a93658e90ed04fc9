import { isJsonObject, putOwn } from '../pointer.js';
import type { Obj } from './types.js';

/** Canonical JSON (sorted keys) for comparing values. */
export const canon = (v: unknown): string =>
  Array.isArray(v)
    ? `[${v.map(canon).join(',')}]`
    : isJsonObject(v)
      ? `{${Object.keys(v)
          .sort()
          .map((k) => `${JSON.stringify(k)}:${canon(v[k])}`)
          .join(',')}}`
      : (JSON.stringify(v) ?? 'null');

/**
 * Applies a JSON Merge Patch (RFC 7386) without mutating `target`: `null` removes a member, objects
 * merge recursively, anything else (arrays included) replaces. Unchanged subtrees keep their identity.
 */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isJsonObject(patch)) return patch;
  const source: Obj = isJsonObject(target) ? target : {};
  let result: Obj | undefined;
  for (const [key, value] of Object.entries(patch)) {
    const present = Object.hasOwn(source, key);
    if (value === null) {
      if (present) {
        result ??= { ...source };
        delete result[key];
      }
      continue;
    }
    const before = present ? source[key] : undefined;
    const after = mergePatch(before, value);
    if (!present || after !== before) putOwn((result ??= { ...source }), key, after);
  }
  return result ?? source;
}
