/**
 * A linear-time regular-expression matcher for JSON Schema `pattern` and `patternProperties`, with RE2's
 * semantics: every ECMAScript pattern without backreferences and lookaround, matched in time proportional
 * to pattern size × text length, so `^(a+)+$` against `"aaaa…!"` answers at once instead of backtracking
 * for minutes. Pure JavaScript (a Pike VM over code points; single-character classes are tested by the
 * native engine, which cannot backtrack on one character), so it runs under a Content-Security-Policy
 * without `'unsafe-eval'` or `'wasm-unsafe-eval'`, in the browser, in Node and in precompiled validators.
 *
 * Why not the `re2js` port: 45.8 kB gzip (measured, mostly Unicode tables) against a 30 kB budget for a
 * whole form on the CSP path; the native engine already knows Unicode classes, so only the control flow
 * needs replacing.
 */

/** A pattern the linear engine cannot express (backreference, lookaround, too large), or malformed. */
export class PatternSyntaxError extends Error {
  constructor(
    message: string,
    readonly source: string,
  ) {
    super(message);
    this.name = 'PatternSyntaxError';
  }
}

/** The part of `RegExp` Ajv uses: `test`. */
export interface LinearRegExp {
  readonly source: string;
  readonly flags: string;
  test(text: string): boolean;
  toString(): string;
}

type Test = (cp: number) => boolean;
type Assertion = 'bol' | 'eol' | 'b' | 'B';
type Node =
  | { k: 'char'; test: Test }
  | { k: 'cat'; items: Node[] }
  | { k: 'alt'; alts: Node[] }
  | { k: 'rep'; node: Node; min: number; max: number }
  | { k: 'assert'; a: Assertion };

/** Largest program (instructions); counted repetitions multiply, as in RE2's limit of 1,000 per count. */
const MAX_PROGRAM = 20000;
const MAX_COUNT = 1000;

const classes = new Map<string, Test>();
/** A test for one character matching the single-character pattern `src` (a class, an escape, `.`). */
function charClass(src: string): Test {
  let test = classes.get(src);
  if (!test) {
    const re = new RegExp(`^(?:${src})$`, 'u');
    test = (cp) => re.test(String.fromCodePoint(cp));
    classes.set(src, test);
  }
  return test;
}
const literal =
  (c: number): Test =>
  (cp) =>
    cp === c;

class Parser {
  i = 0;
  constructor(readonly src: string) {}

  fail(what: string): never {
    throw new PatternSyntaxError(`${what}: not supported by the linear-time pattern engine`, this.src);
  }

  parse(): Node {
    const node = this.alt();
    if (this.i < this.src.length) this.fail(`unexpected "${this.src[this.i]}" at ${this.i}`);
    return node;
  }

  alt(): Node {
    const alts = [this.cat()];
    while (this.src[this.i] === '|') {
      this.i++;
      alts.push(this.cat());
    }
    return alts.length === 1 ? alts[0]! : { k: 'alt', alts };
  }

  cat(): Node {
    const items: Node[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom();
      items.push(this.quantified(atom));
    }
    return items.length === 1 ? items[0]! : { k: 'cat', items };
  }

