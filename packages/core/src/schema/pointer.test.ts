import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  PointerError,
  formatPointer,
  fragmentToPointer,
  getAt,
  hasAt,
  joinPointer,
  parsePointer,
  removeAt,
  setAt,
} from './pointer.js';

const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
};

const doc = () =>
  deepFreeze({
    a: { b: [1, { c: 'x' }], d: { e: true } },
    'm~n': { 'o/p': 1 },
    '': { '': 'empty' },
    list: [{ id: 1 }, { id: 2 }],
  });

/** Every path to a value of a JSON document, leaves and containers alike. */
function paths(value: unknown, prefix: string[] = []): string[][] {
  const out = [prefix];
  if (Array.isArray(value)) value.forEach((item, i) => out.push(...paths(item, [...prefix, String(i)])));
  else if (typeof value === 'object' && value !== null)
    for (const [key, item] of Object.entries(value)) out.push(...paths(item, [...prefix, key]));
  return out;
}

const isPrefix = (a: readonly string[], b: readonly string[]) =>
  a.length <= b.length && a.every((t, i) => t === b[i]);

describe('parsePointer / formatPointer', () => {
  it('parses the RFC 6901 examples', () => {
    expect(parsePointer('')).toEqual([]);
    expect(parsePointer('/foo/0')).toEqual(['foo', '0']);
    expect(parsePointer('/')).toEqual(['']);
    expect(parsePointer('/a~1b')).toEqual(['a/b']);
    expect(parsePointer('/m~0n')).toEqual(['m~n']);
    expect(parsePointer('/~01')).toEqual(['~1']);
    expect(formatPointer(['~1', 'a/b', 3])).toBe('/~01/a~1b/3');
  });

  it('throws a PointerError naming the pointer on malformed input', () => {
    for (const bad of ['a/b', '#/a', '/a~2', '/a~', 'properties']) {
      let error: unknown;
      try {
        parsePointer(bad);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(PointerError);
      expect((error as PointerError).code).toBe('pointer.syntax');
      expect((error as PointerError).pointer).toBe(bad);
      expect((error as PointerError).message).toContain(`"${bad}"`);
    }
  });

  it('round-trips arbitrary tokens, including "~" and "/"', () => {
    const token = fc.string({ unit: fc.constantFrom('~', '/', '0', '1', 'a', 'é', ' ', '') });
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), token)), (tokens) => {
        expect(parsePointer(formatPointer(tokens))).toEqual(tokens);
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.string()), (tokens) => {
        const pointer = formatPointer(tokens);
        expect(formatPointer(parsePointer(pointer))).toBe(pointer);
      }),
    );
  });

  it('joins and escapes tokens', () => {
    expect(joinPointer('/properties', 'a/b', 0)).toBe('/properties/a~1b/0');
    expect(joinPointer('', '$defs', 'X')).toBe('/$defs/X');
    expect(() => joinPointer('properties', 'x')).toThrow(PointerError);
  });

  it('converts same-document fragments', () => {
    expect(fragmentToPointer('#/$defs/Name')).toBe('/$defs/Name');
    expect(fragmentToPointer('#/a%20b/c~1d')).toBe('/a b/c~1d');
    expect(fragmentToPointer('#')).toBe('');
    expect(fragmentToPointer('#name')).toBeUndefined();
    expect(fragmentToPointer('other.json#/a')).toBeUndefined();
    expect(fragmentToPointer('#/%E0%A4%A')).toBeUndefined();
  });
});

describe('getAt / hasAt', () => {
  it('reads values and returns undefined for missing paths', () => {
    const d = doc();
    expect(getAt(d, '')).toBe(d);
    expect(getAt(d, '/a/b/1/c')).toBe('x');
    expect(getAt(d, '/m~0n/o~1p')).toBe(1);
    expect(getAt(d, '//')).toBe('empty');
    expect(getAt(d, '/a/b/2')).toBeUndefined();
    expect(getAt(d, '/a/b/01')).toBeUndefined();
    expect(getAt(d, '/a/b/length')).toBeUndefined();
    expect(getAt(d, '/a/toString')).toBeUndefined();
    expect(getAt(d, '/a/d/e/f')).toBeUndefined();
    expect(getAt(d, ['a', 'd', 'e'])).toBe(true);
    expect(hasAt({ x: null }, '/x')).toBe(true);
    expect(hasAt({ x: null }, '/y')).toBe(false);
    expect(hasAt([0], '/0')).toBe(true);
    expect(hasAt([0], '/1')).toBe(false);
    expect(() => getAt(d, 'a')).toThrow(PointerError);
  });
});

