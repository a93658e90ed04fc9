/**
 * `@ias-kit/form/testing`: helpers for tests of elements built on `<ias-form>` (mount, type, find a
 * field's control across shadow roots). Workspace-only: the export has only the `ias-source` condition and
 * is stripped from the packed package (DECISIONS.md).
 */
export * from './helpers.js';
