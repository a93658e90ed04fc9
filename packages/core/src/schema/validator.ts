/**
 * The Ajv factory of ias-kit: one configured Ajv per JSON Schema draft (allErrors, formats, the
 * `x-ias-*` vocabulary), schema compilation with typed errors that name the JSON pointer at fault,
 * validators for sub-schemas (`if` conditions, `oneOf` branches) and the CSP-safe path through
 * precompiled (standalone) validator modules.
 *
 * Two ways to get a `SchemaValidator`:
 * - `compileSchema(schema)` compiles at run time (Ajv generates code with `new Function`, which a
 *   Content-Security-Policy without `'unsafe-eval'` forbids);
 * - `fromStandalone(module, schema)` wraps a module that `.tools/build-validators.mjs` generated at
 *   build time; it never evaluates code.
 */
import AjvDraft07Import from 'ajv';
import Ajv2019Import from 'ajv/dist/2019.js';
import Ajv2020Import from 'ajv/dist/2020.js';
import addFormatsImport from 'ajv-formats';
import type { AnySchemaObject, ErrorObject, Options, ValidateFunction } from 'ajv';
// The namespace form, not `import type AjvCore from …`: under `node16` resolution a default import of this
// CommonJS module is the module object, and `AjvCore` would not name the class (TS2709 in our .d.ts).
import type * as AjvCoreModule from 'ajv/dist/core.js';
import { DEFAULT_LOCALE } from '../i18n/locales.js';
import { IAS_KEYWORD_SCHEMAS } from './keywords.js';
import { findRefLoops } from './refs.js';
import { linearRegExp, patternProblem, PatternSyntaxError, type LinearRegExp } from './linear-regexp.js';
import { isJsonObject as isObject } from './pointer.js';
import {
  META_URI,
  SchemaError,
  booleanValidator,
  detectDraft,
  result,
  schemaHash,
  type SchemaDraft,
  type SchemaNotice,
  type SchemaProblem,
  type SchemaValidator,
} from './validation.js';

// ---- the Ajv factory --------------------------------------------------------------------------------

/** `true` refuses schemas strict mode complains about; `'log'` turns complaints into notices; `false` ignores them. */
export type StrictMode = boolean | 'log';

export interface AjvLogger {
  log(...args: unknown[]): unknown;
  warn(...args: unknown[]): unknown;
  error(...args: unknown[]): unknown;
}

export interface CreateAjvOptions {
  /** Strict mode (unknown keywords and formats, `strictTypes`, `strictTuples`). Default `true`. */
  strict?: StrictMode;
  /** Where Ajv reports strict-mode complaints in `'log'` mode; `false` drops them. Default: the console. */
  logger?: AjvLogger | false;
  /** Keep the generated source for `standaloneCode` (`code: { source: true, esm: true }`). */
  standalone?: boolean;
}

type AjvCore = AjvCoreModule.default;
type AjvClass = new (options?: Options) => AjvCore;
/** CommonJS interop: a default import is the class in Node and in esbuild bundles, `{ default }` elsewhere. */
const unwrap = <T>(m: T | { default: T }): T =>
  typeof m === 'function' ? m : ((m as { default: T }).default ?? (m as T));
const AjvDraft07 = unwrap(AjvDraft07Import as unknown as AjvClass);
const Ajv2019 = unwrap(Ajv2019Import as unknown as AjvClass);
const Ajv2020 = unwrap(Ajv2020Import as unknown as AjvClass);
const addFormats = unwrap(addFormatsImport as unknown as (ajv: AjvCore) => AjvCore);
/**
 * Every `pattern` and `patternProperties` runs on the linear-time engine, never on the backtracking
 * native one. A pattern the engine cannot express never matches wrongly here: it is not checked, and
 * `compileSchema` reports it with its pointer (an error, or a notice with `strict: 'log'`). Precompiled
 * validators import the engine from `@ias-kit/core/schema`.
 */
const linearEngine = Object.assign(
  (source: string, flags: string): LinearRegExp => {
    try {
      return linearRegExp(source, flags);
    } catch (e) {
      if (!(e instanceof PatternSyntaxError)) throw e;
      return { source, flags, test: () => true, toString: () => `/${source}/${flags}` };
    }
  },
  { code: 'require("@ias-kit/core/schema").linearRegExp' },
);

