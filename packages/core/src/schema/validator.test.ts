import { describe, it, expect } from 'vitest';
import standaloneCodeImport from 'ajv/dist/standalone/index.js';
import fixture from '../testing/csp-template.schema.json';
import * as precompiled from '../../../form/generated/csp-template.validator.js';
import {
  compileSchema,
  conditionalPointers,
  createAjv,
  resetAjvCache,
  detectDraft,
  fromStandalone,
  prepareStandalone,
  schemaHash,
  SchemaError,
  type StandaloneModule,
} from './validator.js';
import { IasError } from '../errors.js';
import { thrown } from '../testing/thrown.js';

const standaloneCode = ((standaloneCodeImport as unknown as { default?: unknown }).default ??
  standaloneCodeImport) as typeof standaloneCodeImport;

/** Runs `fn`, expects a SchemaError and returns it. */
function schemaError(fn: () => unknown): SchemaError {
  const error = thrown(SchemaError, fn);
  expect(error).toBeInstanceOf(IasError);
  return error;
}

describe('detectDraft', () => {
  it('defaults to 2020-12 without $schema', () => {
    expect(detectDraft({ type: 'object' })).toBe('2020-12');
    expect(detectDraft(true)).toBe('2020-12');
  });

  it('reads the draft with or without "#", over http or https', () => {
    for (const uri of [
      'https://json-schema.org/draft/2020-12/schema',
      'https://json-schema.org/draft/2020-12/schema#',
      'http://json-schema.org/draft/2020-12/schema',
    ]) {
      expect(detectDraft({ $schema: uri })).toBe('2020-12');
    }
    expect(detectDraft({ $schema: 'https://json-schema.org/draft/2019-09/schema' })).toBe('2019-09');
    for (const uri of [
      'http://json-schema.org/draft-07/schema#',
      'http://json-schema.org/draft-07/schema',
      'https://json-schema.org/draft-07/schema#',
    ]) {
      expect(detectDraft({ $schema: uri })).toBe('draft-07');
    }
    expect(detectDraft({ $schema: 'http://json-schema.org/draft-06/schema#' })).toBe('draft-06');
  });

  it('refuses draft-04 and unknown meta-schemas with the pointer /$schema', () => {
    const old = schemaError(() => detectDraft({ $schema: 'http://json-schema.org/draft-04/schema#' }));
    expect(old.code).toBe('schema.draft');
    expect(old.pointer).toBe('/$schema');
    expect(old.message).toMatch(/draft-04 is not supported/);
    const unknown = schemaError(() => detectDraft({ $schema: 'https://example.org/my-meta' }));
    expect(unknown.code).toBe('schema.draft');
    expect(unknown.message).toMatch(/unknown meta-schema/);
    expect(schemaError(() => detectDraft({ $schema: 7 })).pointer).toBe('/$schema');
  });
});

