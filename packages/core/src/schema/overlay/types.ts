/** Overlay documents, issue codes and the error `applyOverlay` throws (format: packages/core/OVERLAYS.md). */
import type { LocalizedText } from '../../i18n/locales.js';
import { IasError } from '../../errors.js';

export type Obj = Record<string, unknown>;

/** A canton overlay document (see OVERLAYS.md). */
export interface Overlay {
  /** Optional meta-schema of the overlay file itself (ignored). */
  $schema?: string;
  /** Identifier of the overlay with its version: `<uri>@<major.minor.patch>`. */
  $id: string;
  /** `$id` of the template it applies to, optionally with `@<version range>` (`…/kurzassessment@^1.2`). */
  base: string;
  title?: LocalizedText;
  description?: LocalizedText;
  $comment?: string;
  /** JSON Merge Patch (RFC 7386) applied to the template. */
  patch?: Obj;
  /** Items appended to arrays of the patched schema (`required`, `enum`, `oneOf`), by schema pointer. */
  append?: Record<string, unknown[]>;
  /** Property order per object schema pointer; becomes `x-ias-order`. */
  order?: Record<string, string[]>;
  /** Schema pointers of properties to hide; each gets `x-ias-hidden: true`. */
  hide?: string[];
}

/**
 * Issue codes. `overlay.shape`, `overlay.id`, `overlay.base` and `overlay.pointer` point into the
 * overlay document (`/hide/0`, `/base`); all others carry a schema pointer.
 * - `overlay.shape`: malformed overlay document (unknown member, wrong type);
 * - `overlay.id`: `$id` missing or without `@version`;
 * - `overlay.base`: the overlay targets another template, or a version outside its range;
 * - `overlay.pointer`: a malformed pointer in `append`, `order` or `hide`;
 * - `overlay.target`: a pointer in `append`, `order` or `hide` names nothing suitable in the patched schema;
 * - `overlay.order`: `order` lists an unknown or duplicate property;
 * - `schema.id`: the patch changes the template's `$id` or `$schema`;
 * - `schema.ref`: the overlay leaves a same-document `$ref` that resolves to nothing;
 * - `schema.remote-ref`: the overlay adds a `$ref` outside the document (a form never fetches);
 * - `schema.ref-loop`: the overlay makes `$ref`s lead back to themselves without reaching a schema;
 * - `schema.pattern`: the overlay adds a `pattern` the linear-time engine cannot run (or a malformed one);
 * - `core.removed` / `core.unmarked` / `core.hidden`: a core field is removed, loses `x-ias-core`, or is hidden;
 * - `core.type` / `core.format` / `core.enum` / `core.ref`: a core field is retyped;
 * - `core.loosened`: a core constraint is removed or relaxed; `core.required`: a core field, or a block
 *   holding core fields, is no longer required;
 * - `access.widened`: `x-ias-access` removed or given more roles;
 * - `hidden.required`: a hidden field is required; `required.removed`: a required field is removed.
 */
export const OVERLAY_ISSUE_CODES = [
  'overlay.shape',
  'overlay.id',
  'overlay.base',
  'overlay.pointer',
  'overlay.target',
  'overlay.order',
  'schema.id',
  'schema.ref',
  'schema.remote-ref',
  'schema.ref-loop',
  'schema.pattern',
  'core.removed',
  'core.unmarked',
  'core.hidden',
  'core.type',
  'core.format',
  'core.enum',
  'core.ref',
  'core.loosened',
  'core.required',
  'access.widened',
  'hidden.required',
  'required.removed',
] as const;
export type OverlayIssueCode = (typeof OVERLAY_ISSUE_CODES)[number];

/** One problem of an overlay; `message` is English and names the field. */
export interface OverlayIssue {
  pointer: string;
  code: OverlayIssueCode;
  message: string;
}

/**
 * Result of `checkOverlay`. `schema` is the effective schema whenever the overlay could be applied, also
 * when `ok` is false (for previews); use it only when `ok`.
 */
export interface OverlayCheck {
  ok: boolean;
  errors: OverlayIssue[];
  schema?: Obj;
}

/** An overlay that cannot be applied; `errors` lists every problem. */
export class OverlayError extends IasError {
  declare readonly code: 'overlay.invalid';
  readonly errors: OverlayIssue[];

  constructor(overlayId: unknown, errors: OverlayIssue[]) {
    const first = errors[0];
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
    const name = typeof overlayId === 'string' ? `Overlay "${overlayId}"` : 'Overlay';
    super('overlay.invalid', `${name} cannot be applied: ${first?.message ?? 'invalid'}${more}`, {
      value: overlayId,
      field: first?.pointer ?? '',
    });
    this.name = 'OverlayError';
    this.errors = errors;
  }
}
