/**
 * Schema problems with the JSON pointer at fault: the checks `compileSchema` runs itself (malformed
 * `x-ias-*` hints, patterns the linear-time engine cannot run, unknown keywords and formats), and Ajv's
 * own complaints and exceptions mapped back to pointers.
 */
import type { ErrorObject } from 'ajv';
import { patternProblem } from '../linear-regexp.js';
import { escapePointerToken as escapeToken, isJsonObject as isObject } from '../pointer.js';
import { SchemaError, type SchemaErrorCode, type SchemaProblem } from '../validation.js';
import { baseFormats, type AjvCore, type StrictMode } from './ajv.js';
import { schemaPathToPointer, valueAt } from '../schema-paths.js';
import type { Inspection } from './inspect.js';

/** A `SchemaError` at `pointer`, carrying the schema's value there. */
export const errorAt = (
  code: SchemaErrorCode,
  pointer: string,
  message: string,
  schema: unknown,
  problems?: readonly SchemaProblem[],
): SchemaError => new SchemaError(code, pointer, message, valueAt(schema, pointer), problems);

/** Keywords Ajv handles without listing them among its rules. */
const IMPLICIT_KEYWORDS = new Set(['$anchor']);

export interface Findings {
  /** Always fatal: malformed `x-ias-*` hints. */
  keyword: SchemaProblem[];
  /** Fatal unless `'log'` (then notices, the pattern unchecked): patterns the linear-time engine cannot run. */
  patterns: SchemaProblem[];
  /** Fatal with `strict: true`, notices with `'log'`: unknown keywords and formats. */
  strict: SchemaProblem[];
  /** Unknown format names (for `'log'` / `false`, registered as always valid so Ajv compiles). */
  unknownFormats: Set<string>;
}

export function check(ajv: AjvCore, found: Inspection): Findings {
  const findings: Findings = { keyword: [], patterns: [], strict: [], unknownFormats: new Set() };
  const rules = ajv.RULES.keywords as Record<string, unknown>;
  const formats = baseFormats.get(ajv) ?? new Set(Object.keys(ajv.formats));
  for (const { pointer, node } of found.nodes) {
    for (const key of Object.keys(node)) {
      const at = `${pointer}/${escapeToken(key)}`;
      if (!rules[key] && !IMPLICIT_KEYWORDS.has(key)) {
        findings.strict.push({ pointer: at, keyword: key, message: `unknown keyword "${key}"` });
        continue;
      }
      if (key.startsWith('x-ias-')) {
        const def = ajv.getKeyword(key);
        const validate = typeof def === 'object' ? def.validateSchema : undefined;
        if (validate && !validate(node[key])) {
          for (const e of validate.errors ?? []) {
            findings.keyword.push({
              pointer: at + e.instancePath,
              keyword: key,
              message: `malformed "${key}": ${e.instancePath ? `${e.instancePath.slice(1)} ` : ''}${e.message ?? 'is invalid'}${describeParams(e)}`,
            });
          }
        }
      }
    }
    const patterns: [string, string][] =
      typeof node.pattern === 'string' ? [[`${pointer}/pattern`, node.pattern]] : [];
    if (isObject(node.patternProperties))
      for (const key of Object.keys(node.patternProperties))
        patterns.push([`${pointer}/patternProperties/${escapeToken(key)}`, key]);
    for (const [at, source] of patterns) {
      const problem = patternProblem(source);
      if (problem)
        findings.patterns.push({
          pointer: at,
          keyword: 'pattern',
          message: `pattern "${source}": ${problem}`,
        });
    }
    if (typeof node.format === 'string' && !formats.has(node.format)) {
      findings.unknownFormats.add(node.format);
      findings.strict.push({
        pointer: `${pointer}/format`,
        keyword: 'format',
        message: `unknown format "${node.format}" (not checked)`,
      });
    }
  }
  return findings;
}

const describeParams = (e: ErrorObject): string => {
  const p = e.params as Record<string, unknown>;
  if (Array.isArray(p.allowedValues)) return ` (${p.allowedValues.map((v) => JSON.stringify(v)).join(', ')})`;
  if (typeof p.additionalProperty === 'string') return ` ("${p.additionalProperty}")`;
  return '';
};

