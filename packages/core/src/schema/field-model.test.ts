import { describe, expect, it } from 'vitest';
import { buildFieldModel, orderNames, type ObjectNode } from './field-model.js';
import { quickTest } from './quick-test.js';

const obj = (n: unknown) => n as ObjectNode;

describe('buildFieldModel', () => {
  it('merges $ref, allOf and x-ias hints into one node per field', () => {
    const { root } = buildFieldModel({
      $defs: { date: { type: 'string', format: 'date', 'x-ias-title': { fr: 'Date' } } },
      type: 'object',
      required: ['entry'],
      allOf: [{ properties: { entry: { title: 'Einreise' } } }],
      properties: { entry: { $ref: '#/$defs/date' } },
    });
    const entry = obj(root).properties.find((p) => p.name === 'entry')!;
    expect(entry.required).toBe(true);
    expect(entry.node).toMatchObject({ kind: 'string', format: 'date', title: { fr: 'Date' } });
  });

  it('turns enum and oneOf-of-const into options with titles, nullable booleans into tri-state', () => {
    const { root } = buildFieldModel({
      type: 'object',
      properties: {
        level: { enum: ['A1', 'A2'] },
        track: {
          oneOf: [
            { const: 'arbeit', title: 'Arbeit' },
            { const: 'ausbildung', title: 'Ausbildung' },
          ],
        },
        skills: { type: 'array', uniqueItems: true, items: { enum: ['lesen', 'schreiben'] } },
        known: { type: ['boolean', 'null'] },
      },
    });
    const [level, track, skills, known] = obj(root).properties.map((p) => p.node);
    expect(level).toMatchObject({ kind: 'enum', options: [{ value: 'A1' }, { value: 'A2' }] });
    expect(track).toMatchObject({
      kind: 'enum',
      options: [{ value: 'arbeit', title: 'Arbeit' }, { value: 'ausbildung' }],
    });
    expect(skills).toMatchObject({ kind: 'multi-enum' });
    expect(known).toMatchObject({ kind: 'boolean', nullable: true });
  });

  it('records conditional fields with the condition that shows them', () => {
    const { root } = buildFieldModel({
      type: 'object',
      properties: { employed: { type: 'boolean' } },
      if: { properties: { employed: { const: true } } },
      then: { properties: { employer: { type: 'string' } }, required: ['employer'] },
      dependentSchemas: { employed: { properties: { since: { type: 'string' } } } },
    });
    const props = obj(root).properties;
    expect(props.map((p) => p.name)).toEqual(['employed', 'employer', 'since']);
    expect(props[1]!.visibleWhen).toEqual({ kind: 'if', pointer: '/if', when: true });
    expect(props[1]!.requiredWhen).toEqual([{ kind: 'if', pointer: '/if', when: true }]);
    expect(props[2]!.visibleWhen).toEqual({ kind: 'present', property: 'employed' });
  });

  it('survives recursive schemas and odd input, with notices for what it does not render', () => {
    const tree = {
      $id: 'urn:tree',
      type: 'object',
      properties: { child: { $ref: '#' }, tags: { contains: { const: 'x' } } },
    };
    const { root, notices } = buildFieldModel(tree);
    const child = obj(root).properties[0]!.node;
    expect(obj(child).properties[0]!.node).toBe(child); // a cycle, not an endless tree
    expect(notices.map((n) => n.keyword)).toContain('contains');
    expect(buildFieldModel(true).root.kind).toBe('unsupported');
    expect(buildFieldModel(false).root.kind).toBe('unsupported');
    expect(buildFieldModel({ $ref: '#/$defs/nope' }).notices[0]).toMatchObject({ pointer: '/$ref' });
  });

  it('orders properties by x-ias-order with a "*" wildcard', () => {
    expect(orderNames(['a', 'b', 'c', 'd'], ['c', '*', 'a'])).toEqual(['c', 'b', 'd', 'a']);
    expect(orderNames(['a', 'b'], ['b'])).toEqual(['b', 'a']);
  });
});

describe('quickTest', () => {
  const schema = { if: { properties: { employed: { const: true } }, required: ['employed'] }, then: {} };
  it('answers simple conditions without a compiled validator', () => {
    expect(quickTest(schema, '/if', { employed: true })).toBe(true);
    expect(quickTest(schema, '/if', { employed: false })).toBe(false);
    expect(quickTest(schema, '/if', {})).toBe(false);
  });
  it('says "unknown" instead of guessing for keywords it does not know', () => {
    expect(quickTest({ if: { pattern: '^a' } }, '/if', 'abc')).toBeUndefined();
    expect(quickTest(schema, '/nope', {})).toBeUndefined();
  });

  it('resolves $refs to bundled $id resources and their anchors, relative to the enclosing resource', () => {
    const { root, notices } = buildFieldModel({
      $id: 'https://example.ch/schemas/person.json',
      type: 'object',
      properties: {
        home: { $ref: 'address.json' },
        work: { $ref: 'https://example.ch/schemas/address.json' },
        zip: { $ref: 'address.json#zip' },
        street: { $ref: 'address.json#/properties/street' },
      },
      $defs: {
        address: {
          $id: 'address.json',
          type: 'object',
          properties: {
            street: { type: 'string', title: 'Strasse' },
            zip: { $anchor: 'zip', type: 'integer' },
          },
        },
      },
    });
    const field = (name: string) => obj(root).properties.find((p) => p.name === name)!.node;
    expect(field('home').kind).toBe('object');
    expect(obj(field('home')).properties.map((p) => p.name)).toEqual(['street', 'zip']);
    expect(field('work').kind).toBe('object');
    expect(field('zip').kind).toBe('integer');
    expect(field('street')).toMatchObject({ kind: 'string', title: 'Strasse' });
    expect(notices.filter((n) => n.keyword === '$ref')).toEqual([]);
  });
});
