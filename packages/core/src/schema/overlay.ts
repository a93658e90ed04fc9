/**
 * Canton overlays: a JSON document that customises a form template (a JSON Schema 2020-12) without
 * copying it. `applyOverlay` computes the effective schema; `checkOverlay` also refuses overlays that
 * break SEM core fields (`x-ias-core`), widen `x-ias-access` or hide required fields. Both are pure.
 * Format and rules: `packages/core/OVERLAYS.md`.
 */
export * from './overlay/types.js';
export { parseVersionedId, versionSatisfies } from './overlay/versions.js';
export { mergePatch } from './overlay/merge-patch.js';
export { applyOverlay } from './overlay/build.js';
export { checkOverlay } from './overlay/check.js';