describe('compileSchema across drafts', () => {
  it('validates a draft-07 schema with definitions and dependencies', () => {
    const schema = {
      $schema: 'http://json-schema.org/draft-07/schema#',
      type: 'object',
      definitions: { plz: { type: 'string', pattern: '^[1-9][0-9]{3}$' } },
      properties: {
        street: { type: 'string' },
        zip: { $ref: '#/definitions/plz' },
        permit: { type: 'string', enum: ['B', 'F'] },
        since: { type: 'string', format: 'date' },
      },
      dependencies: { street: ['zip'], permit: { required: ['since'] } },
    };
    const v = compileSchema(schema);
    expect(v.draft).toBe('draft-07');
    expect(v.validate({ street: 'Bahnhofstrasse 1', zip: '8001' }).valid).toBe(true);
    expect(v.validate({ zip: '0800' }).valid).toBe(false);
    const missing = v.validate({ street: 'Bahnhofstrasse 1', permit: 'B' });
    expect(missing.errors.map((e) => e.pointer).sort()).toEqual(['/since', '/zip']);
    expect(v.conditionalPointers).toEqual(['/dependencies/permit']);
    expect(v.test('/dependencies/permit', { since: '2024-01-01' })).toBe(true);
  });

  it('accepts the https spelling of the draft-07 meta-schema', () => {
    const v = compileSchema({ $schema: 'https://json-schema.org/draft-07/schema', type: 'integer' });
    expect(v.validate(3).valid).toBe(true);
    expect(v.validate(3.5).valid).toBe(false);
  });

  it('validates draft-06 and 2019-09 schemas', () => {
    const d6 = compileSchema({
      $schema: 'http://json-schema.org/draft-06/schema#',
      type: 'string',
      maxLength: 2,
    });
    expect(d6.draft).toBe('draft-06');
    expect(d6.validate('abc').valid).toBe(false);
    const d19 = compileSchema({
      $schema: 'https://json-schema.org/draft/2019-09/schema',
      type: 'object',
      properties: { a: { type: 'string' }, b: { type: 'string' } },
      dependentRequired: { a: ['b'] },
    });
    expect(d19.validate({ a: 'x' }).errors[0]?.pointer).toBe('/b');
  });

  it('validates 2020-12 $defs, dependentRequired, dependentSchemas and unevaluatedProperties', () => {
    const schema = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      $defs: { name: { type: 'string', minLength: 1 } },
      properties: {
        first: { $ref: '#/$defs/name' },
        last: { $ref: '#/$defs/name' },
        permit: { type: 'string' },
      },
      dependentRequired: { first: ['last'] },
      dependentSchemas: {
        permit: {
          properties: { permitSince: { type: 'string', format: 'date' } },
          required: ['permitSince'],
        },
      },
    };
    const v = compileSchema(schema);
    expect(v.validate({ first: 'Amina', last: 'Haddad' }).valid).toBe(true);
    expect(v.validate({ first: 'Amina' }).errors.map((e) => [e.pointer, e.keyword])).toEqual([
      ['/last', 'dependentRequired'],
    ]);
    expect(v.validate({ permit: 'B', permitSince: 'soon' }).errors.map((e) => e.pointer)).toEqual([
      '/permitSince',
    ]);
    expect(v.validate({ permit: 'B' }).errors.map((e) => e.pointer)).toEqual(['/permitSince']);
    expect(v.conditionalPointers).toEqual(['/dependentSchemas/permit']);
    expect(v.test('/dependentSchemas/permit', { permitSince: '2024-02-29' })).toBe(true);

    // Ajv 8.20 loses evaluated properties when dependentSchemas sits next to unevaluatedProperties
    // (ajv-validator/ajv#2483), so unevaluatedProperties is shown here with allOf only.
    const closed = compileSchema({
      type: 'object',
      $defs: { name: { type: 'string', minLength: 1 } },
      properties: { first: { $ref: '#/$defs/name' } },
      allOf: [{ properties: { note: { type: 'string' } } }],
      unevaluatedProperties: false,
    });
    expect(closed.validate({ first: 'Amina', note: 'ok' }).valid).toBe(true);
    const extra = closed.validate({ first: 'A', stray: 1 });
    expect(extra.errors.map((e) => [e.pointer, e.keyword, e.params.unevaluatedProperty])).toEqual([
      ['', 'unevaluatedProperties', 'stray'],
    ]);
  });

  it('compiles a boolean schema', () => {
    expect(compileSchema(true).validate(1).valid).toBe(true);
    const no = compileSchema(false).validate(1, 'fr');
    expect(no.valid).toBe(false);
    expect(no.errors[0]?.message).toBe('Cette donnée n’est pas admise ici.');
  });

  it('never mutates the schema', () => {
    const schema = {
      $schema: 'https://json-schema.org/draft-07/schema#',
      type: 'object',
      properties: { a: { type: 'string', format: 'phone', 'x-unknown': 1 } },
    };
    const copy = structuredClone(schema);
    compileSchema(schema, { strict: 'log' });
    expect(schema).toEqual(copy);
  });
});