const AJV_CLASS: Record<SchemaDraft, () => AjvClass> = {
  '2020-12': () => Ajv2020,
  '2019-09': () => Ajv2019,
  'draft-07': () => AjvDraft07,
  'draft-06': () => AjvDraft07,
};

/** Formats ajv-formats registered on an instance (before any `addFormat(name, true)` for foreign schemas). */
const baseFormats = new WeakMap<AjvCore, ReadonlySet<string>>();

/**
 * A configured Ajv for `draft`: `allErrors`, ajv-formats, every `x-ias-*` keyword as an annotation
 * keyword with its meta-schema (a malformed hint is a schema error), Unicode regular expressions,
 * `strictRequired` off (Ajv reports `required` inside `then` as undefined even when the parent defines
 * the property). Never mutates data: no defaults, no coercion, no removal.
 * Creating one compiles the keyword meta-schemas, so it needs `'unsafe-eval'` under a CSP.
 */
export function createAjv(draft: SchemaDraft, options: CreateAjvOptions = {}): AjvCore {
  const strict = options.strict ?? true;
  const Ajv = AJV_CLASS[draft]();
  const ajv = new Ajv({
    allErrors: true,
    strict,
    strictSchema: strict,
    strictNumbers: true,
    strictTypes: strict,
    strictTuples: strict,
    strictRequired: false,
    allowUnionTypes: true,
    unicodeRegExp: true,
    // Data such as {"__proto__": …} or {"constructor": …} is checked by its own properties only.
    ownProperties: true,
    validateFormats: true,
    ...(options.logger !== undefined ? { logger: options.logger } : {}),
    code: {
      regExp: linearEngine as unknown as NonNullable<Options['code']>['regExp'] & object,
      ...(options.standalone ? { source: true, esm: true } : {}),
    },
  });
  addFormats(ajv);
  if (draft === 'draft-07' || draft === 'draft-06') ajv.addMetaSchema(DRAFT_06_META_SCHEMA);
  for (const [keyword, metaSchema] of Object.entries(IAS_KEYWORD_SCHEMAS))
    ajv.addKeyword({ keyword, metaSchema });
  baseFormats.set(ajv, new Set(Object.keys(ajv.formats)));
  return ajv;
}

/**
 * Messages Ajv logs while a root schema compiles are collected here; while a sub-schema compiles
 * (`test()`), `sink` is undefined and they are dropped (a sub-schema compiled on its own misses the
 * `type` of its parent, which `strictTypes` would report).
 */
let sink: string[] | undefined;
const collectingLogger: AjvLogger = {
  log: () => undefined,
  warn: (...args) => sink?.push(args.map(String).join(' ')),
  error: (...args) => sink?.push(args.map(String).join(' ')),
};

/** The instances `compileSchema` shares, one per Ajv class, created on first use. */
const shared = new Map<AjvClass, AjvCore>();

function sharedAjv(draft: SchemaDraft): AjvCore {
  const cls = AJV_CLASS[draft]();
  let ajv = shared.get(cls);
  if (!ajv) {
    ajv = createCollectingAjv(draft, false);
    shared.set(cls, ajv);
  }
  return ajv;
}

/**
 * One instance per Ajv class serves every strictness: its strict checks only log (into `sink`), and
 * `compileSchema` decides per call whether a complaint is an error, a notice, or nothing.
 */
const createCollectingAjv = (draft: SchemaDraft, standalone: boolean): AjvCore =>
  createAjv(draft, { strict: 'log', logger: collectingLogger, standalone });

/**
 * Drops the shared Ajv instances (and the schemas they hold). Validators created before keep working.
 * For tests and for long-lived pages that swapped through many schemas.
 */
export function resetAjvCache(): void {
  shared.clear();
}

// ---- walking a schema -------------------------------------------------------------------------------

const SUBSCHEMA = [
  'additionalItems',
  'additionalProperties',
  'contains',
  'contentSchema',
  'else',
  'if',
  'not',
  'propertyNames',
  'then',
  'unevaluatedItems',
  'unevaluatedProperties',
];
const SUBSCHEMA_ARRAY = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const SUBSCHEMA_MAP = ['$defs', 'definitions', 'dependentSchemas', 'patternProperties', 'properties'];
/** Keywords Ajv handles without listing them among its rules. */
const IMPLICIT_KEYWORDS = new Set(['$anchor']);

interface SchemaNode {
  pointer: string;
  node: Record<string, unknown>;
}

