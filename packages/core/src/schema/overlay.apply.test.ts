import { describe, it, expect } from 'vitest';
import {
  OverlayError,
  applyOverlay,
  checkOverlay,
  mergePatch,
  parseVersionedId,
  versionSatisfies,
  type Overlay,
} from './overlay.js';
import { getAt } from './pointer.js';
import { BASE, BASE_ID, deepFreeze, issues, overlay, refused } from '../testing/overlay-template.js';

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