describe('the x-ias vocabulary', () => {
  it('accepts every x-ias keyword in strict mode', () => {
    const schema = {
      type: 'object',
      'x-ias-order': ['name', '*'],
      'x-ias-groups': [{ id: 'p', title: { de: 'Person', fr: 'Personne' }, fields: ['name'], columns: 2 }],
      'x-ias-columns': 2,
      properties: {
        name: {
          type: 'string',
          pattern: '^\\p{L}+$',
          'x-ias-widget': 'text',
          'x-ias-title': { de: 'Name', fr: 'Nom', it: 'Nome', en: 'Name', rm: 'Num' },
          'x-ias-description': 'Familienname',
          'x-ias-help': { de: 'Wie im Ausweis' },
          'x-ias-placeholder': { de: 'Muster' },
          'x-ias-access': { read: ['case-worker', 'assessor'], write: ['case-worker'] },
          'x-ias-core': true,
          'x-ias-hidden': false,
          'x-ias-messages': { pattern: { de: 'Nur Buchstaben.', fr: 'Seulement des lettres.' } },
        },
      },
    };
    const v = compileSchema(schema, { strict: true });
    expect(v.notices).toEqual([]);
    expect(v.validate({ name: 'Müller' }).valid).toBe(true);
  });

  it('refuses a malformed x-ias-access with its pointer', () => {
    const e = schemaError(() =>
      compileSchema({
        type: 'object',
        properties: { a: { type: 'string', 'x-ias-access': { read: 'case-worker' } } },
      }),
    );
    expect(e.code).toBe('schema.keyword');
    expect(e.pointer).toBe('/properties/a/x-ias-access/read');
    expect(e.message).toMatch(/x-ias-access/);
    const other = schemaError(() => compileSchema({ type: 'object', 'x-ias-columns': 9 }, { strict: 'log' }));
    expect(other.pointer).toBe('/x-ias-columns');
  });
});

describe('schema errors name the pointer at fault', () => {
  it('an unknown $ref → the pointer of the $ref', () => {
    const e = schemaError(() =>
      compileSchema({
        type: 'object',
        $defs: { a: { type: 'string' } },
        properties: { ok: { $ref: '#/$defs/a' }, bad: { allOf: [{ $ref: '#/$defs/missing' }] } },
      }),
    );
    expect(e.code).toBe('schema.ref');
    expect(e.pointer).toBe('/properties/bad/allOf/0/$ref');
    expect(e.message).toContain('#/$defs/missing');
  });

  it('a wrong type keyword → its pointer', () => {
    const e = schemaError(() => compileSchema({ type: 'object', properties: { x: { type: 'strin' } } }));
    expect(e.code).toBe('schema.invalid');
    expect(e.pointer).toBe('/properties/x/type');
    expect(e.message).toMatch(/allowed values/);
    expect(e.field).toBe('/properties/x/type');
  });

  it('a bad regular expression → the pointer of the pattern', () => {
    const e = schemaError(() =>
      compileSchema({ type: 'object', properties: { a: { type: 'string', pattern: '[' } } }),
    );
    expect(e.pointer).toBe('/properties/a/pattern');
  });

  it('strict mode: unknown keyword and format are errors, notices in log mode, ignored when off', () => {
    const schema = { type: 'object', properties: { a: { type: 'string', format: 'ahv', widget: 'x' } } };
    const e = schemaError(() => compileSchema(schema, { strict: true }));
    expect(e.code).toBe('schema.strict');
    expect(e.problems.map((p) => p.pointer).sort()).toEqual(['/properties/a/format', '/properties/a/widget']);
    const logged = compileSchema(schema, { strict: 'log' });
    expect(logged.notices.map((n) => [n.pointer, n.keyword]).sort()).toEqual([
      ['/properties/a/format', 'format'],
      ['/properties/a/widget', 'widget'],
    ]);
    expect(logged.validate({ a: 'anything' }).valid).toBe(true);
    expect(compileSchema(schema, { strict: false }).notices).toEqual([]);
    // The same object compiled strictly again is still refused (the compiled validator is reused, the verdict is not).
    expect(schemaError(() => compileSchema(schema)).code).toBe('schema.strict');
  });

  it('strict mode: then without if, and a keyword without its type, are located', () => {
    const thenOnly = schemaError(() =>
      compileSchema({ type: 'object', properties: { a: { then: { minimum: 1 } } } }),
    );
    expect(thenOnly.pointer).toBe('/properties/a/then');
    const untyped = schemaError(() => compileSchema({ type: 'object', properties: { a: { maxLength: 3 } } }));
    expect(untyped.pointer).toBe('/properties/a/maxLength');
    const log = compileSchema({ type: 'object', properties: { a: { maxLength: 3 } } }, { strict: 'log' });
    expect(log.notices[0]?.pointer).toBe('/properties/a/maxLength');
  });

  it('refuses what is not a schema', () => {
    expect(schemaError(() => compileSchema('string')).code).toBe('schema.invalid');
    expect(schemaError(() => compileSchema([])).pointer).toBe('');
  });
});

