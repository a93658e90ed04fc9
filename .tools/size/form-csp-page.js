// A vendor's production page with one <ias-form> and a precompiled validator: the CSP path, which never loads
// the Ajv compiler (measured by .size-limit.mjs).
import '@ias-kit/form/define.js';
export * from '../../packages/form/generated/csp-template.validator.js';
