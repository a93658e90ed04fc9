import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { toFieldErrors, fieldErrorMessage, type AjvErrorLike } from './errors.js';
import { compileSchema, type SchemaDraft } from './validator.js';
import {
  formatIsoDate,
  formatNumber,
  validationMessage,
  VALIDATION_MESSAGE_IDS,
  VALIDATION_MESSAGES,
  type MessageArgs,
} from '../i18n/messages.js';
import { LOCALES, type Locale } from '../i18n/locales.js';

/** Validates `data` against `schema` and returns [pointer, message] per field error in `locale`. */
function messages(schema: object, data: unknown, locale: Locale = 'de'): [string, string][] {
  return compileSchema(schema)
    .validate(data, locale)
    .errors.map((e) => [e.pointer, e.message]);
}

const person = {
  type: 'object',
  properties: {
    name: { type: 'string', maxLength: 200 },
    birthDate: { type: 'string', format: 'date' },
    children: { type: 'integer', minimum: 0 },
    income: { type: 'number', minimum: 1000 },
    ahv: {
      type: 'string',
      pattern: '^756\\.\\d{4}\\.\\d{4}\\.\\d{2}$',
      'x-ias-messages': {
        pattern: {
          de: 'AHV-Nummer als 756.1234.5678.97.',
          fr: 'Numéro AVS au format 756.1234.5678.97.',
          it: 'Numero AVS nel formato 756.1234.5678.97.',
          en: 'AHV number as 756.1234.5678.97.',
        },
      },
    },
  },
  required: ['name', 'birthDate'],
};

