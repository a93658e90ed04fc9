import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { applyOverlay, checkOverlay, type Overlay } from './overlay.js';
import { getAt } from './pointer.js';
import { BASE, CORE, deepFreeze, overlay } from '../testing/overlay-template.js';

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
