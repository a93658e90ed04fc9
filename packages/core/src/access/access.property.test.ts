import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatPointer, getAt, isJsonObject } from '../schema/pointer.js';
import table from '../../access-cases.json';
import { accessOf, mergeEdit, redact, sameJson } from './index.js';

/**
 * Generated schemas with `x-ias-access` (and `readOnly`) at every depth: nested objects, arrays of
 * objects, `then`/`else` branches, `oneOf` alternatives, `patternProperties` and `additionalProperties`,
 * `$ref` into `$defs`. Values follow the schema's shape (so they reach the restricted fields) plus members
 * no schema names.
 */
type Schema = Record<string, unknown>;
const ROLES = ['cm', 'sw', 'eo'] as const;
const NAMES = ['a', 'b', 'c', 'd'];

const accessArb = fc.option(
  fc.record({ read: fc.subarray([...ROLES]), write: fc.subarray([...ROLES]) }, { requiredKeys: [] }),
  { nil: undefined, freq: 2 },
);
const withAccess = (s: Schema, access: unknown, readOnly: boolean): Schema => ({
  ...s,
  ...(access ? { 'x-ias-access': access } : {}),
  ...(readOnly ? { readOnly: true } : {}),
});
const flags = fc.tuple(
  accessArb,
  fc.integer({ min: 0, max: 7 }).map((n) => n === 0),
);

const { schema: schemaArb } = fc.letrec<{ schema: Schema; leaf: Schema; object: Schema; array: Schema }>(
  (tie) => ({
    leaf: fc
      .tuple(fc.constantFrom('string', 'integer', 'boolean'), flags)
      .map(([type, [a, ro]]) => withAccess({ type }, a, ro)),
    object: fc
      .tuple(
        fc.dictionary(fc.constantFrom(...NAMES), tie('schema') as fc.Arbitrary<Schema>, { maxKeys: 3 }),
        fc.option(
          fc.dictionary(fc.constantFrom('c', 'd', 'e'), tie('leaf') as fc.Arbitrary<Schema>, { maxKeys: 2 }),
          { nil: undefined },
        ),
        fc.option(
          fc.array(
            fc.dictionary(fc.constantFrom(...NAMES), tie('leaf') as fc.Arbitrary<Schema>, { maxKeys: 2 }),
            { minLength: 2, maxLength: 2 },
          ),
          { nil: undefined },
        ),
        fc.option(tie('leaf') as fc.Arbitrary<Schema>, { nil: undefined }),
        fc.option(tie('leaf') as fc.Arbitrary<Schema>, { nil: undefined }),
        flags,
      )
      .map(([properties, then, alternatives, pattern, additional, [a, ro]]) =>
        withAccess(
          {
            type: 'object',
            properties,
            ...(then ? { if: { required: ['a'] }, then: { properties: then } } : {}),
            ...(alternatives ? { oneOf: alternatives.map((p) => ({ properties: p })) } : {}),
            ...(pattern ? { patternProperties: { '^x_': pattern } } : {}),
            ...(additional ? { additionalProperties: additional } : {}),
          },
          a,
          ro,
        ),
      ),
    array: fc
      .tuple(tie('schema') as fc.Arbitrary<Schema>, flags)
      .map(([items, [a, ro]]) => withAccess({ type: 'array', items }, a, ro)),
    schema: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      tie('leaf') as fc.Arbitrary<Schema>,
      tie('object') as fc.Arbitrary<Schema>,
      tie('array') as fc.Arbitrary<Schema>,
    ),
  }),
);

/** The root: an object, sometimes reached through `$ref`. */
const rootArb = fc
  .tuple(
    schemaArb,
    fc.dictionary(fc.constantFrom(...NAMES), schemaArb, { minKeys: 1, maxKeys: 4 }),
    fc.boolean(),
  )
  .map(([def, properties, viaRef]): Schema =>
    viaRef
      ? { type: 'object', $defs: { def }, properties: { ...properties, r: { $ref: '#/$defs/def' } } }
      : { type: 'object', properties },
  );

