/**
 * What every JSON Schema validator of ias-kit shares, with no Ajv at run time: the drafts, `SchemaError`,
 * the `SchemaValidator` interface, and `fromStandalone()`, which wraps a precompiled (standalone)
 * validator module. A host whose Content-Security-Policy forbids `'unsafe-eval'` imports only this
 * (`@ias-kit/core/schema`) and never loads the Ajv compiler (`@ias-kit/core/compile`).
 */
import type { ErrorObject } from 'ajv';
import { IasError } from '../errors.js';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.js';
import { toFieldErrors, type AjvErrorLike, type FieldError } from './errors.js';
import { isJsonObject as isObject } from './pointer.js';

// ---- drafts -----------------------------------------------------------------------------------------

/** The JSON Schema drafts Ajv 8 validates. 2020-12 is the kit's own draft and the default. */
export const SCHEMA_DRAFTS = ['2020-12', '2019-09', 'draft-07', 'draft-06'] as const;
export type SchemaDraft = (typeof SCHEMA_DRAFTS)[number];

/** The `$schema` URI Ajv knows each draft by. */
export const META_URI: Record<SchemaDraft, string> = {
  '2020-12': 'https://json-schema.org/draft/2020-12/schema',
  '2019-09': 'https://json-schema.org/draft/2019-09/schema',
  'draft-07': 'http://json-schema.org/draft-07/schema#',
  'draft-06': 'http://json-schema.org/draft-06/schema#',
};

const DRAFT_URI = /^https?:\/\/json-schema\.org\/(?:draft\/(2020-12|2019-09)|draft-(0[3467]))\/schema#?$/;

/** The generic "latest draft" URI some tools write; the schema's own keywords then tell the draft. */
const GENERIC_URI = /^https?:\/\/json-schema\.org\/schema#?$/;

/**
 * The draft of a schema, read from its `$schema` (with or without the trailing `#`, `http` or
 * `https`). Without `$schema`, or with the generic `http://json-schema.org/schema#`, the schema's own
 * keywords decide: draft-07 ones (`definitions`, `dependencies`, `items` as an array, `additionalItems`)
 * without any 2019-09/2020-12 one (`$defs`, `prefixItems`, `dependentSchemas`, `unevaluated*`…) mean
 * draft-07; anything else is 2020-12. Throws a `SchemaError` (code `schema.draft`, pointer
 * `/$schema`) for draft-04 and older, which Ajv 8 does not support, and for unknown URIs.
 */
export function detectDraft(schema: unknown): SchemaDraft {
  if (!isObject(schema)) return '2020-12';
  const uri = schema.$schema;
  if (uri === undefined || (typeof uri === 'string' && GENERIC_URI.test(uri.trim())))
    return draftByKeywords(schema);
  if (typeof uri !== 'string') {
    throw new SchemaError('schema.draft', '/$schema', '"$schema" must be a string (a meta-schema URI)', uri);
  }
  const m = DRAFT_URI.exec(uri.trim());
  const version = m?.[1] ?? (m?.[2] ? `draft-${m[2]}` : undefined);
  if (version === 'draft-04' || version === 'draft-03') {
    throw new SchemaError(
      'schema.draft',
      '/$schema',
      `${version} is not supported (Ajv 8 validates 2020-12, 2019-09, draft-07 and draft-06); ` +
        'write the schema in 2020-12 or draft-07',
      uri,
    );
  }
  if (version === undefined || !(SCHEMA_DRAFTS as readonly string[]).includes(version)) {
    throw new SchemaError(
      'schema.draft',
      '/$schema',
      `unknown meta-schema "${uri}"; use https://json-schema.org/draft/2020-12/schema (or 2019-09, draft-07, draft-06)`,
      uri,
    );
  }
  return version as SchemaDraft;
}

const NEW_KEYWORDS = new Set([
  '$defs',
  'prefixItems',
  'dependentSchemas',
  'dependentRequired',
  'unevaluatedProperties',
  'unevaluatedItems',
  '$anchor',
  '$dynamicRef',
  '$dynamicAnchor',
  '$recursiveRef',
  '$recursiveAnchor',
  'minContains',
  'maxContains',
]);
const OLD_KEYWORDS = new Set(['definitions', 'dependencies', 'additionalItems']);
const SCHEMA_MAPS = new Set([
  'properties',
  'patternProperties',
  '$defs',
  'definitions',
  'dependentSchemas',
  'dependencies',
]);