/** Turns a message Ajv logged while compiling into problems with pointers. */
export function locateLogged(message: string, found: Inspection): SchemaProblem[] {
  const text = message.replace(/^strict mode:\s*/, '');
  if (/^unknown keyword:/.test(text) || /^unknown format/.test(text)) return []; // found by `check` with pointers
  const keyword = /keyword "([^"]+)"/.exec(text)?.[1] ?? /^"([^"]+)"/.exec(text)?.[1] ?? '';
  const at = /at (?:path )?"[^"#]*(#[^"]*)"/.exec(text);
  if (at?.[1] !== undefined) {
    const base = schemaPathToPointer(at[1]);
    const node = found.nodes.find((n) => n.pointer === base)?.node;
    const pointer = keyword && node?.[keyword] !== undefined ? `${base}/${escapeToken(keyword)}` : base;
    return [{ pointer, keyword, message: text }];
  }
  const nodes = found.nodes;
  const where = (pred: (n: Record<string, unknown>) => boolean, key: string): SchemaProblem[] =>
    nodes
      .filter((n) => pred(n.node))
      .map((n) => ({ pointer: `${n.pointer}/${escapeToken(key)}`, keyword: key, message: text }));
  let located: SchemaProblem[] = [];
  if (/^"if" without "then" and "else"/.test(text)) {
    located = where((n) => n.if !== undefined && n.then === undefined && n.else === undefined, 'if');
  } else if (/^"(then|else)" without "if"/.test(text)) {
    located = where((n) => n[keyword] !== undefined && n.if === undefined, keyword);
  } else if (/without "contains"/.test(text)) {
    located = where((n) => n[keyword] !== undefined && n.contains === undefined, keyword);
  } else if (/"minContains" > "maxContains"/.test(text)) {
    located = where((n) => Number(n.minContains) > Number(n.maxContains), 'minContains');
  } else if (/^"additionalItems" is ignored/.test(text)) {
    located = where((n) => n.additionalItems !== undefined && !Array.isArray(n.items), 'additionalItems');
  } else if (keyword) {
    located = where((n) => n[keyword] !== undefined, keyword);
  }
  return located.length ? located : [{ pointer: '', keyword, message: text }];
}

/** Maps an exception from `ajv.compile` / `getSchema` to a `SchemaError` with the pointer at fault. */
export function compileError(error: unknown, schema: unknown, found: Inspection): SchemaError {
  const message = error instanceof Error ? error.message : String(error);
  const missing = /^can't resolve reference (.+) from id (.*)$/.exec(message);
  if (missing?.[1] !== undefined || (isObject(error) && 'missingRef' in error)) {
    const ref = missing?.[1] ?? String((error as { missingRef: unknown }).missingRef);
    const at = found.nodes.filter(
      (n) => n.node.$ref === ref || n.node.$dynamicRef === ref || n.node.$recursiveRef === ref,
    );
    const problems = at.map((n) => ({
      pointer: `${n.pointer}/${n.node.$ref === ref ? '$ref' : n.node.$dynamicRef === ref ? '$dynamicRef' : '$recursiveRef'}`,
      keyword: '$ref',
      message: `cannot resolve reference "${ref}"`,
    }));
    const first = problems[0] ?? {
      pointer: '',
      keyword: '$ref',
      message: `cannot resolve reference "${ref}"`,
    };
    return new SchemaError('schema.ref', first.pointer, first.message, ref, problems);
  }
  const keywordValue = /^keyword "([^"]+)" value is invalid at path "[^"#]*(#[^"]*)": (.*)$/.exec(message);
  if (keywordValue?.[1] !== undefined && keywordValue[2] !== undefined) {
    const pointer = `${schemaPathToPointer(keywordValue[2])}/${escapeToken(keywordValue[1])}`;
    return errorAt(
      'schema.keyword',
      pointer,
      `malformed "${keywordValue[1]}": ${keywordValue[3] ?? ''}`,
      schema,
    );
  }
  const regex = /^Invalid regular expression: \/(.*)\/[a-z]*: /.exec(message);
  if (regex?.[1] !== undefined) {
    const source = regex[1];
    const hit = found.nodes.find(
      (n) =>
        n.node.pattern === source ||
        (isObject(n.node.patternProperties) && source in n.node.patternProperties),
    );
    const pointer = hit
      ? hit.node.pattern === source
        ? `${hit.pointer}/pattern`
        : `${hit.pointer}/patternProperties/${escapeToken(source)}`
      : '';
    return new SchemaError('schema.invalid', pointer, message, source);
  }
  if (/strict mode/.test(message)) {
    const problems = locateLogged(message, found);
    const first = problems[0] ?? { pointer: '', message };
    return errorAt('schema.strict', first.pointer, first.message, schema, problems);
  }
  const duplicate = /^reference "(.+)" resolves to more than one schema$/.exec(message);
  if (duplicate?.[1] !== undefined) {
    const id = duplicate[1];
    const hit = found.nodes.find((n) =>
      [n.node.$id, n.node.$anchor, n.node.$dynamicAnchor].some(
        (v) => typeof v === 'string' && id.endsWith(v),
      ),
    );
    return new SchemaError('schema.invalid', hit ? hit.pointer : '', `"${id}" is defined more than once`, id);
  }
  return new SchemaError('schema.compile', '', message);
}

/** Meta-schema errors (`ajv.validateSchema`) → one `SchemaError`; the pointer is the first error's `instancePath`. */
export function metaSchemaError(errors: readonly ErrorObject[], schema: unknown): SchemaError {
  // An `anyOf` in the meta-schema repeats the pointer of its branches: keep the most telling error per pointer.
  const byPointer = new Map<string, ErrorObject>();
  for (const e of errors) {
    const prev = byPointer.get(e.instancePath);
    if (!prev || rank(e) < rank(prev)) byPointer.set(e.instancePath, e);
  }
  const problems = [...byPointer.values()].map((e) => ({
    pointer: e.instancePath,
    keyword: e.keyword,
    message: `${e.message ?? 'is invalid'}${describeParams(e)}`,
  }));
  const first = problems[0] ?? { pointer: '', message: 'does not match its meta-schema' };
  return errorAt('schema.invalid', first.pointer, first.message, schema, problems);
}
const rank = (e: ErrorObject): number =>
  e.keyword === 'enum' ? 0 : e.keyword === 'anyOf' || e.keyword === 'oneOf' ? 2 : 1;

/** Patterns the linear-time engine cannot run are an error, except for forms (`'log'`: notices, unchecked). */
export function throwPatterns(problems: readonly SchemaProblem[], schema: unknown, strict: StrictMode): void {
  const [first] = problems;
  if (!first || strict === 'log') return;
  throw errorAt('schema.pattern', first.pointer, first.message, schema, problems);
}

export function throwStrict(problems: readonly SchemaProblem[], schema: unknown): void {
  const [first] = problems;
  if (!first) return;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  throw errorAt('schema.strict', first.pointer, `strict mode: ${first.message}${more}`, schema, problems);
}

export function dedupe(problems: SchemaProblem[]): SchemaProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const id = `${p.pointer}\u0000${p.message}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
