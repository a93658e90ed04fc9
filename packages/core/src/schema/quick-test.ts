/**
 * A tiny, eval-free JSON Schema check for the conditions a form needs before Ajv is ready (the first paint
 * never waits for a validator to compile). It knows the keywords conditions usually use and answers
 * `undefined` for anything else, so the caller can wait for the real validator instead of guessing.
 */
import { getAt, isJsonObject as isObj } from './pointer.js';

export function quickTest(root: unknown, schemaPointer: string, data: unknown): boolean | undefined {
  let schema: unknown;
  try {
    schema = getAt(root, schemaPointer);
  } catch {
    return undefined;
  }
  return schema === undefined ? undefined : check(schema, data, 0);
}

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || typeof a !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  return (
    ka.length === kb.length &&
    ka.every((k) => equal((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

const KNOWN = new Set([
  'const',
  'enum',
  'type',
  'required',
  'properties',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'not',
  'allOf',
  'anyOf',
  'oneOf',
  'title',
  'description',
  '$comment',
  'x-ias-title',
  'x-ias-description',
]);

function check(schema: unknown, data: unknown, depth: number): boolean | undefined {
  if (schema === true || schema === undefined) return true;
  if (schema === false) return false;
  if (!isObj(schema) || depth > 16) return undefined;
  for (const k of Object.keys(schema)) if (!KNOWN.has(k)) return undefined;
  const results: (boolean | undefined)[] = [];
  if ('const' in schema) results.push(equal(schema.const, data));
  if (Array.isArray(schema.enum)) results.push(schema.enum.some((e) => equal(e, data)));
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    const t = typeOf(data);
    results.push(types.includes(t) || (t === 'integer' && types.includes('number')));
  }
  if (isObj(data)) {
    if (Array.isArray(schema.required))
      results.push(schema.required.every((r) => data[String(r)] !== undefined));
    if (isObj(schema.properties)) {
      for (const [k, sub] of Object.entries(schema.properties)) {
        if (data[k] !== undefined) results.push(check(sub, data[k], depth + 1));
      }
    }
  }
  if (typeof data === 'number') {
    if (typeof schema.minimum === 'number') results.push(data >= schema.minimum);
    if (typeof schema.maximum === 'number') results.push(data <= schema.maximum);
  }
  if (typeof data === 'string') {
    const len = [...data].length;
    if (typeof schema.minLength === 'number') results.push(len >= schema.minLength);
    if (typeof schema.maxLength === 'number') results.push(len <= schema.maxLength);
  }
  if ('not' in schema) {
    const r = check(schema.not, data, depth + 1);
    results.push(r === undefined ? undefined : !r);
  }
  for (const kw of ['allOf', 'anyOf', 'oneOf'] as const) {
    const list = schema[kw];
    if (!Array.isArray(list)) continue;
    const rs = list.map((s) => check(s, data, depth + 1));
    if (rs.includes(undefined)) results.push(undefined);
    else if (kw === 'allOf') results.push(rs.every(Boolean));
    else if (kw === 'anyOf') results.push(rs.some(Boolean));
    else results.push(rs.filter(Boolean).length === 1);
  }
  if (results.includes(false)) return false;
  if (results.includes(undefined)) return undefined;
  return true;
}