/** 2020-12, unless the schema uses draft-07 keywords and none of the newer drafts. */
function draftByKeywords(root: Record<string, unknown>): SchemaDraft {
  let old = false;
  const stack: unknown[] = [root];
  while (stack.length) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      stack.push(...node);
      continue;
    }
    if (!isObject(node)) continue;
    for (const [key, value] of Object.entries(node)) {
      if (NEW_KEYWORDS.has(key)) return '2020-12';
      if (OLD_KEYWORDS.has(key) || (key === 'items' && Array.isArray(value))) old = true;
      if (
        key === 'enum' ||
        key === 'const' ||
        key === 'default' ||
        key === 'examples' ||
        key.startsWith('x-')
      )
        continue;
      if (SCHEMA_MAPS.has(key) && isObject(value)) stack.push(...Object.values(value));
      else if (typeof value === 'object') stack.push(value);
    }
  }
  return old ? 'draft-07' : '2020-12';
}

// ---- errors -----------------------------------------------------------------------------------------

/**
 * Codes of `SchemaError`:
 * - `schema.draft`: `$schema` names a draft Ajv 8 does not support, or an unknown URI;
 * - `schema.invalid`: the schema breaks its draft's meta-schema (`{ "type": "strin" }`, a bad regex);
 * - `schema.keyword`: a malformed `x-ias-*` hint (its meta-schema in `keywords.ts` refuses the value);
 * - `schema.ref`: a `$ref` that resolves to nothing, or a `$ref` loop that never reaches a schema;
 * - `schema.pattern`: a `pattern` (or `patternProperties` key) the linear-time engine cannot run
 *   (backreference, lookaround, repetition count above 1,000);
 * - `schema.strict`: a strict-mode complaint (unknown keyword or format, `then` without `if`, keyword
 *   without its `type`) while compiling with `strict: true`;
 * - `schema.pointer`: `test()` got a pointer that is not a sub-schema of the root;
 * - `schema.precompiled`: a precompiled module lacks the pointer, or was built from another schema;
 * - `schema.compile`: anything else Ajv refuses.
 */
export const SCHEMA_ERROR_CODES = [
  'schema.draft',
  'schema.invalid',
  'schema.keyword',
  'schema.ref',
  'schema.pattern',
  'schema.strict',
  'schema.pointer',
  'schema.precompiled',
  'schema.compile',
] as const;
export type SchemaErrorCode = (typeof SCHEMA_ERROR_CODES)[number];

/** One problem of a schema: where (JSON pointer into the schema) and what. */
export interface SchemaProblem {
  pointer: string;
  message: string;
  keyword?: string;
}

/**
 * A schema that cannot be used. `pointer` is the JSON pointer into the schema at fault (`''` is the
 * root), `problems` lists every problem found (the first is the one `pointer` and `message` name).
 */
export class SchemaError extends IasError {
  declare readonly code: SchemaErrorCode;
  readonly pointer: string;
  readonly problems: readonly SchemaProblem[];

  constructor(
    code: SchemaErrorCode,
    pointer: string,
    message: string,
    value?: unknown,
    problems?: readonly SchemaProblem[],
  ) {
    super(code, `schema error at ${showPointer(pointer)}: ${message}`, { value, field: pointer });
    this.name = 'SchemaError';
    this.pointer = pointer;
    this.problems = problems?.length ? problems : [{ pointer, message }];
  }
}

export const showPointer = (pointer: string): string => (pointer === '' ? '"" (the root)' : `"${pointer}"`);

/** A strict-mode complaint that did not stop compilation (`strict: 'log'`). */
export interface SchemaNotice {
  pointer: string;
  keyword: string;
  message: string;
}

export interface ValidationResult {
  valid: boolean;
  /** Localized, de-duplicated errors per field (see `toFieldErrors`). */
  errors: FieldError[];
  /** Ajv's raw errors. */
  ajvErrors: ErrorObject[];
}

export interface SchemaValidator {
  readonly draft: SchemaDraft;
  readonly schema: unknown;
  /** `true` for `fromStandalone` (no code is generated at run time). */
  readonly precompiled: boolean;
  /** Strict-mode complaints that did not stop compilation (`strict: 'log'`). */
  readonly notices: readonly SchemaNotice[];
  /** The pointers `test()` is meant for (and, when precompiled, the only ones it accepts). */
  readonly conditionalPointers: readonly string[];
  /** Validates data against the root schema; messages in `locale` (default German). */
  validate(data: unknown, locale?: Locale): ValidationResult;
  /**
   * Whether `data` is valid against the sub-schema at `schemaPointer` (a JSON pointer into the root
   * schema, e.g. `/allOf/0/if`, `/properties/x/oneOf/1`); `$ref`s inside resolve against the root.
   * Throws a `SchemaError` for a pointer that is not a sub-schema (or, precompiled, was not built).
   */
  test(schemaPointer: string, data: unknown): boolean;
}