describe('test(schemaPointer, data)', () => {
  const schema = {
    type: 'object',
    $defs: { swissZip: { type: 'string', pattern: '^[1-9][0-9]{3}$' } },
    properties: {
      status: { type: 'string', enum: ['B', 'F', 'VA'] },
      address: {
        oneOf: [
          {
            type: 'object',
            properties: { country: { const: 'CH' }, zip: { $ref: '#/$defs/swissZip' } },
            required: ['country'],
          },
          {
            type: 'object',
            properties: { country: { type: 'string', not: { const: 'CH' } } },
            required: ['country'],
          },
        ],
      },
    },
    allOf: [
      {
        if: { properties: { status: { const: 'F' } }, required: ['status'] },
        then: { required: ['address'] },
      },
      { if: { properties: { status: { enum: ['B', 'VA'] } }, required: ['status'] }, else: true, then: true },
    ],
  };
  const v = compileSchema(schema);

  it('lists the conditional pointers in document order', () => {
    expect(v.conditionalPointers).toEqual([
      '/properties/address/oneOf/0',
      '/properties/address/oneOf/1',
      '/allOf/0/if',
      '/allOf/1/if',
    ]);
    expect(conditionalPointers(schema)).toEqual(v.conditionalPointers);
  });

  it('evaluates if conditions and oneOf branches, with $refs resolved against the root', () => {
    expect(v.test('/allOf/0/if', { status: 'F' })).toBe(true);
    expect(v.test('/allOf/0/if', { status: 'B' })).toBe(false);
    expect(v.test('/allOf/0/if', {})).toBe(false);
    expect(v.test('/allOf/1/if', { status: 'VA' })).toBe(true);
    expect(v.test('/properties/address/oneOf/0', { country: 'CH', zip: '3000' })).toBe(true);
    expect(v.test('/properties/address/oneOf/0', { country: 'CH', zip: '0300' })).toBe(false);
    expect(v.test('/properties/address/oneOf/1', { country: 'DE' })).toBe(true);
    expect(v.test('/allOf/1/then', {})).toBe(true);
    expect(v.test('', { status: 'F' })).toBe(false);
  });

  it('refuses pointers that are not sub-schemas', () => {
    expect(schemaError(() => v.test('/properties', {})).code).toBe('schema.pointer');
    expect(schemaError(() => v.test('/allOf/7/if', {})).pointer).toBe('/allOf/7/if');
    expect(schemaError(() => v.test('/properties/status/enum', {})).code).toBe('schema.pointer');
  });

  it('works for schemas with an $id, also when another schema claims the same $id', () => {
    const a = compileSchema({
      $id: 'https://ias-kit.ch/test/same',
      type: 'object',
      properties: { n: { type: 'integer', minimum: 5 } },
    });
    const b = compileSchema({
      $id: 'https://ias-kit.ch/test/same',
      type: 'object',
      properties: { n: { type: 'integer', maximum: 5 } },
    });
    expect(a.validate({ n: 7 }).valid).toBe(true);
    expect(b.validate({ n: 7 }).valid).toBe(false);
    expect(a.test('/properties/n', 7)).toBe(true);
    expect(b.test('/properties/n', 7)).toBe(false);
    // A copy with the same content (a schema re-parsed from the same JSON) shares the first registration.
    const copy = compileSchema(
      structuredClone({
        $id: 'https://ias-kit.ch/test/same',
        type: 'object',
        properties: { n: { type: 'integer', minimum: 5 } },
      }),
    );
    expect(copy.validate({ n: 4 }).errors.map((e) => e.message)).toEqual(['Mindestens 5.']);
    expect(copy.test('/properties/n', 6)).toBe(true);
  });

  it('escapes property names in pointers and follows recursive $refs', () => {
    const tree = {
      type: 'object',
      $defs: {
        node: {
          type: 'object',
          properties: {
            'c/o name': { type: 'string' },
            kids: { type: 'array', items: { $ref: '#/$defs/node' } },
          },
        },
      },
      properties: {
        'c/o name': { oneOf: [{ type: 'string', maxLength: 3 }, { type: 'null' }] },
        root: { $ref: '#/$defs/node' },
      },
    };
    const t = compileSchema(tree);
    expect(t.conditionalPointers).toEqual(['/properties/c~1o name/oneOf/0', '/properties/c~1o name/oneOf/1']);
    expect(t.test('/properties/c~1o name/oneOf/0', 'abc')).toBe(true);
    expect(t.test('/properties/c~1o name/oneOf/0', 'abcd')).toBe(false);
    expect(t.test('/$defs/node', { kids: [{ kids: [{ 'c/o name': 1 }] }] })).toBe(false);
    expect(
      t.validate({ root: { kids: [{ kids: [{ 'c/o name': 1 }] }] } }).errors.map((e) => e.pointer),
    ).toEqual(['/root/kids/0/kids/0/c~1o name']);
  });

  it('reuses the compiled validator for the same schema object', () => {
    const again = compileSchema(schema);
    expect(again.test('/allOf/0/if', { status: 'F' })).toBe(true);
    expect(again.validate({ status: 'F' }).errors.map((e) => e.pointer)).toEqual(['/address']);
  });
});

