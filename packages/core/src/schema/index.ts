/**
 * `@ias-kit/core/schema` — JSON Schema tools without the Ajv compiler: the `x-ias-*` vocabulary, the
 * schema → field model, JSON pointers, canton overlays, localized validation messages, and precompiled
 * (CSP-safe) validators through `fromStandalone`. Runtime compilation lives in `@ias-kit/core/compile`.
 */
export * from './keywords.js';
export * from './field-model.js';
export * from './quick-test.js';
export * from './pointer.js';
export * from './linear-regexp.js';
export * from './overlay.js';
export * from './validation.js';
export * from './errors.js';
export * from '../i18n/messages.js';