describe('messages in the four languages', () => {
  const cases: [Locale, string, string, string, string][] = [
    // locale, required, minimum (children), format date, pattern override
    [
      'de',
      'Bitte ausfüllen.',
      'Mindestens 0.',
      'Bitte ein gültiges Datum im Format TT.MM.JJJJ eingeben.',
      'AHV-Nummer als 756.1234.5678.97.',
    ],
    [
      'fr',
      'Veuillez remplir ce champ.',
      'Au moins 0.',
      'Veuillez saisir une date valable au format JJ.MM.AAAA.',
      'Numéro AVS au format 756.1234.5678.97.',
    ],
    [
      'it',
      'Compilare questo campo.',
      'Almeno 0.',
      'Inserire una data valida nel formato GG.MM.AAAA.',
      'Numero AVS nel formato 756.1234.5678.97.',
    ],
    [
      'en',
      'Please fill in this field.',
      'At least 0.',
      'Please enter a valid date in the format DD.MM.YYYY.',
      'AHV number as 756.1234.5678.97.',
    ],
  ];
  for (const [locale, required, minimum, date, pattern] of cases) {
    it(`speaks ${locale}`, () => {
      expect(messages(person, { birthDate: '2025-02-29', children: -1, ahv: '123' }, locale)).toEqual([
        ['/name', required],
        ['/birthDate', date],
        ['/children', minimum],
        ['/ahv', pattern],
      ]);
    });
  }

  it('formats numbers the Swiss way', () => {
    // CLDR's Swiss grouping separator is an apostrophe (ASCII in CLDR 48, U+2019 in older data).
    expect(messages(person, { name: 'A', birthDate: '2020-01-01', income: 10 }, 'de')[0]?.[1]).toMatch(
      /^Mindestens 1['’]000\.$/,
    );
    expect(messages(person, { name: 'A', birthDate: '2020-01-01', income: 10 }, 'fr')[0]?.[1]).toBe(
      'Au moins 1\u202f000.',
    );
    expect(formatNumber(1234567.5, 'it')).toMatch(/^1['’]234['’]567\.5$/);
    expect(formatNumber(1234567.5, 'en')).toMatch(/^1['’]234['’]567\.5$/);
    expect(formatNumber(0.05, 'fr')).toBe('0,05');
    expect(formatIsoDate('2025-12-31')).toBe('31.12.2025');
    expect(formatIsoDate('2025-12-31T08:30:00Z')).toBe('31.12.2025 08:30');
  });

  it('says how long a text may be, without jargon', () => {
    expect(messages(person, { name: 'x'.repeat(201), birthDate: '2020-01-01' })).toEqual([
      ['/name', 'Höchstens 200 Zeichen.'],
    ]);
  });

  it('names the expected type', () => {
    const schema = {
      type: 'object',
      properties: {
        n: { type: 'number' },
        i: { type: 'integer' },
        s: { type: ['string', 'null'] },
        b: { type: 'boolean' },
        a: { type: 'array' },
      },
    };
    expect(messages(schema, { n: 'x', i: 1.5, s: 1, b: 'ja', a: {} })).toEqual([
      ['/n', 'Bitte eine Zahl eingeben.'],
      ['/i', 'Bitte eine ganze Zahl eingeben.'],
      ['/s', 'Bitte einen Text eingeben.'],
      ['/b', 'Bitte Ja oder Nein wählen.'],
      ['/a', 'Bitte einen oder mehrere Einträge angeben.'],
    ]);
  });

  it('turns steps of 0.01 into decimal places and date limits into Swiss dates', () => {
    const schema = {
      type: 'object',
      properties: {
        chf: { type: 'number', multipleOf: 0.05 },
        rate: { type: 'number', multipleOf: 0.01 },
        entry: {
          type: 'string',
          format: 'date',
          formatMinimum: '2019-01-01',
          formatExclusiveMaximum: '2030-01-01',
        },
      },
    };
    expect(messages(schema, { chf: 1.02, rate: 1.234, entry: '2018-05-01' })).toEqual([
      ['/chf', 'Bitte ein Vielfaches von 0.05 eingeben.'],
      ['/rate', 'Höchstens 2 Nachkommastellen.'],
      ['/entry', 'Frühestens am 01.01.2019.'],
    ]);
    expect(messages(schema, { entry: '2031-01-01' }, 'fr')).toEqual([['/entry', 'Avant le 01.01.2030.']]);
  });
});

describe('pointers and noise', () => {
  it('points required errors at the missing child, escaped per RFC 6901', () => {
    const schema = {
      type: 'object',
      properties: {
        address: {
          type: 'object',
          properties: { 'c/o': { type: 'string' }, 'a~b': { type: 'string' } },
          required: ['c/o', 'a~b'],
        },
      },
      required: ['address'],
    };
    expect(
      compileSchema(schema)
        .validate({})
        .errors.map((e) => e.pointer),
    ).toEqual(['/address']);
    const errors = compileSchema(schema).validate({ address: {} }).errors;
    expect(errors.map((e) => [e.pointer, e.keyword, e.schemaPointer])).toEqual([
      ['/address/c~1o', 'required', '/properties/address/required'],
      ['/address/a~0b', 'required', '/properties/address/required'],
    ]);
  });

  it('points dependentRequired and draft-07 dependencies at the missing child, naming the trigger by its title', () => {
    const schema = {
      type: 'object',
      properties: {
        permit: { type: 'string', 'x-ias-title': { de: 'Ausweis', fr: 'Permis' } },
        permitSince: { type: 'string', format: 'date' },
      },
      dependentRequired: { permit: ['permitSince'] },
    };
    expect(messages(schema, { permit: 'B' })).toEqual([
      ['/permitSince', 'Bitte ausfüllen, da «Ausweis» angegeben ist.'],
    ]);
    expect(messages(schema, { permit: 'B' }, 'fr')).toEqual([
      ['/permitSince', 'Veuillez remplir ce champ, car «\u202fPermis\u202f» est renseigné.'],
    ]);
    const draft07 = {
      $schema: 'http://json-schema.org/draft-07/schema#',
      type: 'object',
      properties: { a: { type: 'string' }, b: { type: 'string' } },
      dependencies: { a: ['b'] },
    };
    expect(messages(draft07, { a: 'x' }, 'en')).toEqual([
      ['/b', 'Please fill in this field, as “a” is given.'],
    ]);
  });

  it('drops the "must match then schema" noise of if', () => {
    const schema = {
      type: 'object',
      properties: { hasJob: { type: 'boolean' }, employer: { type: 'string' } },
      if: { properties: { hasJob: { const: true } }, required: ['hasJob'] },
      then: { required: ['employer'] },
    };
    const errors = compileSchema(schema).validate({ hasJob: true }).errors;
    expect(errors.map((e) => [e.pointer, e.keyword])).toEqual([['/employer', 'required']]);
  });

  it('keeps only the errors of the oneOf branch the data meant (inline and via $ref)', () => {
    const inline = {
      type: 'object',
      properties: {
        contact: {
          oneOf: [
            {
              type: 'object',
              properties: { kind: { const: 'phone' }, phone: { type: 'string', minLength: 7 } },
              required: ['kind', 'phone'],
            },
            {
              type: 'object',
              properties: { kind: { const: 'email' }, email: { type: 'string', format: 'email' } },
              required: ['kind', 'email'],
            },
          ],
        },
      },
    };
    expect(messages(inline, { contact: { kind: 'email', email: 'nope' } })).toEqual([
      ['/contact/email', 'Bitte eine gültige E-Mail-Adresse eingeben.'],
    ]);
    expect(messages(inline, { contact: { kind: 'phone' } })).toEqual([
      ['/contact/phone', 'Bitte ausfüllen.'],
    ]);
    const viaRef = {
      type: 'object',
      $defs: {
        phone: {
          type: 'object',
          properties: { kind: { const: 'phone' }, phone: { type: 'string' } },
          required: ['kind', 'phone'],
        },
        email: {
          type: 'object',
          properties: { kind: { const: 'email' }, email: { type: 'string', format: 'email' } },
          required: ['kind', 'email'],
        },
      },
      properties: { contact: { oneOf: [{ $ref: '#/$defs/phone' }, { $ref: '#/$defs/email' }] } },
    };
    expect(messages(viaRef, { contact: { kind: 'email' } })).toEqual([
      ['/contact/email', 'Bitte ausfüllen.'],
    ]);
    expect(messages(viaRef, { contact: 'x' })).toEqual([
      ['/contact', 'Die Angaben in diesem Abschnitt sind ungültig.'],
    ]);
  });

  it('says so when data matches several oneOf branches, and picks the typed branch of a nullable anyOf', () => {
    const several = {
      type: 'object',
      properties: { x: { oneOf: [{ type: 'number' }, { type: 'integer' }] } },
    };
    expect(messages(several, { x: 3 })).toEqual([
      ['/x', 'Die Angaben passen zu mehreren Varianten; bitte nur eine wählen.'],
    ]);
    const nullable = {
      type: 'object',
      properties: { d: { anyOf: [{ type: 'string', format: 'date' }, { type: 'null' }] } },
    };
    expect(messages(nullable, { d: '31.12.2025' })).toEqual([
      ['/d', 'Bitte ein gültiges Datum im Format TT.MM.JJJJ eingeben.'],
    ]);
  });

  it('reports propertyNames once and de-duplicates', () => {
    const schema = { type: 'object', propertyNames: { pattern: '^[a-z]+$' } };
    expect(messages(schema, { Abc: 1 })).toEqual([['', 'Der Name «Abc» ist nicht zulässig.']]);
    const twice: AjvErrorLike[] = [
      { keyword: 'required', instancePath: '', schemaPath: '#/required', params: { missingProperty: 'a' } },
      {
        keyword: 'required',
        instancePath: '',
        schemaPath: '#/allOf/0/required',
        params: { missingProperty: 'a' },
      },
    ];
    expect(toFieldErrors(twice, 'de')).toHaveLength(1);
  });

  it('lets a field override its required message, with placeholders', () => {
    const schema = {
      type: 'object',
      properties: {
        entryDate: {
          type: 'string',
          'x-ias-messages': { required: { de: 'Einreisedatum fehlt.', fr: 'Date d’entrée manquante.' } },
        },
        notes: {
          type: 'string',
          maxLength: 5,
          'x-ias-messages': { maxLength: 'Max. {limit} Zeichen ({missing}).' },
        },
      },
      required: ['entryDate'],
    };
    expect(messages(schema, { notes: 'abcdefgh' }, 'fr')).toEqual([
      ['/entryDate', 'Date d’entrée manquante.'],
      ['/notes', 'Max. 5 Zeichen ({missing}).'],
    ]);
  });

  it('gives messages without the root schema, and for unknown keywords a fallback', () => {
    const error: AjvErrorLike = { keyword: 'x-custom', instancePath: '/a', schemaPath: '#/x', params: {} };
    expect(fieldErrorMessage(error, 'it')).toBe('Immissione non valida.');
    expect(toFieldErrors(null, 'de')).toEqual([]);
  });
});

describe('every Ajv keyword of drafts 07 and 2020-12 has a message', () => {
  // [draft, schema, data, keyword Ajv reports]
  const cases: [SchemaDraft, object, unknown, string][] = [
    ['2020-12', { type: 'object', required: ['a'] }, {}, 'required'],
    ['2020-12', { type: 'string' }, 1, 'type'],
    ['2020-12', { type: 'number', minimum: 1 }, 0, 'minimum'],
    ['2020-12', { type: 'number', maximum: 1 }, 2, 'maximum'],
    ['2020-12', { type: 'number', exclusiveMinimum: 1 }, 1, 'exclusiveMinimum'],
    ['2020-12', { type: 'number', exclusiveMaximum: 1 }, 1, 'exclusiveMaximum'],
    ['2020-12', { type: 'number', multipleOf: 3 }, 4, 'multipleOf'],
    ['2020-12', { type: 'string', minLength: 3 }, 'a', 'minLength'],
    ['2020-12', { type: 'string', maxLength: 1 }, 'ab', 'maxLength'],
    ['2020-12', { type: 'string', pattern: '^a' }, 'b', 'pattern'],
    ['2020-12', { type: 'string', format: 'date-time' }, 'x', 'format'],
    ['2020-12', { type: 'string', format: 'time' }, 'x', 'format'],
    ['2020-12', { type: 'string', format: 'uri' }, 'x', 'format'],
    ['2020-12', { type: 'string', format: 'uuid' }, 'x', 'format'],
    ['2020-12', { type: 'string', format: 'ipv4' }, 'x', 'format'],
    ['2020-12', { type: 'string', format: 'hostname' }, '-x-', 'format'],
    ['2020-12', { type: 'string', format: 'duration' }, 'x', 'format'],
    ['2020-12', { type: 'string', format: 'json-pointer' }, 'x', 'format'],
    [
      '2020-12',
      { type: 'string', format: 'date', formatMaximum: '2020-01-01' },
      '2021-01-01',
      'formatMaximum',
    ],
    ['2020-12', { enum: ['B', 'F'] }, 'C', 'enum'],
    ['2020-12', { const: true }, false, 'const'],
    ['2020-12', { const: 'x' }, 'y', 'const'],
    ['2020-12', { type: 'array', minItems: 2 }, [1], 'minItems'],
    ['2020-12', { type: 'array', maxItems: 1 }, [1, 2], 'maxItems'],
    ['2020-12', { type: 'array', uniqueItems: true }, [1, 1], 'uniqueItems'],
    ['2020-12', { type: 'object', minProperties: 1 }, {}, 'minProperties'],
    ['2020-12', { type: 'object', maxProperties: 1 }, { a: 1, b: 2 }, 'maxProperties'],
    ['2020-12', { type: 'object', additionalProperties: false }, { a: 1 }, 'additionalProperties'],
    ['2020-12', { type: 'object', dependentRequired: { a: ['b'] } }, { a: 1 }, 'dependentRequired'],
    ['2020-12', { oneOf: [{ type: 'string' }, { type: 'number' }] }, true, 'oneOf'],
    ['2020-12', { anyOf: [{ type: 'string' }, { type: 'number' }] }, true, 'anyOf'],
    ['2020-12', { not: { type: 'string' } }, 'a', 'not'],
    ['2020-12', { type: 'array', contains: { type: 'string' } }, [1], 'contains'],
    [
      '2020-12',
      { type: 'array', contains: { type: 'string' }, minContains: 2, maxContains: 3 },
      ['a'],
      'contains',
    ],
    ['2020-12', { type: 'object', propertyNames: { maxLength: 2 } }, { abc: 1 }, 'propertyNames'],
    ['2020-12', { type: 'object', unevaluatedProperties: false }, { a: 1 }, 'unevaluatedProperties'],
    ['2020-12', { type: 'array', prefixItems: [{ type: 'string' }], items: false }, ['a', 'b'], 'items'],
    ['2020-12', { type: 'object', properties: { a: false } }, { a: 1 }, 'false schema'],
    [
      '2020-12',
      { type: 'array', prefixItems: [{ type: 'string' }], unevaluatedItems: false },
      ['a', 'b'],
      'unevaluatedItems',
    ],
    ['draft-07', { type: 'object', dependencies: { a: ['b'] } }, { a: 1 }, 'dependencies'],
    [
      'draft-07',
      { type: 'array', items: [{ type: 'string' }], additionalItems: false, minItems: 1, maxItems: 1 },
      ['a', 'b'],
      'maxItems',
    ],
    [
      'draft-07',
      { type: 'array', items: [{ type: 'string' }], additionalItems: false },
      ['a', 'b'],
      'additionalItems',
    ],
    ['draft-07', { type: 'array', contains: { type: 'string' } }, [1], 'contains'],
  ];
  for (const [draft, schema, data, keyword] of cases) {
    it(`${draft} ${keyword} ${JSON.stringify(schema).slice(0, 70)}`, () => {
      const v = compileSchema(schema, { draft, strict: false });
      const raw = v.validate(data).ajvErrors;
      expect(raw.map((e) => e.keyword)).toContain(keyword);
      for (const locale of LOCALES) {
        const errors = toFieldErrors(raw, locale, schema);
        expect(errors.length).toBeGreaterThan(0);
        for (const e of errors) {
          expect(e.message).not.toBe(validationMessage('fallback', locale));
          expect(e.message).not.toMatch(/undefined|\{|NaN|null|must /);
        }
      }
    });
  }
});

describe('the message catalogue', () => {
  it('has every message in every language', () => {
    for (const locale of LOCALES) {
      expect(Object.keys(VALIDATION_MESSAGES[locale]).sort()).toEqual([...VALIDATION_MESSAGE_IDS].sort());
    }
  });

  it('every keyword/locale message is a non-empty string without undefined or {', () => {
    const text = fc.string({ minLength: 0, maxLength: 12 }).filter((s) => !/[{}]|undefined|NaN/.test(s));
    const args = fc.record(
      {
        limit: text,
        count: fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.constant(1)),
        name: text,
        other: text,
      },
      { requiredKeys: [] },
    ) as fc.Arbitrary<MessageArgs>;
    fc.assert(
      fc.property(
        fc.constantFrom(...VALIDATION_MESSAGE_IDS),
        fc.constantFrom(...LOCALES),
        args,
        (id, locale, a) => {
          const message = validationMessage(id, locale, a);
          return (
            typeof message === 'string' && message.trim().length > 1 && !/undefined|\{|NaN/.test(message)
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('any Ajv-like error gives a readable message in every language', () => {
    const keywords = [
      'required',
      'dependentRequired',
      'dependencies',
      'type',
      'minimum',
      'maximum',
      'exclusiveMinimum',
      'exclusiveMaximum',
      'multipleOf',
      'minLength',
      'maxLength',
      'pattern',
      'format',
      'formatMinimum',
      'formatMaximum',
      'formatExclusiveMinimum',
      'formatExclusiveMaximum',
      'enum',
      'const',
      'minItems',
      'maxItems',
      'additionalItems',
      'unevaluatedItems',
      'uniqueItems',
      'minProperties',
      'maxProperties',
      'additionalProperties',
      'unevaluatedProperties',
      'oneOf',
      'anyOf',
      'not',
      'if',
      'contains',
      'propertyNames',
      'false schema',
      'discriminator',
      'x-unknown',
    ];
    const value = fc.oneof(
      fc.integer({ min: -1e6, max: 1e6 }),
      fc.double({ noNaN: true, noDefaultInfinity: true, min: 1e-9, max: 1e6 }),
      fc.constantFrom('2024-02-29', 'a', 'string', 'integer', 'null,string', 'date', 'email'),
      fc.constant(undefined),
      fc.constant(true),
    );
    const params = fc.record(
      {
        limit: value,
        type: value,
        format: value,
        missingProperty: fc.constantFrom('a', 'b/c'),
        property: fc.constantFrom('p'),
        multipleOf: value,
        allowedValue: value,
        i: fc.nat(9),
        j: fc.nat(9),
        minContains: value,
        maxContains: value,
        additionalProperty: fc.constantFrom('x'),
        propertyName: fc.constantFrom('Y'),
        passingSchemas: fc.constantFrom(null, [0, 1]),
        len: value,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.constantFrom(...keywords), params, fc.constantFrom(...LOCALES), (keyword, p, locale) => {
        const error = {
          keyword,
          instancePath: '/f',
          schemaPath: `#/properties/f/${keyword}`,
          params: p,
        } as AjvErrorLike;
        const fieldErrors = toFieldErrors([error], locale, person);
        if (keyword === 'if') return fieldErrors.length === 0; // the errors of then/else speak instead
        const [fieldError] = fieldErrors;
        return (
          fieldError !== undefined &&
          fieldError.message.length > 1 &&
          !/undefined|\{|NaN/.test(fieldError.message)
        );
      }),
      { numRuns: 3000 },
    );
  });
});