describe('createAjv', () => {
  it('registers formats and the x-ias vocabulary, strict by default', () => {
    const ajv = createAjv('2020-12');
    expect(ajv.validate({ type: 'string', format: 'date', 'x-ias-widget': 'date' }, '2024-02-29')).toBe(true);
    expect(ajv.validate({ type: 'string', format: 'date' }, '2023-02-29')).toBe(false);
    expect(() => ajv.compile({ type: 'string', widget: 'date' })).toThrow(/unknown keyword/);
    const notes: unknown[] = [];
    const lenient = createAjv('draft-07', {
      strict: 'log',
      logger: { log() {}, warn: (m) => notes.push(m), error() {} },
    });
    expect(lenient.validate({ type: 'string', widget: 'date' }, 'x')).toBe(true);
    expect(notes).toEqual(['strict mode: unknown keyword: "widget"']);
  });

  it('starts over after resetAjvCache, and validators made before keep working', () => {
    const before = compileSchema({
      type: 'object',
      properties: { a: { type: 'number', if: { minimum: 1 }, then: { maximum: 5 } } },
    });
    resetAjvCache();
    const after = compileSchema({ type: 'integer', minimum: 2 });
    expect(before.test('/properties/a/if', 3)).toBe(true);
    expect(before.validate({ a: 9 }).valid).toBe(false);
    expect(after.validate(1).valid).toBe(false);
  });
});

