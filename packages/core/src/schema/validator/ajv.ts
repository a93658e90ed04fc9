/**
 * The Ajv factory: one configured Ajv per JSON Schema draft (allErrors, formats, the `x-ias-*`
 * vocabulary, patterns on the linear-time engine), and the instances `compileSchema` shares, whose
 * strict-mode complaints are collected instead of thrown.
 */
import AjvDraft07Import from 'ajv';
import Ajv2019Import from 'ajv/dist/2019.js';
import Ajv2020Import from 'ajv/dist/2020.js';
import addFormatsImport from 'ajv-formats';
import type { Options } from 'ajv';
// The namespace form, not `import type AjvCore from …`: under `node16` resolution a default import of this
// CommonJS module is the module object, and `AjvCore` would not name the class (TS2709 in our .d.ts).
import type * as AjvCoreModule from 'ajv/dist/core.js';
import { IAS_KEYWORD_SCHEMAS } from '../keywords.js';
import { linearRegExp, PatternSyntaxError, type LinearRegExp } from '../linear-regexp.js';
import type { SchemaDraft } from '../validation.js';
import { DRAFT_06_META_SCHEMA } from './draft-06.js';

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

export type AjvCore = AjvCoreModule.default;
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
export const baseFormats = new WeakMap<AjvCore, ReadonlySet<string>>();

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

/** Where the collecting logger puts Ajv's messages from now on (`undefined`: drop them). */
export function collectLogsInto(messages: string[] | undefined): void {
  sink = messages;
}

const collectingLogger: AjvLogger = {
  log: () => undefined,
  warn: (...args) => sink?.push(args.map(String).join(' ')),
  error: (...args) => sink?.push(args.map(String).join(' ')),
};

/** The instances `compileSchema` shares, one per Ajv class, created on first use. */
const shared = new Map<AjvClass, AjvCore>();

export function sharedAjv(draft: SchemaDraft): AjvCore {
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
export const createCollectingAjv = (draft: SchemaDraft, standalone: boolean): AjvCore =>
  createAjv(draft, { strict: 'log', logger: collectingLogger, standalone });

/**
 * Drops the shared Ajv instances (and the schemas they hold). Validators created before keep working.
 * For tests and for long-lived pages that swapped through many schemas.
 */
export function resetAjvCache(): void {
  shared.clear();
}
