/**
 * `@ias-kit/core/compile` — compiles JSON Schemas at run time with Ajv (drafts 2020-12, 2019-09, 07, 06),
 * and prepares standalone validator modules at build time. Ajv generates code with `new Function`: a host
 * with a strict Content-Security-Policy uses precompiled validators (`fromStandalone`) instead.
 */
export * from './schema/validator.js';