describe('precompiled (standalone) validators', () => {
  const samples: unknown[] = [
    { lastName: 'Muster', birthDate: '1990-05-17', children: 2, hasJob: true, employer: 'Migros' },
    { birthDate: '1990-02-30', children: -1 },
    {
      lastName: 'Haddad',
      birthDate: '2001-11-03',
      hasJob: true,
      ahvNumber: '756.12',
      contact: { kind: 'phone' },
    },
    { lastName: 'X', birthDate: '2001-11-03', contact: { kind: 'email', email: 'nope' } },
  ];

  it('gives the same results as the run-time compile, without generating code', () => {
    const pre = fromStandalone(precompiled, fixture);
    const run = compileSchema(fixture);
    expect(pre.precompiled).toBe(true);
    expect(pre.draft).toBe('2020-12');
    expect(pre.conditionalPointers).toEqual(run.conditionalPointers);
    for (const sample of samples) {
      for (const locale of ['de', 'fr'] as const) {
        expect(pre.validate(sample, locale).errors).toEqual(run.validate(sample, locale).errors);
      }
    }
    expect(pre.test('/allOf/0/if', { hasJob: true })).toBe(true);
    expect(pre.test('/properties/contact/oneOf/1', { kind: 'email', email: 'a@b.ch' })).toBe(true);
  });

  it('refuses a pointer that was not precompiled, a foreign module and a changed schema', () => {
    const pre = fromStandalone(precompiled, fixture);
    const missing = schemaError(() => pre.test('/properties/lastName', 'x'));
    expect(missing.code).toBe('schema.precompiled');
    expect(missing.pointer).toBe('/properties/lastName');
    expect(schemaError(() => fromStandalone({ pointers: {} } as StandaloneModule, fixture)).code).toBe(
      'schema.precompiled',
    );
    const changed = { ...fixture, required: ['lastName'] };
    expect(schemaError(() => fromStandalone(precompiled, changed)).message).toMatch(/another schema/);
    expect(fromStandalone(precompiled, changed, { verify: false }).precompiled).toBe(true);
  });

  it('prepares deterministic standalone code for every conditional pointer', () => {
    const one = prepareStandalone(fixture);
    const two = prepareStandalone(structuredClone(fixture));
    expect(one.pointers).toEqual({
      '': 'validate',
      '/properties/contact/oneOf/0': 'cond0',
      '/properties/contact/oneOf/1': 'cond1',
      '/allOf/0/if': 'cond2',
    });
    expect(standaloneCode(one.ajv, one.refs)).toBe(standaloneCode(two.ajv, two.refs));
    expect(one.hash).toBe(schemaHash(fixture));
    expect(precompiled.hash).toBe(one.hash);
  });

  it('hashes content, not key order', () => {
    expect(schemaHash({ a: 1, b: [1, { c: 2, d: 3 }] })).toBe(schemaHash({ b: [1, { d: 3, c: 2 }], a: 1 }));
    expect(schemaHash({ a: 1 })).not.toBe(schemaHash({ a: 2 }));
  });
});