  quantified(atom: Node): Node {
    const s = this.src;
    let min: number;
    let max: number;
    const c = s[this.i];
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.i));
      if (!m) return atom;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
      if (min > MAX_COUNT || (max !== Infinity && max > MAX_COUNT))
        this.fail(`repetition count above ${MAX_COUNT}`);
      this.i += m[0].length - 1;
    } else return atom;
    this.i++;
    if (s[this.i] === '?') this.i++; // lazy: the same yes/no answer
    return { k: 'rep', node: atom, min, max };
  }

  atom(): Node {
    const s = this.src;
    const start = this.i;
    const c = s[this.i]!;
    if (c === '(') {
      this.i++;
      if (s.startsWith('?:', this.i)) this.i += 2;
      else if (/^\?<?[=!]/.test(s.slice(this.i, this.i + 3)))
        this.fail('lookaround "(?=", "(?!", "(?<=" or "(?<!"');
      else if (s[this.i] === '?' && s[this.i + 1] === '<') this.i = s.indexOf('>', this.i) + 1;
      const inner = this.alt();
      if (s[this.i] !== ')') this.fail(`missing ")" for the group at ${start}`);
      this.i++;
      return inner;
    }
    if (c === '^' || c === '$') {
      this.i++;
      return { k: 'assert', a: c === '^' ? 'bol' : 'eol' };
    }
    if (c === '.') {
      this.i++;
      return { k: 'char', test: charClass('.') };
    }
    if (c === '[') {
      let j = this.i + 1;
      if (s[j] === '^') j++;
      while (j < s.length && s[j] !== ']') j += s[j] === '\\' ? 2 : 1;
      this.i = j + 1;
      return { k: 'char', test: charClass(s.slice(start, this.i)) };
    }
    if (c === '\\') return this.escape();
    const cp = s.codePointAt(this.i)!;
    this.i += cp > 0xffff ? 2 : 1;
    return { k: 'char', test: literal(cp) };
  }

  escape(): Node {
    const s = this.src;
    const start = this.i;
    const e = s[this.i + 1] ?? '';
    this.i += 2;
    if (/[1-9]/.test(e) || e === 'k') this.fail(`backreference "${s.slice(start, this.i + 1)}"`);
    if (e === 'b' || e === 'B') return { k: 'assert', a: e };
    if (e === 'p' || e === 'P') this.i = s.indexOf('}', this.i) + 1;
    else if (e === 'x') this.i += 2;
    else if (e === 'c') this.i += 1;
    else if (e === 'u') {
      if (s[this.i] === '{') this.i = s.indexOf('}', this.i) + 1;
      else {
        const unit = parseInt(s.slice(this.i, this.i + 4), 16);
        this.i += 4;
        // A surrogate pair written as two escapes is one character.
        if (unit >= 0xd800 && unit <= 0xdbff && /^\\u[dD][c-fC-F]/.test(s.slice(this.i, this.i + 4)))
          this.i += 6;
      }
    }
    return { k: 'char', test: charClass(s.slice(start, this.i)) };
  }
}

const CHAR = 0;
const SPLIT = 1;
const JMP = 2;
const ASSERT = 3;
const MATCH = 4;
type Inst =
  | { op: typeof CHAR; test: Test }
  | { op: typeof SPLIT; x: number; y: number }
  | { op: typeof JMP; x: number }
  | { op: typeof ASSERT; a: Assertion }
  | { op: typeof MATCH };

function compile(node: Node, source: string): Inst[] {
  const prog: Inst[] = [];
  const emit = (inst: Inst): number => {
    if (prog.length >= MAX_PROGRAM)
      throw new PatternSyntaxError('too large for the linear-time pattern engine', source);
    prog.push(inst);
    return prog.length - 1;
  };
  const gen = (n: Node): void => {
    switch (n.k) {
      case 'char':
        emit({ op: CHAR, test: n.test });
        return;
      case 'assert':
        emit({ op: ASSERT, a: n.a });
        return;
      case 'cat':
        n.items.forEach(gen);
        return;
      case 'alt': {
        const jumps: Inst[] = [];
        n.alts.forEach((a, i) => {
          if (i < n.alts.length - 1) {
            const split = { op: SPLIT, x: 0, y: 0 } as Inst & { x: number; y: number };
            emit(split);
            split.x = prog.length;
            gen(a);
            const jmp = { op: JMP, x: 0 } as Inst;
            emit(jmp);
            jumps.push(jmp);
            split.y = prog.length;
          } else gen(a);
        });
        for (const j of jumps) (j as { x: number }).x = prog.length;
        return;
      }
      case 'rep': {
        for (let i = 0; i < n.min; i++) gen(n.node);
        if (n.max === Infinity) {
          const split = { op: SPLIT, x: 0, y: 0 } as Inst & { x: number; y: number };
          const at = emit(split);
          split.x = prog.length;
          gen(n.node);
          emit({ op: JMP, x: at });
          split.y = prog.length;
        } else {
          const splits: (Inst & { y: number })[] = [];
          for (let i = n.min; i < n.max; i++) {
            const split = { op: SPLIT, x: 0, y: 0 } as Inst & { x: number; y: number };
            emit(split);
            split.x = prog.length;
            splits.push(split);
            gen(n.node);
          }
          for (const s of splits) s.y = prog.length;
        }
      }
    }
  };
  gen(node);
  emit({ op: MATCH });
  return prog;
}

