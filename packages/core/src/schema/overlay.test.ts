import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  OverlayError,
  applyOverlay,
  checkOverlay,
  mergePatch,
  parseVersionedId,
  versionSatisfies,
} from './overlay.js';
import type { Overlay, OverlayIssue } from './overlay.js';
import { getAt } from './pointer.js';

const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
};

const BASE_ID = 'https://ias-kit.ch/schemas/forms/sem-kurzassessment';

/** A small Kurzassessment-like template: nested objects, `$defs` + `$ref`, arrays, core fields, a restricted block. */
const BASE = deepFreeze({
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `${BASE_ID}@1.2.0`,
  title: 'Kurzassessment',
  type: 'object',
  required: ['meta', 'person'],
  properties: {
    meta: {
      type: 'object',
      required: ['instrument', 'date', 'assessor'],
      properties: {
        instrument: {
          type: 'string',
          enum: ['kurzassessment', 'praxisassessment', 'kompetenzerfassung'],
          'x-ias-core': true,
        },
        date: {
          type: 'string',
          format: 'date',
          'x-ias-core': true,
          'x-ias-title': { de: 'Datum', fr: 'Date' },
        },
        assessor: { type: 'string', maxLength: 200 },
        interpreter: { type: 'boolean', 'x-ias-title': { de: 'Dolmetscher/in beigezogen' } },
      },
    },
    person: {
      type: 'object',
      required: ['name', 'status'],
      properties: {
        name: { $ref: '#/$defs/Name', 'x-ias-core': true },
        status: {
          type: 'string',
          oneOf: [
            { const: 'FL', title: 'Flüchtling (B)' },
            { const: 'VA', title: 'vorläufig aufgenommen (F)' },
            { const: 'VA-FL', title: 'vorläufig aufgenommener Flüchtling (F)' },
          ],
          'x-ias-core': true,
        },
        phone: { type: 'string', maxLength: 30 },
        housing: { type: 'string', enum: ['kollektiv', 'individuell'] },
      },
    },
    languages: { type: 'array', items: { $ref: '#/$defs/Language' } },
    schoolYears: { type: 'integer', minimum: 0, maximum: 20, 'x-ias-core': true },
    health: {
      type: 'object',
      'x-ias-access': { read: ['case-manager'], write: ['case-manager'] },
      properties: {
        workCapacity: { type: 'integer', minimum: 0, maximum: 100 },
        limitations: { type: 'string', maxLength: 2000 },
      },
    },
    notes: { type: 'string', maxLength: 2000 },
  },
  $defs: {
    Name: { type: 'string', minLength: 1, maxLength: 100 },
    Language: {
      type: 'object',
      required: ['code'],
      properties: {
        code: { type: 'string', pattern: '^[a-z]{2,3}$', 'x-ias-core': true },
        speaking: { $ref: '#/$defs/Level', 'x-ias-core': true },
        comment: { type: 'string' },
      },
    },
    Level: { type: 'string', enum: ['keine', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'] },
    Other: { type: 'string' },
  },
});

const CORE = [
  '/properties/meta/properties/instrument',
  '/properties/meta/properties/date',
  '/properties/person/properties/name',
  '/properties/person/properties/status',
  '/properties/schoolYears',
  '/$defs/Language/properties/code',
  '/$defs/Language/properties/speaking',
];

const overlay = (extra: Partial<Overlay>): Overlay =>
  deepFreeze({
    $id: 'https://ias-kit.ch/overlays/zh/kurzassessment@1.0.0',
    base: `${BASE_ID}@^1.0`,
    ...extra,
  });

const issues = (errors: OverlayIssue[]) => errors.map((e) => `${e.code} ${e.pointer}`).sort();

const refused = (o: unknown) => {
  const result = checkOverlay(BASE, o);
  expect(result.ok).toBe(false);
  for (const error of result.errors) expect(error.message).toMatch(/\S/);
  return issues(result.errors);
};

describe('applyOverlay', () => {
  it('applies patch, append, order and hide, and records the overlay id', () => {
    const o = overlay({
      patch: {
        properties: {
          person: {
            properties: { zemis: { type: 'string', maxLength: 20, 'x-ias-title': { de: 'ZEMIS-Nr.' } } },
          },
          meta: { properties: { interpreter: { 'x-ias-title': { fr: 'Interprète présent·e' } } } },
        },
      },
      append: {
        '/properties/person/properties/housing/enum': ['begleitet', 'kollektiv'],
        '/properties/person/required': ['zemis'],
        '/properties/health/required': ['workCapacity'],
      },
      order: { '/properties/person': ['status', 'name', '*'] },
      hide: ['/properties/person/properties/phone'],
    });
    const schema = applyOverlay(BASE, o) as typeof BASE & Record<string, unknown>;
    expect(schema['x-ias-overlay']).toBe(o.$id);
    expect(getAt(schema, '/properties/person/properties/zemis/maxLength')).toBe(20);
    expect(getAt(schema, '/properties/meta/properties/interpreter/x-ias-title')).toEqual({
      de: 'Dolmetscher/in beigezogen',
      fr: 'Interprète présent·e',
    });
    expect(getAt(schema, '/properties/person/properties/housing/enum')).toEqual([
      'kollektiv',
      'individuell',
      'begleitet',
    ]);
    expect(getAt(schema, '/properties/person/required')).toEqual(['name', 'status', 'zemis']);
    expect(getAt(schema, '/properties/health/required')).toEqual(['workCapacity']);
    expect(getAt(schema, '/properties/person/x-ias-order')).toEqual(['status', 'name', '*']);
    expect(getAt(schema, '/properties/person/properties/phone/x-ias-hidden')).toBe(true);
    // structural sharing: untouched parts are the base's own objects
    expect(schema.$defs).toBe(BASE.$defs);
    expect(schema.properties.languages).toBe(BASE.properties.languages);
    expect(schema.properties.person.properties.name).toBe(BASE.properties.person.properties.name);
    expect(BASE).not.toHaveProperty('x-ias-overlay');
  });

  it('lists stacked overlays in order', () => {
    const first = applyOverlay(BASE, overlay({}));
    const second = applyOverlay(first, overlay({ $id: 'https://example.ch/overlays/winterthur@0.1.0' }));
    expect(second['x-ias-overlay']).toEqual([
      'https://ias-kit.ch/overlays/zh/kurzassessment@1.0.0',
      'https://example.ch/overlays/winterthur@0.1.0',
    ]);
  });

  it('throws an OverlayError naming the pointer of a hide target that does not exist', () => {
    let error: unknown;
    try {
      applyOverlay(BASE, overlay({ hide: ['/properties/person/properties/nope', '/properties/person'] }));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(OverlayError);
    const overlayError = error as OverlayError;
    expect(overlayError.code).toBe('overlay.invalid');
    expect(issues(overlayError.errors)).toEqual(['overlay.target /properties/person/properties/nope']);
    expect(overlayError.message).toContain('/properties/person/properties/nope');
  });

  it('refuses an overlay for another template or version', () => {
    expect(() =>
      applyOverlay(BASE, overlay({ base: 'https://ias-kit.ch/schemas/forms/sem-praxisassessment' })),
    ).toThrow(OverlayError);
    expect(refused(overlay({ base: 'https://ias-kit.ch/schemas/forms/sem-praxisassessment' }))).toEqual([
      'overlay.base /base',
    ]);
    expect(refused(overlay({ base: `${BASE_ID}@^2.0.0` }))).toEqual(['overlay.base /base']);
    expect(refused(overlay({ base: `${BASE_ID}@1.2.1` }))).toEqual(['overlay.base /base']);
    expect(checkOverlay(BASE, overlay({ base: `${BASE_ID}@1.2.0` })).ok).toBe(true);
    expect(checkOverlay(BASE, overlay({ base: BASE_ID })).ok).toBe(true);
  });

  it('reports malformed overlay documents with pointers into the overlay', () => {
    expect(refused(null)).toEqual(['overlay.shape ']);
    expect(refused({ base: BASE_ID, patch: [] })).toEqual(['overlay.id /$id', 'overlay.shape /patch']);
    expect(refused(overlay({ $id: 'zh-overlay' }))).toEqual(['overlay.id /$id']);
    expect(refused({ ...overlay({}), hidden: ['/properties/notes'] })).toEqual(['overlay.shape /hidden']);
    expect(refused(overlay({ hide: ['properties/notes', '/properties/notes'] }))).toEqual([
      'overlay.pointer /hide/0',
    ]);
    expect(refused(overlay({ base: `${BASE_ID}@latest` }))).toEqual(['overlay.base /base']);
    expect(refused(overlay({ title: { de: 'ZH', xx: 'y' } as Overlay['title'] }))).toEqual([
      'overlay.shape /title',
    ]);
    expect(refused(overlay({ order: { '/properties/person': ['status', 'nope', 'status'] } }))).toEqual([
      'overlay.order /properties/person',
      'overlay.order /properties/person',
    ]);
    expect(refused(overlay({ order: { '/properties/notes': ['a'] } }))).toEqual([
      'overlay.target /properties/notes',
    ]);
    expect(refused(overlay({ append: { '/properties/notes/maxLength': [1] } }))).toEqual([
      'overlay.target /properties/notes/maxLength',
    ]);
    expect(refused(overlay({ append: { '/x/y': [1] } }))).toEqual(['overlay.target /x/y']);
    expect(refused(overlay({ hide: ['/$defs/Other'] }))).toEqual(['overlay.target /$defs/Other']);
  });

  it('orders properties that come through a $ref', () => {
    const schema = applyOverlay(
      BASE,
      overlay({
        patch: { properties: { lang: { $ref: '#/$defs/Language' } } },
        order: { '/properties/lang': ['speaking', 'code'] },
      }),
    );
    expect(getAt(schema, '/properties/lang/x-ias-order')).toEqual(['speaking', 'code']);
  });
});

describe('checkOverlay: accepted overlays', () => {
  const good: [string, Overlay][] = [
    [
      'adds a field',
      overlay({ patch: { properties: { person: { properties: { zemis: { type: 'string' } } } } } }),
    ],
    [
      'relabels in French, also a core field',
      overlay({
        patch: {
          properties: {
            meta: { properties: { date: { 'x-ias-title': { fr: "Date de l'évaluation" } } } },
            person: {
              properties: {
                status: {
                  oneOf: [
                    { const: 'FL', title: { fr: 'Réfugié·e (B)' } },
                    { const: 'VA' },
                    { const: 'VA-FL' },
                  ],
                },
              },
            },
          },
        },
        title: { de: 'Kanton Zürich', fr: 'Canton de Zurich' },
      }),
    ],
    [
      'adds an enum option to a non-core field',
      overlay({ append: { '/properties/person/properties/housing/enum': ['begleitet'] } }),
    ],
    ['reorders', overlay({ order: { '/properties/meta': ['date', '*', 'instrument'] } })],
    [
      'hides an optional field',
      overlay({ hide: ['/properties/person/properties/phone', '/$defs/Language/properties/comment'] }),
    ],
    [
      'tightens constraints on core fields',
      overlay({
        patch: {
          properties: { schoolYears: { maximum: 15 } },
          $defs: { Name: { maxLength: 60, minLength: 2 } },
        },
      }),
    ],
    [
      'a looser sibling next to $ref cannot loosen',
      overlay({ patch: { properties: { person: { properties: { name: { maxLength: 500 } } } } } }),
    ],
    ['adds a required entry', overlay({ append: { '/properties/person/required': ['phone'] } })],
    [
      'loosens and removes non-core fields',
      overlay({ patch: { properties: { notes: { maxLength: 5000 }, languages: null } } }),
    ],
    [
      'narrows access to the health block',
      overlay({ patch: { properties: { health: { 'x-ias-access': { read: [] } } } } }),
    ],
    [
      'adds a restricted field inside the health block',
      overlay({
        patch: {
          properties: {
            health: {
              properties: {
                ivClarification: { type: 'boolean', 'x-ias-access': { read: ['case-manager'] } },
              },
            },
          },
        },
      }),
    ],
  ];
  for (const [name, o] of good) {
    it(name, () => {
      const result = checkOverlay(BASE, o);
      expect(result.errors).toEqual([]);
      expect(result.ok).toBe(true);
      expect(result.schema).toEqual(applyOverlay(BASE, o));
    });
  }
});

describe('checkOverlay: refused overlays', () => {
  const name = '/properties/person/properties/name';
  const status = '/properties/person/properties/status';
  const cases: [string, Partial<Overlay>, string[]][] = [
    [
      'removes a core field',
      { patch: { properties: { person: { properties: { status: null } } } } },
      [`core.removed ${status}`],
    ],
    [
      'removes an object holding core fields',
      { patch: { $defs: { Language: null } } },
      [
        'core.removed /$defs/Language/properties/code',
        'core.removed /$defs/Language/properties/speaking',
        'schema.ref /properties/languages/items',
      ],
    ],
    [
      'retypes a core field',
      { patch: { properties: { schoolYears: { type: 'string' } } } },
      ['core.type /properties/schoolYears'],
    ],
    [
      'changes a core format',
      { patch: { properties: { meta: { properties: { date: { format: null } } } } } },
      ['core.format /properties/meta/properties/date'],
    ],
    [
      'changes a core $ref target',
      { patch: { properties: { person: { properties: { name: { $ref: '#/$defs/Other' } } } } } },
      [`core.loosened ${name}`, `core.loosened ${name}`, `core.ref ${name}`],
    ],
    [
      'breaks a core $ref',
      { patch: { $defs: { Name: null } } },
      [`core.loosened ${name}`, `core.loosened ${name}`, `core.ref ${name}`, `core.type ${name}`],
    ],
    [
      'removes core enum values through $defs',
      { patch: { $defs: { Level: { enum: ['A1', 'A2', 'B1'] } } } },
      ['core.enum /$defs/Language/properties/speaking'],
    ],
    [
      'adds an enum option to a core field',
      { append: { '/properties/meta/properties/instrument/enum': ['triage'] } },
      ['core.enum /properties/meta/properties/instrument'],
    ],
    [
      'adds a oneOf option to a core field',
      { append: { [`${status}/oneOf`]: [{ const: 'S', title: 'Schutzstatus S' }] } },
      [`core.enum ${status}`],
    ],
    [
      'hides a required field',
      { hide: ['/properties/meta/properties/assessor'] },
      ['hidden.required /properties/meta/properties/assessor'],
    ],
    [
      'hides a core field',
      { patch: { properties: { schoolYears: { 'x-ias-hidden': true } } } },
      ['core.hidden /properties/schoolYears'],
    ],
    [
      'hides a block holding core fields',
      { hide: ['/properties/languages'] },
      ['core.hidden /properties/languages'],
    ],
    [
      'hides a required core field',
      { hide: [status] },
      [`core.hidden ${status}`, `hidden.required ${status}`],
    ],
    [
      'loosens maxLength of a core field through $defs',
      { patch: { $defs: { Name: { maxLength: 200 } } } },
      [`core.loosened ${name}`],
    ],
    [
      'removes a core minimum',
      { patch: { properties: { schoolYears: { minimum: null } } } },
      ['core.loosened /properties/schoolYears'],
    ],
    [
      'removes a core pattern',
      { patch: { $defs: { Language: { properties: { code: { pattern: '.*' } } } } } },
      ['core.loosened /$defs/Language/properties/code'],
    ],
    [
      'drops a core field from required',
      { patch: { properties: { person: { required: ['name'] } } } },
      [`core.required ${status}`],
    ],
    [
      'drops a core field from required inside $defs',
      { patch: { $defs: { Language: { required: [] } } } },
      ['core.required /$defs/Language/properties/code'],
    ],
    [
      'removes x-ias-core',
      { patch: { properties: { schoolYears: { 'x-ias-core': null } } } },
      ['core.unmarked /properties/schoolYears'],
    ],
    [
      'widens x-ias-access read',
      { patch: { properties: { health: { 'x-ias-access': { read: ['case-manager', 'job-coach'] } } } } },
      ['access.widened /properties/health'],
    ],
    [
      'removes x-ias-access',
      { patch: { properties: { health: { 'x-ias-access': null } } } },
      ['access.widened /properties/health'],
    ],
    [
      'drops the write list',
      { patch: { properties: { health: { 'x-ias-access': { write: null } } } } },
      ['access.widened /properties/health'],
    ],
    [
      'opens a field inside a restricted block',
      {
        patch: {
          properties: {
            health: { properties: { limitations: { 'x-ias-access': { read: ['case-manager', 'rav'] } } } },
          },
        },
      },
      ['access.widened /properties/health/properties/limitations'],
    ],
    ['changes the template $id', { patch: { $id: 'https://example.ch/mine' } }, ['schema.id /$id']],
    [
      'changes the dialect',
      { patch: { $schema: 'http://json-schema.org/draft-07/schema#' } },
      ['schema.id /$schema'],
    ],
    [
      'removes a required non-core field',
      { patch: { properties: { meta: { properties: { assessor: null } } } } },
      ['required.removed /properties/meta/properties/assessor'],
    ],
    [
      'adds a remote $ref',
      { patch: { properties: { notes: { $ref: 'https://example.com/notes.schema.json' } } } },
      ['schema.remote-ref /properties/notes'],
    ],
    [
      'makes a $ref loop',
      { patch: { $defs: { Other: { $ref: '#/$defs/Loop' }, Loop: { $ref: '#/$defs/Other' } } } },
      ['schema.ref-loop /$defs/Loop/$ref'],
    ],
    [
      'drops required on a block holding core fields',
      { patch: { required: ['meta'] } },
      ['core.required /properties/person'],
    ],
    [
      'adds a pattern the linear-time engine cannot run',
      { patch: { properties: { notes: { pattern: '^(?!x)' } } } },
      ['schema.pattern /properties/notes/pattern'],
    ],
    [
      'points a $ref at nothing',
      { patch: { properties: { notes: { $ref: '#/$defs/Nope' } } } },
      ['schema.ref /properties/notes'],
    ],
  ];
  for (const [title, extra, expected] of cases) {
    it(title, () => {
      expect(refused(overlay(extra))).toEqual(expected.sort());
    });
  }

  it('names the field in English messages', () => {
    const { errors } = checkOverlay(BASE, overlay({ patch: { $defs: { Name: { maxLength: 200 } } } }));
    expect(errors[0]?.message).toBe(
      'Core field "person.name" (/properties/person/properties/name) must not loosen maxLength from 100 to 200',
    );
    const hidden = checkOverlay(BASE, overlay({ hide: ['/properties/languages'] })).errors[0];
    expect(hidden?.message).toContain(
      'core field "Language.code" (/$defs/Language/properties/code), "Language.speaking"',
    );
  });
});

describe('versions and merge patch', () => {
  it('parses versioned ids', () => {
    expect(parseVersionedId(`${BASE_ID}@1.2.0`)).toEqual({ id: BASE_ID, version: '1.2.0' });
    expect(parseVersionedId(BASE_ID)).toEqual({ id: BASE_ID });
  });

  it('matches npm-style ranges', () => {
    const table: [string, string, boolean][] = [
      ['1.2.3', '1.2.3', true],
      ['1.2.4', '1.2.3', false],
      ['1.9.0', '^1.2', true],
      ['2.0.0', '^1.2', false],
      ['0.2.9', '^0.2.3', true],
      ['0.3.0', '^0.2.3', false],
      ['1.2.9', '~1.2.0', true],
      ['1.3.0', '~1.2.0', false],
      ['1.7.1', '1.x', true],
      ['2.0.0', '1.x', false],
      ['5.0.0', '*', true],
      ['1.5.0', '>=1.2 <2', true],
      ['2.0.0', '>=1.2 <2', false],
      ['3.1.0', '^1.0 || ^3.0', true],
      ['1.2.0', '>1.2', false],
      ['1.3.0', '>1.2', true],
      ['1.2.5', '<=1.2', true],
      ['1.3.0', '<=1.2', false],
      ['1.0.0-beta', '1.0.0', true],
    ];
    for (const [version, range, expected] of table)
      expect([version, range, versionSatisfies(version, range)]).toEqual([version, range, expected]);
    expect(versionSatisfies('1.0.0', 'latest')).toBeUndefined();
    expect(versionSatisfies('one', '1.0.0')).toBeUndefined();
  });

  it('follows the RFC 7386 examples', () => {
    const examples: [unknown, unknown, unknown][] = [
      [{ a: 'b' }, { a: 'c' }, { a: 'c' }],
      [{ a: 'b' }, { b: 'c' }, { a: 'b', b: 'c' }],
      [{ a: 'b' }, { a: null }, {}],
      [{ a: 'b', b: 'c' }, { a: null }, { b: 'c' }],
      [{ a: ['b'] }, { a: 'c' }, { a: 'c' }],
      [{ a: 'c' }, { a: ['b'] }, { a: ['b'] }],
      [{ a: { b: 'c' } }, { a: { b: 'd', c: null } }, { a: { b: 'd' } }],
      [{ a: [{ b: 'c' }] }, { a: [1] }, { a: [1] }],
      [
        ['a', 'b'],
        ['c', 'd'],
        ['c', 'd'],
      ],
      [{ a: 'b' }, ['c'], ['c']],
      [{ a: 'foo' }, null, null],
      [{ a: 'foo' }, 'bar', 'bar'],
      [{ e: null }, { a: 1 }, { e: null, a: 1 }],
      [[1, 2], { a: 'b', c: null }, { a: 'b' }],
      [{}, { a: { bb: { ccc: null } } }, { a: { bb: {} } }],
    ];
    for (const [target, patch, result] of examples) {
      expect(mergePatch(deepFreeze(target), deepFreeze(patch))).toEqual(result);
    }
  });
});

// ---------------------------------------------------------------------------------------------------
// Properties

const NON_CORE_FIELDS = [
  ['properties', 'notes'],
  ['properties', 'meta', 'properties', 'interpreter'],
  ['properties', 'person', 'properties', 'phone'],
  ['properties', 'person', 'properties', 'housing'],
  ['properties', 'health', 'properties', 'workCapacity'],
  ['$defs', 'Language', 'properties', 'comment'],
  ['$defs', 'Other'],
];
const OBJECTS = [
  [],
  ['properties', 'meta'],
  ['properties', 'person'],
  ['properties', 'health'],
  ['$defs', 'Language'],
];
const ANNOTATIONS = [
  'title',
  'description',
  'x-ias-title',
  'x-ias-description',
  'x-ias-help',
  'x-ias-widget',
];

/** Nests `value` under `path` as a merge patch. */
const nest = (path: readonly string[], value: unknown): unknown =>
  path.reduceRight<unknown>(
    (inner, key) => Object.defineProperty({}, key, { value: inner, enumerable: true }),
    value,
  );

/** Deep-merges patches (later wins), keeping `null`s. */
const combine = (a: unknown, b: unknown): unknown => {
  if (
    typeof a !== 'object' ||
    a === null ||
    Array.isArray(a) ||
    typeof b !== 'object' ||
    b === null ||
    Array.isArray(b)
  )
    return b;
  const out: Record<string, unknown> = { ...(a as Record<string, unknown>) };
  for (const [k, v] of Object.entries(b))
    Object.defineProperty(out, k, { value: combine(out[k], v), enumerable: true, writable: true });
  return out;
};

const json = fc.jsonValue({ maxDepth: 3 });
const localized = fc.oneof(fc.string(), fc.dictionary(fc.constantFrom('de', 'fr', 'it', 'en'), fc.string()));
/** One merge-patch fragment that touches no core path. */
const nonCoreFragment = fc.oneof(
  fc
    .tuple(fc.constantFrom(...NON_CORE_FIELDS), fc.oneof(json, fc.constant(null)))
    .map(([path, value]) => nest(path, value)),
  fc
    .tuple(fc.constantFrom(...OBJECTS), fc.string({ minLength: 1 }), json)
    .filter(([path, name]) => getAt(BASE, [...path, 'properties', name]) === undefined)
    .map(([path, name, value]) => nest([...path, 'properties', name], value)),
  fc
    .tuple(fc.constantFrom(...CORE, ''), fc.constantFrom(...ANNOTATIONS), localized)
    .map(([pointer, keyword, text]) => nest([...pointer.split('/').slice(1), keyword], text)),
);
const nonCorePatch = fc
  .array(nonCoreFragment, { maxLength: 5 })
  .map((parts) => parts.reduce(combine, {}) as Record<string, unknown>);

const nonCoreOverlay = fc.record(
  {
    patch: nonCorePatch,
    hide: fc.subarray([
      '/properties/notes',
      '/properties/person/properties/phone',
      '/$defs/Language/properties/comment',
    ]),
    order: fc.constantFrom<Record<string, string[]>>({}, { '/properties/person': ['phone', '*'] }),
    append: fc.constantFrom<Record<string, unknown[]>>(
      {},
      { '/properties/person/properties/housing/enum': ['begleitet'] },
    ),
  },
  { requiredKeys: ['patch'] },
);

describe('properties', () => {
  it('merge patches that touch only non-core paths never raise core issues', () => {
    fc.assert(
      fc.property(nonCoreOverlay, (extra) => {
        const result = checkOverlay(BASE, overlay(extra));
        expect(result.errors.filter((e) => e.code.startsWith('core.'))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  }, 30_000); // 300 overlays checked against the template: seconds on a shared machine

  it('applyOverlay and checkOverlay never mutate their (deep-frozen) inputs', () => {
    const snapshot = structuredClone(BASE);
    fc.assert(
      fc.property(nonCoreOverlay, fc.oneof(nonCorePatch, json), (extra, anyPatch) => {
        for (const o of [overlay(extra), deepFreeze({ ...overlay({}), patch: anyPatch })]) {
          const copy = structuredClone(o);
          const check = checkOverlay(BASE, o);
          if (check.ok) expect(applyOverlay(BASE, o)).toEqual(check.schema);
          expect(o).toEqual(copy);
        }
        expect(BASE).toEqual(snapshot);
      }),
      { numRuns: 200 },
    );
  });

  it('checkOverlay never throws, and an accepted overlay keeps every core field', () => {
    const anywhere = fc
      .tuple(
        fc.constantFrom(
          ...CORE,
          ...NON_CORE_FIELDS.map((p) => `/${p.join('/')}`),
          '/properties/person',
          '/$defs/Name',
        ),
        json,
      )
      .map(([pointer, value]) => nest(pointer.split('/').slice(1), value));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.array(anywhere, { maxLength: 3 }).map((p) => ({ patch: p.reduce(combine, {}) })),
        ),
        (raw) => {
          const o =
            typeof raw === 'object' && raw !== null && !Array.isArray(raw) && 'patch' in raw
              ? overlay(raw as Partial<Overlay>)
              : raw;
          const result = checkOverlay(BASE, o);
          expect(result.ok).toBe(result.errors.length === 0);
          if (!result.ok) return;
          for (const pointer of CORE) expect(getAt(result.schema, `${pointer}/x-ias-core`)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