describe('schemas people bring', () => {
  it('compiles a schema whose $id is a meta-schema URI instead of recursing', () => {
    const schema = {
      $schema: 'http://json-schema.org/draft-07/schema#',
      $id: 'http://json-schema.org/draft-07/schema#',
      definitions: { name: { type: 'string' } },
      type: 'object',
      properties: { name: { $ref: '#/definitions/name' } },
    };
    const v = compileSchema(schema, { strict: 'log' });
    expect(v.validate({ name: 'Aylin' }).valid).toBe(true);
    expect(v.validate({ name: 1 }).valid).toBe(false);
    // The same schema again, and one more with the same id but other content, also compile.
    expect(compileSchema({ ...schema }, { strict: 'log' }).validate({ name: 2 }).valid).toBe(false);
    expect(compileSchema({ ...schema, properties: {} }, { strict: 'log' }).validate({ name: 2 }).valid).toBe(
      true,
    );
  });

  it('reads draft-07 from the keywords when $schema is absent or the generic URI', () => {
    const tuple = { type: 'array', items: [{ type: 'string' }, { type: 'integer' }], additionalItems: false };
    expect(detectDraft(tuple)).toBe('draft-07');
    expect(detectDraft({ definitions: { a: {} }, properties: { a: { $ref: '#/definitions/a' } } })).toBe(
      'draft-07',
    );
    expect(detectDraft({ $defs: { a: {} }, definitions: {} })).toBe('2020-12');
    expect(detectDraft({ properties: { definitions: { type: 'string' } } })).toBe('2020-12');
    const v = compileSchema(tuple, { strict: 'log' });
    expect(v.draft).toBe('draft-07');
    expect(v.validate(['a', 1]).valid).toBe(true);
    expect(v.validate(['a', 'b']).valid).toBe(false);
    const generic = { $schema: 'http://json-schema.org/schema#', type: 'object', dependencies: { a: ['b'] } };
    expect(detectDraft(generic)).toBe('draft-07');
    expect(compileSchema(generic).validate({ a: 1 }).valid).toBe(false);
    expect(detectDraft({ $schema: 'http://json-schema.org/schema#', type: 'string' })).toBe('2020-12');
  });

  it('validates catastrophic-backtracking patterns in linear time', () => {
    const v = compileSchema({
      type: 'object',
      properties: { a: { type: 'string', pattern: '^(a+)+$' } },
      patternProperties: { '^(x+x+)+y$': { type: 'number' } },
    });
    const hostile = 'a'.repeat(20000) + '!';
    expect(v.validate({ a: hostile }).valid).toBe(false);
    expect(v.validate({ a: 'aaa', ['x'.repeat(20000)]: 'not checked: no match' }).valid).toBe(true);
    expect(v.validate({ xxy: 'a string' }).valid).toBe(false);
  });

  it('reports patterns the linear engine cannot express with their pointer', () => {
    const schema = {
      type: 'object',
      properties: { pw: { type: 'string', pattern: '^(?=.*\\d).{8,}$' } },
      patternProperties: { '^(a)\\1$': {} },
    };
    const e = schemaError(() => compileSchema(schema, { strict: false }));
    expect(e.code).toBe('schema.pattern');
    expect(e.pointer).toBe('/patternProperties/^(a)\\1$');
    expect(e.message).toMatch(/backreference/);
    expect(e.problems.map((p) => p.pointer)).toEqual([
      '/patternProperties/^(a)\\1$',
      '/properties/pw/pattern',
    ]);
    // A form (strict: 'log') still mounts: the pattern is listed as a notice and not checked.
    const v = compileSchema(schema, { strict: 'log' });
    expect(v.notices.map((n) => n.pointer)).toContain('/properties/pw/pattern');
    expect(v.validate({ pw: 'short' }).valid).toBe(true);
  });
});

describe('$ref loops and bundled resources', () => {
  it('reports a $ref loop at the $ref that closes it, with a clear message', () => {
    const schema = {
      type: 'object',
      properties: { a: { $ref: '#/$defs/a' } },
      $defs: { a: { $ref: '#/$defs/b' }, b: { allOf: [{ $ref: '#/$defs/a' }] } },
    };
    const e = schemaError(() => compileSchema(schema, { strict: 'log' }));
    expect(e.code).toBe('schema.ref');
    expect(e.pointer).toBe('/$defs/b/allOf/0/$ref');
    expect(e.message).toContain('leads back to itself (/$defs/a → /$defs/b → /$defs/b/allOf/0 → /$defs/a)');
    // Recursion that steps into the data is no loop.
    const tree = { type: 'object', properties: { children: { type: 'array', items: { $ref: '#' } } } };
    expect(compileSchema(tree).validate({ children: [{ children: [] }] }).valid).toBe(true);
  });
});