/** Every member name a schema declares for an object (properties, branches, alternatives, pattern/extra). */
function memberSchemas(s: Schema): [string, Schema][] {
  const out: [string, Schema][] = [];
  const add = (p: unknown) =>
    isJsonObject(p) && Object.entries(p).forEach(([k, v]) => out.push([k, v as Schema]));
  add(s.properties);
  if (isJsonObject(s.then)) add(s.then.properties);
  if (Array.isArray(s.oneOf)) s.oneOf.forEach((alt) => add((alt as Schema).properties));
  if (isJsonObject(s.patternProperties)) out.push(['x_1', s.patternProperties['^x_'] as Schema]);
  if (isJsonObject(s.additionalProperties)) out.push(['extra', s.additionalProperties as Schema]);
  return out;
}

const scalar = fc.oneof(
  fc.string({ maxLength: 3 }),
  fc.integer({ min: -5, max: 5 }),
  fc.boolean(),
  fc.constant(null),
);

function valueArb(s: Schema, defs: Schema, depth = 0): fc.Arbitrary<unknown> {
  if (typeof s.$ref === 'string') return valueArb(defs, defs, depth);
  if (s.type === 'object' && depth < 6) {
    const members = memberSchemas(s);
    const model: Record<string, fc.Arbitrary<unknown>> = { z: scalar }; // `z`: a member no schema names
    for (const [k, sub] of members) model[k] = valueArb(sub, defs, depth + 1);
    return fc.record(model, { requiredKeys: [] });
  }
  if (s.type === 'array' && depth < 6)
    return fc.array(valueArb(s.items as Schema, defs, depth + 1), { maxLength: 3 });
  return scalar;
}

const caseArb = rootArb.chain((schema) =>
  fc.record({
    schema: fc.constant(schema),
    stored: valueArb(schema, ((schema.$defs as Schema | undefined)?.def ?? {}) as Schema),
    other: valueArb(schema, ((schema.$defs as Schema | undefined)?.def ?? {}) as Schema),
    role: fc.constantFrom<string | null>(...ROLES, null),
    seed: fc.integer(),
  }),
);

/** Every pointer to a value inside `v` (the root too). */
function pointers(v: unknown, tokens: (string | number)[] = [], out: string[] = []): string[] {
  out.push(formatPointer(tokens));
  if (Array.isArray(v)) v.forEach((x, i) => pointers(x, [...tokens, i], out));
  else if (isJsonObject(v)) Object.entries(v).forEach(([k, x]) => pointers(x, [...tokens, k], out));
  return out;
}

/** A role's edit of what it was sent: values replaced, deleted, added, here and there taken from another record. */
function edit(sent: unknown, other: unknown, seed: number): unknown {
  let n = Math.abs(seed);
  const next = () => (n = (n * 1103515245 + 12345) % 2147483648);
  const go = (v: unknown, o: unknown): unknown => {
    const r = next() % 10;
    if (r === 0) return o; // replaced by the other record's value (may carry fields the role may not write)
    if (r === 1) return 'edited';
    if (Array.isArray(v)) {
      const list = v.map((x, i) => go(x, Array.isArray(o) ? o[i] : undefined));
      if (next() % 4 === 0) list.pop();
      if (next() % 4 === 0 && Array.isArray(o) && o.length) list.push(o[0]);
      return list;
    }
    if (isJsonObject(v)) {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v))
        if (next() % 6 !== 0) out[k] = go(x, isJsonObject(o) ? o[k] : undefined);
      if (isJsonObject(o))
        for (const [k, x] of Object.entries(o)) if (!(k in out) && next() % 3 === 0) out[k] = x;
      return out;
    }
    return v;
  };
  return go(sent, other);
}

