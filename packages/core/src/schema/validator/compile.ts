/**
 * Compiling: registers a root schema once per Ajv instance (meta-schema check, `$ref` loops, the
 * pointer-naming checks, `$id` clashes), then hands out validators for it and its sub-schemas, at run
 * time (`compileSchema`) or as the input of a standalone module (`prepareStandalone`).
 */
import type { ValidateFunction } from 'ajv';
import { DEFAULT_LOCALE } from '../../i18n/locales.js';
import { isJsonObject as isObject } from '../pointer.js';
import { findRefLoops } from '../refs.js';
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
} from '../validation.js';
import { collectLogsInto, createCollectingAjv, sharedAjv, type AjvCore, type StrictMode } from './ajv.js';
import { pointerToFragment } from '../schema-paths.js';
import { inspect, type Inspection } from './inspect.js';
import {
  check,
  compileError,
  dedupe,
  errorAt,
  locateLogged,
  metaSchemaError,
  throwPatterns,
  throwStrict,
} from './problems.js';

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
    throw errorAt('schema.keyword', keywordProblem.pointer, keywordProblem.message, schema, findings.keyword);
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
  collectLogsInto(logged);
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
      collectLogsInto(undefined);
      return register(fresh(), schema, draft, strict, fresh, fixedKey);
    }
    throw compileError(error, schema, found);
  } finally {
    collectLogsInto(undefined);
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
