import { describe, it, expect } from 'vitest';
import { applyOverlay, checkOverlay, type Overlay } from './overlay.js';
import { BASE, overlay, refused } from '../testing/overlay-template.js';

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