/** Every role in every list, nothing read-only: a role that may read and write everything. */
function openTo(role: string, s: unknown): unknown {
  if (Array.isArray(s)) return s.map((x) => openTo(role, x));
  if (!isJsonObject(s)) return s;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(s)) {
    if (k === 'readOnly') continue;
    if (k === 'x-ias-access' && isJsonObject(v))
      out[k] = Object.fromEntries(Object.entries(v).map(([m, list]) => [m, [...(list as string[]), role]]));
    else out[k] = openTo(role, v);
  }
  return out;
}

const RUNS = { numRuns: Number(process.env.IAS_PROPERTY_RUNS ?? 300) };

/** redact never returns a field the role may not read, and removes only such fields. */
function checkRedact(schema: unknown, stored: unknown, role: string | null): void {
  const access = accessOf(schema);
  const { value, removed } = redact(schema, stored, role);
  if (value !== undefined) for (const p of pointers(value)) expect(access.canRead(p, role), p).toBe(true);
  for (const p of removed) {
    expect(access.canRead(p, role), p).toBe(false);
    expect(getAt(stored, p), p).not.toBe(undefined);
  }
}

/** mergeEdit never changes what the role may not write and never loses what it may not read. */
function checkMerge(schema: unknown, stored: unknown, edited: unknown, role: string | null): void {
  const access = accessOf(schema);
  const { value: merged } = mergeEdit(schema, stored, edited, role);
  for (const p of pointers(stored)) {
    if (!access.canRead(p, role)) expect(sameJson(getAt(merged, p), getAt(stored, p)), p).toBe(true);
  }
  for (const p of new Set([...pointers(stored), ...(merged === undefined ? [] : pointers(merged))])) {
    if (!access.canWrite(p, role)) expect(sameJson(getAt(merged, p), getAt(stored, p)), p).toBe(true);
  }
}

describe('access rules (properties over generated schemas)', () => {
  it('redact never returns a field the role may not read, and removes only such fields', () => {
    fc.assert(
      fc.property(caseArb, ({ schema, stored, role }) => checkRedact(schema, stored, role)),
      RUNS,
    );
  });

  it('mergeEdit of an edit of redact(stored) never changes what the role may not write, never loses what it may not read', () => {
    fc.assert(
      fc.property(caseArb, ({ schema, stored, other, role, seed }) => {
        const sent = redact(schema, stored, role).value;
        checkMerge(schema, stored, edit(sent, other, seed), role);
      }),
      RUNS,
    );
  });

  it('sending back what was sent changes nothing and refuses nothing', () => {
    fc.assert(
      fc.property(caseArb, ({ schema, stored, role }) => {
        const sent = redact(schema, stored, role).value;
        const merged = mergeEdit(schema, stored, sent, role);
        expect(merged.refused).toEqual([]);
        expect(sameJson(merged.value, stored)).toBe(true);
      }),
      RUNS,
    );
  });

  it('a role that may read and write everything gets its edit back unchanged', () => {
    fc.assert(
      fc.property(caseArb, ({ schema, stored, other, seed }) => {
        const open = openTo('admin', schema);
        expect(redact(open, stored, 'admin')).toEqual({ value: stored, removed: [] });
        const edited = edit(stored, other, seed);
        const merged = mergeEdit(open, stored, edited, 'admin');
        expect(merged.refused).toEqual([]);
        expect(merged.value).toEqual(edited);
      }),
      RUNS,
    );
  });

  it('holds for every case of the published table too', () => {
    for (const c of table.cases as {
      op: string;
      schema: keyof typeof table.schemas;
      userRole?: string | null;
      value?: unknown;
      stored?: unknown;
      edited?: unknown;
    }[]) {
      const schema = table.schemas[c.schema];
      const role = c.userRole ?? null;
      if (c.op === 'redact') checkRedact(schema, c.value, role);
      if (c.op === 'merge') checkMerge(schema, c.stored, c.edited, role);
    }
  });
});
