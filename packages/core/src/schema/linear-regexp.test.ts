import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { linearRegExp, patternProblem, PatternSyntaxError } from './linear-regexp.js';

const root = join(import.meta.dirname, '../../../..');
/** Every `pattern` and `patternProperties` key in the kit's own schemas (forms and model). */
function kitPatterns(): string[] {
  const found = new Set<string>();
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(visit);
    if (!v || typeof v !== 'object') return;
    for (const [k, x] of Object.entries(v)) {
      if (k === 'pattern' && typeof x === 'string') found.add(x);
      if (k === 'patternProperties' && x && typeof x === 'object')
        Object.keys(x).forEach((p) => found.add(p));
      visit(x);
    }
  };
  for (const dir of ['schemas/forms', 'schemas/model']) {
    for (const f of readdirSync(join(root, dir)).filter((n) => n.endsWith('.json')))
      visit(JSON.parse(readFileSync(join(root, dir, f), 'utf8')));
  }
  return [...found];
}

/** A small grammar of patterns in the subset both engines share. */
const atom = fc.constantFrom('a', 'b', '.', '\\d', '[ab]', '[^a]', '\\w', '\\s', 'ä', '\\p{Lu}', '😀');
const pattern: fc.Arbitrary<string> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    atom,
    fc.tuple(tie('node'), tie('node')).map(([x, y]) => `${x}${y}`),
    fc.tuple(tie('node'), tie('node')).map(([x, y]) => `(?:${x}|${y})`),
    fc
      .tuple(tie('node'), fc.constantFrom('*', '+', '?', '{2}', '{1,3}', '{2,}', '*?'))
      .map(([x, q]) => `(${x})${q}`),
  ),
})).node as fc.Arbitrary<string>;
const anchored = fc
  .tuple(fc.boolean(), pattern, fc.boolean(), fc.boolean())
  .map(([s, p, e, b]) => `${s ? '^' : ''}${b ? '\\b' : ''}${p}${e ? '$' : ''}`);
const text = fc.string({
  unit: fc.constantFrom('a', 'b', 'A', '1', ' ', 'ä', '😀', '\n', '-'),
  maxLength: 12,
});

describe('linearRegExp', () => {
  it('agrees with the native engine on every pattern of the kit’s schemas', () => {
    const patterns = kitPatterns();
    expect(patterns.length).toBeGreaterThan(3);
    const samples = [
      '',
      '756',
      '7561234567897',
      '756.1234.5678.97',
      'CHE-123.456.789',
      '1.2.3',
      '2024',
      '2024-02',
      '2024-02-30',
      'CH',
      'ch',
      'de',
      'text/plain',
      '+41 79 123 45 67',
      '12',
    ];
    for (const p of patterns) {
      const native = new RegExp(p, 'u');
      const linear = linearRegExp(p);
      for (const s of samples) expect(linear.test(s), `${p} on "${s}"`).toBe(native.test(s));
    }
  });

  it('agrees with the native engine on generated patterns and texts', () => {
    fc.assert(
      fc.property(anchored, text, (p, s) => {
        expect(linearRegExp(p).test(s)).toBe(new RegExp(p, 'u').test(s));
      }),
      { numRuns: 3000 },
    );
  });

  it('answers catastrophic-backtracking patterns at once', () => {
    // The native engine needs ages for each of these (2^n steps); the test would time out there.
    const hostile = 'a'.repeat(5000) + '!';
    expect(linearRegExp('^(a+)+$').test(hostile)).toBe(false);
    expect(linearRegExp('^(a|a)*$').test(hostile)).toBe(false);
    expect(linearRegExp('^(a|aa)+$').test(hostile)).toBe(false);
    expect(linearRegExp('(x+x+)+y').test('x'.repeat(5000))).toBe(false);
    expect(linearRegExp('^(a+)+$').test('aaaa')).toBe(true);
  });

  it('names what it cannot express, and refuses malformed patterns', () => {
    expect(patternProblem('(a)\\1')).toMatch(/backreference "\\1"/);
    expect(patternProblem('\\k<x>(?<x>a)')).toMatch(/backreference/);
    expect(patternProblem('(?=a)b')).toMatch(/lookaround/);
    expect(patternProblem('(?<!a)b')).toMatch(/lookaround/);
    expect(patternProblem('a{1001}')).toMatch(/repetition count above 1000/);
    expect(patternProblem('(?<year>\\d{4})-\\d{2}')).toBeUndefined();
    expect(() => linearRegExp('[')).toThrow(PatternSyntaxError);
  });
});