export function result(
  fn: (data: unknown) => unknown,
  data: unknown,
  locale: Locale,
  schema: unknown,
): ValidationResult {
  const valid = fn(data) === true;
  const ajvErrors = valid
    ? []
    : [...(((fn as { errors?: ErrorObject[] | null }).errors ?? []) as ErrorObject[])];
  return { valid, errors: valid ? [] : toFieldErrors(ajvErrors, locale, schema), ajvErrors };
}

export function booleanValidator(schema: boolean, draft: SchemaDraft): SchemaValidator {
  const error: ErrorObject = {
    instancePath: '',
    schemaPath: '#',
    keyword: 'false schema',
    params: {},
    message: 'boolean schema is false',
  };
  return {
    draft,
    schema,
    precompiled: false,
    notices: [],
    conditionalPointers: [],
    validate: (_data, locale = DEFAULT_LOCALE) =>
      schema
        ? { valid: true, errors: [], ajvErrors: [] }
        : { valid: false, errors: toFieldErrors([error], locale), ajvErrors: [error] },
    test: (pointer) => {
      if (pointer !== '')
        throw new SchemaError('schema.pointer', pointer, 'is not a sub-schema of this schema', pointer);
      return schema;
    },
  };
}

// ---- precompiled (standalone) validators ------------------------------------------------------------

/** A validator function as Ajv's standalone code exports it. */
export interface PrecompiledFunction {
  (data: unknown): boolean;
  errors?: readonly AjvErrorLike[] | null;
}

/** What `.tools/build-validators.mjs` generates: the root validator, one per conditional pointer, and their names. */
export interface StandaloneModule {
  /** Schema pointer (`''` for the root) → name of the export that validates it. */
  readonly pointers: Readonly<Record<string, string>>;
  readonly draft?: string;
  /** `schemaHash()` of the schema the module was built from. */
  readonly hash?: string;
  readonly [exportName: string]: unknown;
}

export interface StandaloneOptions {
  /** Refuse a module built from a different schema (compares `schemaHash`). Default `true`. */
  verify?: boolean;
}

/**
 * A `SchemaValidator` from a precompiled module: no code generation, so it works under a
 * Content-Security-Policy without `'unsafe-eval'`. `schema` is the schema the module was built from
 * (for messages: titles, `x-ias-messages`). `test()` accepts only the precompiled pointers.
 */
export function fromStandalone(
  mod: StandaloneModule,
  schema: unknown,
  options: StandaloneOptions = {},
): SchemaValidator {
  const pointers =
    isObject(mod) && isObject(mod.pointers) ? (mod.pointers as Record<string, string>) : undefined;
  const rootName = pointers?.[''];
  const root = rootName === undefined ? undefined : mod[rootName];
  if (!pointers || typeof root !== 'function') {
    throw new SchemaError(
      'schema.precompiled',
      '',
      'not a precompiled validator module (expected exports "pointers" and the root validator); build it with .tools/build-validators.mjs',
    );
  }
  if (options.verify !== false && typeof mod.hash === 'string') {
    const actual = schemaHash(schema);
    if (actual !== mod.hash) {
      throw new SchemaError(
        'schema.precompiled',
        '',
        `the precompiled validator was built from another schema (hash ${mod.hash}, this schema ${actual}); ` +
          're-run .tools/build-validators.mjs, or compile at run time with compileSchema()',
      );
    }
  }
  const draft =
    typeof mod.draft === 'string' && (SCHEMA_DRAFTS as readonly string[]).includes(mod.draft)
      ? (mod.draft as SchemaDraft)
      : detectDraft(schema);
  const lookup = (pointer: string): PrecompiledFunction => {
    const name = Object.hasOwn(pointers, pointer) ? pointers[pointer] : undefined;
    const fn = name === undefined ? undefined : mod[name];
    if (typeof fn !== 'function') {
      throw new SchemaError(
        'schema.precompiled',
        String(pointer),
        'no precompiled validator for this pointer (precompiled are the root and every if / oneOf / anyOf / ' +
          'dependentSchemas entry); add it to the build or compile at run time with compileSchema()',
        pointer,
      );
    }
    return fn as PrecompiledFunction;
  };
  return {
    draft,
    schema,
    precompiled: true,
    notices: [],
    conditionalPointers: Object.keys(pointers).filter((p) => p !== ''),
    validate: (data, locale = DEFAULT_LOCALE) => result(root as PrecompiledFunction, data, locale, schema),
    test: (pointer, data) => lookup(pointer)(data) === true,
  };
}

/** A short, stable hash of a schema's content (key order does not matter): FNV-1a over canonical JSON. */
export function schemaHash(schema: unknown): string {
  let h = 0x811c9dc5;
  const text = canonical(schema);
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isObject(value)) {
    return `{${Object.keys(value)
      .sort()
      .filter((k) => value[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