interface Inspection {
  /** Every object sub-schema (boolean sub-schemas are in `pointers` only). */
  nodes: SchemaNode[];
  /** Every sub-schema position, including the root `''`. */
  pointers: Set<string>;
  /** The sub-schemas the form evaluates itself: `if`, `oneOf`/`anyOf` alternatives, `dependentSchemas`/`dependencies` entries. */
  conditional: string[];
}

const escapeToken = (token: string): string => token.replace(/~/g, '~0').replace(/\//g, '~1');
const unescapeToken = (token: string): string => token.replace(/~1/g, '/').replace(/~0/g, '~');

function inspect(schema: unknown): Inspection {
  const result: Inspection = { nodes: [], pointers: new Set(), conditional: [] };
  const visit = (s: unknown, pointer: string): void => {
    if (typeof s === 'boolean') {
      result.pointers.add(pointer);
      return;
    }
    if (!isObject(s)) return;
    result.pointers.add(pointer);
    result.nodes.push({ pointer, node: s });
    if (s.if !== undefined) result.conditional.push(`${pointer}/if`);
    for (const key of Object.keys(s)) {
      const value = s[key];
      const at = `${pointer}/${escapeToken(key)}`;
      if (SUBSCHEMA.includes(key)) visit(value, at);
      else if (key === 'items') {
        if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${at}/${i}`));
        else visit(value, at);
      } else if (SUBSCHEMA_ARRAY.includes(key) && Array.isArray(value)) {
        value.forEach((v, i) => {
          if (key === 'oneOf' || key === 'anyOf') result.conditional.push(`${at}/${i}`);
          visit(v, `${at}/${i}`);
        });
      } else if ((SUBSCHEMA_MAP.includes(key) || key === 'dependencies') && isObject(value)) {
        for (const [name, v] of Object.entries(value)) {
          if (key === 'dependencies' && Array.isArray(v)) continue;
          if (key === 'dependentSchemas' || key === 'dependencies')
            result.conditional.push(`${at}/${escapeToken(name)}`);
          visit(v, `${at}/${escapeToken(name)}`);
        }
      }
    }
  };
  visit(schema, '');
  return result;
}

/**
 * The sub-schema pointers a form evaluates on its own, in document order: every `if`, each `oneOf`
 * and `anyOf` alternative, each schema entry of `dependentSchemas` / `dependencies`.
 */
export function conditionalPointers(schema: unknown): string[] {
  return inspect(schema).conditional;
}

/** The value at a JSON pointer, or `undefined`. */
function valueAt(doc: unknown, pointer: string): unknown {
  if (pointer === '') return doc;
  let cur: unknown = doc;
  for (const token of pointer.slice(1).split('/')) {
    if (Array.isArray(cur)) cur = /^(0|[1-9]\d*)$/.test(token) ? cur[Number(token)] : undefined;
    else if (isObject(cur))
      cur = Object.hasOwn(cur, unescapeToken(token)) ? cur[unescapeToken(token)] : undefined;
    else return undefined;
  }
  return cur;
}

/** `#/properties/a%20b` (Ajv's schema paths and `$ref` fragments) → `/properties/a b`. */
function fragmentToPointer(fragment: string): string {
  const f = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  try {
    return f
      .split('/')
      .map((t) => decodeURIComponent(t))
      .join('/');
  } catch {
    return f;
  }
}

/** `/properties/a b` → `#/properties/a%20b`, for `ajv.getSchema(key + fragment)`. */
const pointerToFragment = (pointer: string): string =>
  '#' +
  pointer
    .split('/')
    .map((t) => encodeURIComponent(t))
    .join('/');

// ---- checks with pointers ---------------------------------------------------------------------------

interface Findings {
  /** Always fatal: malformed `x-ias-*` hints. */
  keyword: SchemaProblem[];
  /** Fatal unless `'log'` (then notices, the pattern unchecked): patterns the linear-time engine cannot run. */
  patterns: SchemaProblem[];
  /** Fatal with `strict: true`, notices with `'log'`: unknown keywords and formats. */
  strict: SchemaProblem[];
  /** Unknown format names (for `'log'` / `false`, registered as always valid so Ajv compiles). */
  unknownFormats: Set<string>;
}

function check(ajv: AjvCore, found: Inspection): Findings {
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
function locateLogged(message: string, found: Inspection): SchemaProblem[] {
  const text = message.replace(/^strict mode:\s*/, '');
  if (/^unknown keyword:/.test(text) || /^unknown format/.test(text)) return []; // found by `check` with pointers
  const keyword = /keyword "([^"]+)"/.exec(text)?.[1] ?? /^"([^"]+)"/.exec(text)?.[1] ?? '';
  const at = /at (?:path )?"[^"#]*(#[^"]*)"/.exec(text);
  if (at?.[1] !== undefined) {
    const base = fragmentToPointer(at[1]);
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
function compileError(error: unknown, schema: unknown, found: Inspection): SchemaError {
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
    const pointer = `${fragmentToPointer(keywordValue[2])}/${escapeToken(keywordValue[1])}`;
    return new SchemaError(
      'schema.keyword',
      pointer,
      `malformed "${keywordValue[1]}": ${keywordValue[3] ?? ''}`,
      valueAt(schema, pointer),
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
    return new SchemaError(
      'schema.strict',
      first.pointer,
      first.message,
      valueAt(schema, first.pointer),
      problems,
    );
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
function metaSchemaError(errors: readonly ErrorObject[], schema: unknown): SchemaError {
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
  return new SchemaError(
    'schema.invalid',
    first.pointer,
    first.message,
    valueAt(schema, first.pointer),
    problems,
  );
}
const rank = (e: ErrorObject): number =>
  e.keyword === 'enum' ? 0 : e.keyword === 'anyOf' || e.keyword === 'oneOf' ? 2 : 1;

// ---- compiling --------------------------------------------------------------------------------------

export interface CompileOptions {
  /** Default `true`. The form uses `'log'`: foreign schemas with unknown keywords still work, and `notices` lists them. */
  strict?: StrictMode;
  /** Overrides the draft read from `$schema`. */
  draft?: SchemaDraft;
}

/** What one root schema registered in one Ajv instance left behind: reused by later compiles of the same object. */
interface Registration {
  ajv: AjvCore;
  schema: Record<string, unknown>;
  key: string;
  draft: SchemaDraft;
  found: Inspection;
  /** Patterns the linear-time engine cannot run (also among `strict`, for notices). */
  patterns: SchemaProblem[];
  /** Strict-mode complaints (from `check` and from Ajv's log), with pointers. */
  strict: SchemaProblem[];
  root: ValidateFunction;
  subs: Map<string, ValidateFunction>;
}

const registrations = new WeakMap<AjvCore, WeakMap<object, Registration>>();
/** Per instance: root `$id` → the registration that holds it. */
const byId = new WeakMap<AjvCore, Map<string, Registration>>();
/** Instances made for one schema whose `$id` clashed in the shared one. */
const isolated = new WeakSet<AjvCore>();
let counter = 0;
/** `$id`s of the JSON Schema meta-schemas (every draft, http or https). */
const META_ID = /^https?:\/\/json-schema\.org\/(draft[-/][^/]*\/)?schema#?$/;

/**
 * Compiles `schema` at run time into a `SchemaValidator`. Throws a `SchemaError` naming the JSON
 * pointer at fault for an unsupported draft, a meta-schema violation, a malformed `x-ias-*` hint, an
 * unresolvable `$ref` and (with `strict: true`, the default) strict-mode complaints.
 * Ajv instances are shared per draft, and compiling the same schema object again is free.
 */
export function compileSchema(schema: unknown, options: CompileOptions = {}): SchemaValidator {
  const strict = options.strict ?? true;
  if (typeof schema === 'boolean') return booleanValidator(schema, options.draft ?? '2020-12');
  if (!isObject(schema))
    throw new SchemaError('schema.invalid', '', 'a schema must be a JSON object or a boolean', schema);
  const draft = options.draft ?? detectDraft(schema);
  const fresh = (): AjvCore => {
    const ajv = createCollectingAjv(draft, false);
    isolated.add(ajv);
    return ajv;
  };
  const reg = register(sharedAjv(draft), schema, draft, strict, fresh);
  return runtimeValidator(reg, schema, strict);
}

function register(
  ajv: AjvCore,
  schema: Record<string, unknown>,
  draft: SchemaDraft,
  strict: StrictMode,
  fresh: () => AjvCore,
  fixedKey?: string,
): Registration {
  let byObject = registrations.get(ajv);
  if (!byObject) registrations.set(ajv, (byObject = new WeakMap()));
  const known = byObject.get(schema);
  if (known) {
    throwPatterns(known.patterns, schema, strict);
    if (strict === true) throwStrict(known.strict, schema);
    return known;
  }

  // Ajv knows meta-schemas by one URI each: give it that one (`https://…draft-07…` → `http://…#`).
  const meta = META_URI[draft];
  let normalized =
    schema.$schema !== undefined && schema.$schema !== meta ? { ...schema, $schema: meta } : schema;
  // A schema that names itself after a meta-schema (`"$id": "http://json-schema.org/draft-07/schema#"`,
  // copied from the meta-schema it was written from) would clash with that meta-schema in every Ajv
  // instance: it gets a private id of its own (its `#…` references still resolve within it).
  if (typeof schema.$id === 'string' && META_ID.test(schema.$id))
    normalized = { ...normalized, $id: `urn:ias-kit:schema-named:${schema.$id.replace(/#$/, '')}` };
  if (!ajv.validateSchema(normalized)) throw metaSchemaError(ajv.errors ?? [], schema);

  const found = inspect(schema);
  const [loop, ...moreLoops] = findRefLoops(schema);
  if (loop) {
    // Ajv would compile it, then overflow the stack on the first validation.
    const problems = [loop, ...moreLoops].map((l) => ({
      pointer: l.pointer,
      keyword: '$ref',
      message: l.message,
    }));
    throw new SchemaError('schema.ref', loop.pointer, loop.message, loop.ref, problems);
  }
  const findings = check(ajv, found);
  const [keywordProblem] = findings.keyword;
  if (keywordProblem) {
    throw new SchemaError(
      'schema.keyword',
      keywordProblem.pointer,
      keywordProblem.message,
      valueAt(schema, keywordProblem.pointer),
      findings.keyword,
    );
  }
  throwPatterns(findings.patterns, schema, strict);
  if (strict === true) throwStrict(findings.strict, schema);
  for (const name of findings.unknownFormats) if (!ajv.formats[name]) ajv.addFormat(name, true);

  // Another schema with the same `$id` lives in this instance: reuse it if it is the same content,
  // else give this one an Ajv of its own (Ajv allows one schema per `$id`).
  const id = typeof normalized.$id === 'string' ? normalized.$id.replace(/#\/?$/, '') : undefined;
  if (id !== undefined && (ajv.refs[id] !== undefined || ajv.schemas[id] !== undefined)) {
    const same = byId.get(ajv)?.get(id);
    if (same && schemaHash(same.schema) === schemaHash(schema)) {
      byObject.set(schema, same);
      throwPatterns(same.patterns, schema, strict);
      if (strict === true) throwStrict(same.strict, schema);
      return same;
    }
    if (isolated.has(ajv)) {
      // Even an instance of its own holds that id: never recurse (the page would freeze, then overflow).
      throw new SchemaError('schema.invalid', '/$id', `"$id" "${id}" is reserved`, schema.$id);
    }
    if (!ajv.opts.code.source) return register(fresh(), schema, draft, strict, fresh, fixedKey);
  }

  const key = fixedKey ?? `ias-schema-${++counter}`;
  const logged: string[] = [];
  let root: ValidateFunction | undefined;
  sink = logged;
  try {
    ajv.addSchema(normalized, key, undefined, false);
    root = ajv.getSchema(key);
  } catch (error) {
    forget(ajv, key, normalized);
    const message = error instanceof Error ? error.message : '';
    if (
      /already exists|resolves to more than one schema/.test(message) &&
      !ajv.opts.code.source &&
      !isolated.has(ajv)
    ) {
      // A nested `$id` or `$anchor` clashes with another schema in the shared instance.
      sink = undefined;
      return register(fresh(), schema, draft, strict, fresh, fixedKey);
    }
    throw compileError(error, schema, found);
  } finally {
    sink = undefined;
  }
  if (!root) throw new SchemaError('schema.compile', '', 'Ajv returned no validator');
  const strictProblems = dedupe([
    ...findings.patterns,
    ...findings.strict,
    ...logged.flatMap((m) => locateLogged(m, found)),
  ]);
  const reg: Registration = {
    ajv,
    schema,
    key,
    draft,
    found,
    patterns: findings.patterns,
    strict: strictProblems,
    root,
    subs: new Map(),
  };
  byObject.set(schema, reg);
  if (id !== undefined) {
    let ids = byId.get(ajv);
    if (!ids) byId.set(ajv, (ids = new Map()));
    ids.set(id, reg);
  }
  if (strict === true) throwStrict(strictProblems, schema);
  return reg;
}

/** Patterns the linear-time engine cannot run are an error, except for forms (`'log'`: notices, unchecked). */
function throwPatterns(problems: readonly SchemaProblem[], schema: unknown, strict: StrictMode): void {
  const [first] = problems;
  if (!first || strict === 'log') return;
  throw new SchemaError(
    'schema.pattern',
    first.pointer,
    first.message,
    valueAt(schema, first.pointer),
    problems,
  );
}

function throwStrict(problems: readonly SchemaProblem[], schema: unknown): void {
  const [first] = problems;
  if (!first) return;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  throw new SchemaError(
    'schema.strict',
    first.pointer,
    `strict mode: ${first.message}${more}`,
    valueAt(schema, first.pointer),
    problems,
  );
}

/**
 * Undoes a failed registration: the key, Ajv's cache entry of the schema, and its `$id` unless the
 * `$id` belongs to another schema.
 */
function forget(ajv: AjvCore, key: string, normalized: Record<string, unknown>): void {
  const id = typeof normalized.$id === 'string' ? normalized.$id.replace(/#\/?$/, '') : undefined;
  const before = id === undefined ? undefined : { ref: ajv.refs[id], sch: ajv.schemas[id] };
  const mine = (env: unknown): boolean => isObject(env) && env.schema === normalized;
  for (const target of [key, normalized]) {
    try {
      ajv.removeSchema(target);
    } catch {
      // nothing registered
    }
  }
  if (id !== undefined && before) {
    if (before.ref !== undefined && !mine(before.ref)) ajv.refs[id] = before.ref;
    if (before.sch !== undefined && !mine(before.sch)) ajv.schemas[id] = before.sch;
  }
}

function dedupe(problems: SchemaProblem[]): SchemaProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const id = `${p.pointer}\u0000${p.message}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

function subValidator(reg: Registration, pointer: string): ValidateFunction {
  if (pointer === '') return reg.root;
  let fn = reg.subs.get(pointer);
  if (fn) return fn;
  if (typeof pointer !== 'string' || !reg.found.pointers.has(pointer)) {
    throw new SchemaError('schema.pointer', String(pointer), 'is not a sub-schema of this schema', pointer);
  }
  try {
    fn = reg.ajv.getSchema(reg.key + pointerToFragment(pointer));
  } catch (error) {
    throw compileError(error, reg.schema, reg.found);
  }
  if (!fn) throw new SchemaError('schema.pointer', pointer, 'is not a sub-schema of this schema', pointer);
  reg.subs.set(pointer, fn);
  return fn;
}

function runtimeValidator(reg: Registration, schema: unknown, strict: StrictMode): SchemaValidator {
  const notices: SchemaNotice[] =
    strict === 'log'
      ? reg.strict.map((p) => ({ pointer: p.pointer, keyword: p.keyword ?? '', message: p.message }))
      : [];
  return {
    draft: reg.draft,
    schema,
    precompiled: false,
    notices,
    conditionalPointers: reg.found.conditional,
    validate: (data, locale = DEFAULT_LOCALE) => result(reg.root, data, locale, schema),
    test: (pointer, data) => subValidator(reg, pointer)(data) === true,
  };
}

/** What the build script needs to emit a standalone module: a fresh Ajv with the schema and its sub-schemas compiled. */
export interface StandaloneBuild {
  ajv: AjvCore;
  draft: SchemaDraft;
  /** Export name → Ajv key (`standaloneCode(ajv, refs)`). */
  refs: Record<string, string>;
  /** Schema pointer → export name (`''` → `validate`, conditionals → `cond0`, `cond1`, … in document order). */
  pointers: Record<string, string>;
  hash: string;
  notices: SchemaNotice[];
}

/**
 * Compiles `schema` (strictly by default) in a fresh Ajv with `code: { source: true, esm: true }`,
 * plus every conditional sub-schema, ready for Ajv's `standaloneCode(build.ajv, build.refs)`.
 * A fresh instance per schema keeps the generated names, and so the output, deterministic.
 */
export function prepareStandalone(schema: unknown, options: CompileOptions = {}): StandaloneBuild {
  const strict = options.strict ?? true;
  if (!isObject(schema))
    throw new SchemaError('schema.invalid', '', 'a schema must be a JSON object', schema);
  const draft = options.draft ?? detectDraft(schema);
  const ajv = createCollectingAjv(draft, true);
  const reg = register(ajv, schema, draft, strict, () => ajv, 'ias-standalone');
  const refs: Record<string, string> = { validate: reg.key };
  const pointers: Record<string, string> = { '': 'validate' };
  reg.found.conditional.forEach((pointer, i) => {
    subValidator(reg, pointer);
    refs[`cond${i}`] = reg.key + pointerToFragment(pointer);
    pointers[pointer] = `cond${i}`;
  });
  const notices =
    strict === 'log'
      ? reg.strict.map((p) => ({ pointer: p.pointer, keyword: p.keyword ?? '', message: p.message }))
      : [];
  return { ajv, draft, refs, pointers, hash: schemaHash(schema), notices };
}

/** The draft-06 meta-schema (Ajv ships it as JSON; inlined so browsers need no JSON import). */
const DRAFT_06_META_SCHEMA: AnySchemaObject = {
  $schema: 'http://json-schema.org/draft-06/schema#',
  $id: 'http://json-schema.org/draft-06/schema#',
  title: 'Core schema meta-schema',
  definitions: {
    schemaArray: { type: 'array', minItems: 1, items: { $ref: '#' } },
    nonNegativeInteger: { type: 'integer', minimum: 0 },
    nonNegativeIntegerDefault0: { allOf: [{ $ref: '#/definitions/nonNegativeInteger' }, { default: 0 }] },
    simpleTypes: { enum: ['array', 'boolean', 'integer', 'null', 'number', 'object', 'string'] },
    stringArray: { type: 'array', items: { type: 'string' }, uniqueItems: true, default: [] },
  },
  type: ['object', 'boolean'],
  properties: {
    $id: { type: 'string', format: 'uri-reference' },
    $schema: { type: 'string', format: 'uri' },
    $ref: { type: 'string', format: 'uri-reference' },
    title: { type: 'string' },
    description: { type: 'string' },
    default: {},
    examples: { type: 'array', items: {} },
    multipleOf: { type: 'number', exclusiveMinimum: 0 },
    maximum: { type: 'number' },
    exclusiveMaximum: { type: 'number' },
    minimum: { type: 'number' },
    exclusiveMinimum: { type: 'number' },
    maxLength: { $ref: '#/definitions/nonNegativeInteger' },
    minLength: { $ref: '#/definitions/nonNegativeIntegerDefault0' },
    pattern: { type: 'string', format: 'regex' },
    additionalItems: { $ref: '#' },
    items: { anyOf: [{ $ref: '#' }, { $ref: '#/definitions/schemaArray' }], default: {} },
    maxItems: { $ref: '#/definitions/nonNegativeInteger' },
    minItems: { $ref: '#/definitions/nonNegativeIntegerDefault0' },
    uniqueItems: { type: 'boolean', default: false },
    contains: { $ref: '#' },
    maxProperties: { $ref: '#/definitions/nonNegativeInteger' },
    minProperties: { $ref: '#/definitions/nonNegativeIntegerDefault0' },
    required: { $ref: '#/definitions/stringArray' },
    additionalProperties: { $ref: '#' },
    definitions: { type: 'object', additionalProperties: { $ref: '#' }, default: {} },
    properties: { type: 'object', additionalProperties: { $ref: '#' }, default: {} },
    patternProperties: { type: 'object', additionalProperties: { $ref: '#' }, default: {} },
    dependencies: {
      type: 'object',
      additionalProperties: { anyOf: [{ $ref: '#' }, { $ref: '#/definitions/stringArray' }] },
    },
    propertyNames: { $ref: '#' },
    const: {},
    enum: { type: 'array', minItems: 1, uniqueItems: true },
    type: {
      anyOf: [
        { $ref: '#/definitions/simpleTypes' },
        { type: 'array', items: { $ref: '#/definitions/simpleTypes' }, minItems: 1, uniqueItems: true },
      ],
    },
    format: { type: 'string' },
    allOf: { $ref: '#/definitions/schemaArray' },
    anyOf: { $ref: '#/definitions/schemaArray' },
    oneOf: { $ref: '#/definitions/schemaArray' },
    not: { $ref: '#' },
  },
  default: {},
};

// Everything a validator shares (drafts, SchemaError, fromStandalone) is also reachable from here.
export * from './validation.js';
