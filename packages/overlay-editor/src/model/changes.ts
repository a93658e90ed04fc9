/**
 * What an overlay changes, as structured entries the element puts into words, and a leaf-by-leaf diff of
 * the template against the effective schema. Pure.
 */
import type { Locale } from '@ias-kit/core';
import { escapePointerToken, getAt, isJsonObject, type Overlay } from '@ias-kit/core/schema';
import type { Obj } from './tree.js';

export type Change =
  | { kind: 'added'; pointer: string }
  | { kind: 'text'; pointer: string; key: string; locales: string[] }
  | { kind: 'limit'; pointer: string; keyword: string; from?: unknown; to: unknown }
  | { kind: 'options'; pointer: string; removed: unknown[] }
  | { kind: 'options-added'; pointer: string; added: unknown[] }
  | { kind: 'access'; pointer: string }
  | { kind: 'required'; pointer: string }
  | { kind: 'hidden'; pointer: string }
  | { kind: 'order'; pointer: string }
  | { kind: 'other'; pointer: string; keyword: string };

const TEXT = new Set([
  'title',
  'description',
  'x-ias-title',
  'x-ias-help',
  'x-ias-description',
  'x-ias-placeholder',
  'x-ias-enum-titles',
]);
const LIMITS = new Set([
  'maxLength',
  'minLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'maxItems',
  'minItems',
]);

/** The changes of `overlay` over `base`, in document order. */
export function changesOf(base: Obj, overlay: Overlay): Change[] {
  const out: Change[] = [];
  const walk = (patch: unknown, pointer: string): void => {
    if (!isJsonObject(patch)) return;
    const baseHere = getAt(base, pointer);
    if (pointer !== '' && /\/properties\/[^/]+$/.test(pointer) && baseHere === undefined) {
      out.push({ kind: 'added', pointer });
      return;
    }
    const b = isJsonObject(baseHere) ? baseHere : {};
    for (const [key, value] of Object.entries(patch)) {
      if (key === 'x-ias-enum-titles' && 'enum' in patch) continue;
      if (key === 'properties' || key === '$defs' || key === 'definitions') {
        if (isJsonObject(value))
          for (const name of Object.keys(value))
            walk(value[name], `${pointer}/${key}/${escapePointerToken(name)}`);
      } else if (key === 'items') walk(value, `${pointer}/items`);
      else if (TEXT.has(key))
        out.push({ kind: 'text', pointer, key, locales: isJsonObject(value) ? Object.keys(value) : ['de'] });
      else if (LIMITS.has(key)) out.push({ kind: 'limit', pointer, keyword: key, from: b[key], to: value });
      else if (key === 'enum' && Array.isArray(value)) {
        const before = Array.isArray(b.enum) ? b.enum : [];
        out.push({
          kind: 'options',
          pointer: pointer.replace(/\/items$/, ''),
          removed: before.filter((v) => !value.includes(v)),
        });
      } else if (key === 'x-ias-access') out.push({ kind: 'access', pointer });
      else out.push({ kind: 'other', pointer, keyword: key });
    }
  };
  walk(overlay.patch, '');
  for (const [target, items] of Object.entries(overlay.append ?? {})) {
    const parent = target.replace(/\/[^/]+$/, '');
    if (target.endsWith('/required'))
      for (const name of items) {
        const pointer = `${parent}/properties/${escapePointerToken(String(name))}`;
        if (getAt(base, pointer) !== undefined) out.push({ kind: 'required', pointer });
      }
    else if (target.endsWith('/enum'))
      out.push({ kind: 'options-added', pointer: parent.replace(/\/items$/, ''), added: items });
    else out.push({ kind: 'other', pointer: parent, keyword: target.slice(parent.length + 1) });
  }
  for (const pointer of Object.keys(overlay.order ?? {})) out.push({ kind: 'order', pointer });
  for (const pointer of overlay.hide ?? []) out.push({ kind: 'hidden', pointer });
  return out;
}

export interface DiffEntry {
  pointer: string;
  before?: unknown;
  after?: unknown;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Leaf-level differences between two schemas (objects recurse; arrays and values compare whole). */
export function schemaDiff(before: unknown, after: unknown, limit = 500): DiffEntry[] {
  const out: DiffEntry[] = [];
  const walk = (a: unknown, b: unknown, pointer: string): void => {
    if (out.length >= limit) return;
    if (isJsonObject(a) && isJsonObject(b)) {
      for (const key of new Set([...Object.keys(a), ...Object.keys(b)]))
        walk(a[key], b[key], `${pointer}/${escapePointerToken(key)}`);
    } else if (!same(a, b)) {
      const entry: DiffEntry = { pointer };
      if (a !== undefined) entry.before = a;
      if (b !== undefined) entry.after = b;
      out.push(entry);
    }
  };
  walk(before, after, '');
  return out;
}

/** Languages of a localized text that are empty while another language has text. */
export function missingLocales(text: unknown, locales: readonly Locale[]): Locale[] {
  if (!isJsonObject(text)) return typeof text === 'string' && text ? locales.filter((l) => l !== 'de') : [];
  if (!Object.values(text).some(Boolean)) return [];
  return locales.filter((l) => typeof text[l] !== 'string' || !(text[l] as string).trim());
}