const isWord = (cp: number | undefined): boolean =>
  cp !== undefined &&
  ((cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122) || cp === 95);

/** Whether `prog` matches anywhere in `text` (a Pike VM: every thread advances in lock-step, one per state). */
function run(prog: Inst[], text: string): boolean {
  const cps = Array.from(text, (ch) => ch.codePointAt(0)!);
  const n = cps.length;
  const mark = new Int32Array(prog.length);
  let clist: number[] = [];
  let nlist: number[] = [];
  const stack: number[] = [];
  /** Adds the thread at `pc` (and everything reachable without consuming) to `list`; true on a match. */
  const add = (list: number[], pc0: number, pos: number, gen: number): boolean => {
    stack.push(pc0);
    while (stack.length) {
      const pc = stack.pop()!;
      if (mark[pc] === gen) continue;
      mark[pc] = gen;
      const inst = prog[pc]!;
      switch (inst.op) {
        case CHAR:
          list.push(pc);
          break;
        case JMP:
          stack.push(inst.x);
          break;
        case SPLIT:
          stack.push(inst.y, inst.x);
          break;
        case ASSERT: {
          const ok =
            inst.a === 'bol'
              ? pos === 0
              : inst.a === 'eol'
                ? pos === n
                : (isWord(cps[pos - 1]) !== isWord(cps[pos])) === (inst.a === 'b');
          if (ok) stack.push(pc + 1);
          break;
        }
        case MATCH:
          stack.length = 0;
          return true;
      }
    }
    return false;
  };
  if (add(clist, 0, 0, 1)) return true;
  for (let pos = 0; pos < n; pos++) {
    const cp = cps[pos]!;
    const gen = pos + 2;
    nlist.length = 0;
    for (const pc of clist) {
      const inst = prog[pc] as { test: Test };
      if (inst.test(cp) && add(nlist, pc + 1, pos + 1, gen)) return true;
    }
    // A match may start at every position (unanchored search).
    if (add(nlist, 0, pos + 1, gen)) return true;
    [clist, nlist] = [nlist, clist];
  }
  return false;
}

const programs = new Map<string, Inst[]>();

/**
 * Compiles `source` (ECMAScript syntax, Unicode mode) for linear-time matching. Throws
 * `PatternSyntaxError` for a malformed pattern and for one the engine cannot express (backreferences,
 * lookahead, lookbehind, repetition counts above 1,000). Compiled programs are cached by source.
 */
export function linearRegExp(source: string, flags = 'u'): LinearRegExp {
  let prog = programs.get(source);
  if (!prog) {
    try {
      new RegExp(source, 'u'); // syntax as the native engine reads it; never run
    } catch (e) {
      throw new PatternSyntaxError(e instanceof Error ? e.message : String(e), source);
    }
    prog = compile(new Parser(source).parse(), source);
    programs.set(source, prog);
  }
  const p = prog;
  return { source, flags, test: (text) => run(p, String(text)), toString: () => `/${source}/${flags}` };
}

/** Why `source` cannot run on the linear-time engine, or `undefined` when it can. */
export function patternProblem(source: string): string | undefined {
  try {
    linearRegExp(source);
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}