describe('setAt', () => {
  it('copies only the path and keeps the identity of untouched siblings', () => {
    const d = doc();
    const next = setAt(d, '/a/b/1/c', 'y');
    expect(getAt(next, '/a/b/1/c')).toBe('y');
    expect(getAt(d, '/a/b/1/c')).toBe('x');
    expect(next).not.toBe(d);
    expect(next.a).not.toBe(d.a);
    expect(next.a.b).not.toBe(d.a.b);
    expect(next.a.d).toBe(d.a.d);
    expect(next.list).toBe(d.list);
    expect(next['m~n']).toBe(d['m~n']);
  });

  it('creates missing intermediate objects and appends to arrays', () => {
    const d = doc();
    expect(getAt(setAt(d, '/x/y/z', 1), '')).toMatchObject({ x: { y: { z: 1 } } });
    expect(setAt(d, '/list/-', { id: 3 }).list).toEqual([{ id: 1 }, { id: 2 }, { id: 3 }]);
    expect(setAt(d, '/list/2/id', 3).list).toEqual([{ id: 1 }, { id: 2 }, { id: 3 }]);
    expect(setAt(d, '/list/0', 'first').list).toEqual(['first', { id: 2 }]);
    expect(setAt(undefined, '/a/b', 1)).toEqual({ a: { b: 1 } });
    expect(setAt(d, '', 5)).toBe(5);
  });

  it('returns the same document when the value is already there', () => {
    const d = doc();
    expect(setAt(d, '/a/d', d.a.d)).toBe(d);
  });

  it('creates own "__proto__" members without touching prototypes', () => {
    const next = setAt({}, '/__proto__/polluted', true) as Record<string, unknown>;
    expect(Object.hasOwn(next, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf(next)).toBe(Object.prototype);
  });

  it('throws typed errors for impossible writes', () => {
    const d = doc();
    expect(() => setAt(d, '/list/5', 1)).toThrow(expect.objectContaining({ code: 'pointer.index' }));
    expect(() => setAt(d, '/list/x', 1)).toThrow(expect.objectContaining({ code: 'pointer.index' }));
    expect(() => setAt(d, '/a/d/e/f', 1)).toThrow(
      expect.objectContaining({ code: 'pointer.type', pointer: '/a/d/e/f' }),
    );
    expect(() => setAt(d, 'a', 1)).toThrow(expect.objectContaining({ code: 'pointer.syntax' }));
  });

  const json = fc.jsonValue({ maxDepth: 4 });
  /** A document plus a path into it: an existing one, or one step past an existing container. */
  const docAndPath = fc.dictionary(fc.string(), json).chain((value) => {
    const containers = paths(value).filter((p) => {
      const v = getAt(value, p);
      return typeof v === 'object' && v !== null;
    });
    const existing = paths(value).filter((p) => p.length > 0);
    const fresh = containers.map((p) => {
      const v = getAt(value, p);
      return Array.isArray(v) ? [...p, String(v.length)] : [...p, `k${Object.keys(v as object).length}`];
    });
    const all = [...existing, ...fresh];
    return fc.tuple(fc.constant(value), all.length ? fc.constantFrom(...all) : fc.constant(['new']));
  });

  it('setAt then getAt returns the value, and every other path is unchanged (property)', () => {
    fc.assert(
      fc.property(docAndPath, json, ([root, target], value) => {
        const frozen = deepFreeze(structuredClone(root));
        const next = setAt(frozen, target, value);
        expect(getAt(next, target)).toEqual(value);
        expect(frozen).toEqual(root);
        for (const p of paths(root)) {
          if (isPrefix(p, target) || isPrefix(target, p)) continue;
          expect(getAt(next, p)).toBe(getAt(frozen, p));
        }
      }),
    );
  });
});

describe('removeAt', () => {
  it('removes members and array elements immutably', () => {
    const d = doc();
    const next = removeAt(d, '/a/b/0');
    expect(next.a.b).toEqual([{ c: 'x' }]);
    expect(next.a.b[0]).toBe(d.a.b[1]);
    expect(next.a.d).toBe(d.a.d);
    expect(next.list).toBe(d.list);
    const without = removeAt(d, '/m~0n/o~1p');
    expect(without['m~n']).toEqual({});
    expect(Object.keys(without)).toEqual(Object.keys(d));
  });

  it('returns the document itself when nothing is there', () => {
    const d = doc();
    expect(removeAt(d, '/nope')).toBe(d);
    expect(removeAt(d, '/a/nope/deeper')).toBe(d);
    expect(removeAt(d, '/list/9')).toBe(d);
    expect(removeAt(d, '/a/d/e/f')).toBe(d);
  });

  it('refuses to remove the root', () => {
    expect(() => removeAt(doc(), '')).toThrow(expect.objectContaining({ code: 'pointer.root' }));
  });

  it('leaves every path outside the removed one unchanged (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 3 })), fc.nat(), (raw, n) => {
        const all = paths(raw).filter((p) => p.length > 0);
        if (all.length === 0) return;
        const target = all[n % all.length]!;
        const frozen = deepFreeze(structuredClone(raw));
        const next = removeAt(frozen, target);
        const parent = getAt(next, target.slice(0, -1));
        if (!Array.isArray(parent)) expect(hasAt(next, target)).toBe(false);
        for (const p of paths(raw)) {
          const spliced = Array.isArray(getAt(frozen, target.slice(0, -1)));
          if (isPrefix(p, target) || isPrefix(spliced ? target.slice(0, -1) : target, p)) continue;
          expect(getAt(next, p)).toBe(getAt(frozen, p));
        }
      }),
    );
  });
});
