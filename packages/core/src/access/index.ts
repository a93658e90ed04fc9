/**
 * `@ias-kit/core/access` — who may read and write which field (`x-ias-access`, `readOnly`), in one
 * implementation for the elements and for hosts' servers: `redact` what a role may not read before
 * sending a record, `mergeEdit` what it sends back into the stored record, `changesOf` for the audit
 * record of an edit. Pure and DOM-free; the rules are written out in `packages/core/ACCESS.md` and
 * checked against `access-cases.json`.
 */
export * from './rules.js';
export * from './redact.js';
export * from './changes.js';
