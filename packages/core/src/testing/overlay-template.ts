/**
 * A small Kurzassessment-like template for the overlay tests (nested objects, `$defs` + `$ref`, arrays,
 * core fields, a restricted block), its core fields, and helpers that build and check overlays for it.
 * Invented; deep-frozen, so a test notices any mutation.
 */
import { checkOverlay, type Overlay, type OverlayIssue } from '../schema/overlay.js';

/** Freezes `value` and everything inside it. */
export const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
};

export const BASE_ID = 'https://ias-kit.ch/schemas/forms/sem-kurzassessment';

/** A small Kurzassessment-like template: nested objects, `$defs` + `$ref`, arrays, core fields, a restricted block. */
export const BASE = deepFreeze({
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

/** The pointers of the template's `x-ias-core` fields. */
export const CORE = [
  '/properties/meta/properties/instrument',
  '/properties/meta/properties/date',
  '/properties/person/properties/name',
  '/properties/person/properties/status',
  '/properties/schoolYears',
  '/$defs/Language/properties/code',
  '/$defs/Language/properties/speaking',
];

/** An overlay of the template with `extra` (deep-frozen). */
export const overlay = (extra: Partial<Overlay>): Overlay =>
  deepFreeze({
    $id: 'https://ias-kit.ch/overlays/zh/kurzassessment@1.0.0',
    base: `${BASE_ID}@^1.0`,
    ...extra,
  });

/** Issues as sorted `code pointer` lines. */
export const issues = (errors: OverlayIssue[]) => errors.map((e) => `${e.code} ${e.pointer}`).sort();

/** The issues `checkOverlay` reports for `o` on the template; throws when it accepts `o` or a message is empty. */
export function refused(o: unknown): string[] {
  const result = checkOverlay(BASE, o);
  if (result.ok) throw new Error(`checkOverlay accepted ${JSON.stringify(o)}`);
  const silent = result.errors.find((error) => !/\S/.test(error.message));
  if (silent) throw new Error(`no message for ${silent.code} at "${silent.pointer}"`);
  return issues(result.errors);
}
