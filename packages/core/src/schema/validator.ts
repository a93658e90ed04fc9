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
 *
 * The parts: `validator/ajv.ts` (the factory and the shared instances), `validator/inspect.ts` (walking a
 * schema), `validator/problems.ts` (problems with pointers), `validator/compile.ts` (registering and
 * compiling), `validator/draft-06.ts` (the draft-06 meta-schema).
 */
export {
  createAjv,
  resetAjvCache,
  type AjvLogger,
  type CreateAjvOptions,
  type StrictMode,
} from './validator/ajv.js';
export { conditionalPointers } from './validator/inspect.js';
export {
  compileSchema,
  prepareStandalone,
  type CompileOptions,
  type StandaloneBuild,
} from './validator/compile.js';

// Everything a validator shares (drafts, SchemaError, fromStandalone) is also reachable from here.
export * from './validation.js';
