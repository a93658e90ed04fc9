import type { LocalizedText } from '../i18n/locales.js';

/**
 * The `x-ias-*` UI-hint vocabulary. Every keyword is registered with Ajv (with a meta-schema, so a
 * malformed hint is a schema error naming its JSON pointer) and strict mode stays on.
 * Declared once here and reused by the Ajv factory, the field model, overlays and docs.
 */
export interface IasKeywords {
  /** Widget name: a built-in (`text`, `textarea`, `select`, `radio`, `checkbox`, `yes-no-unknown`, `date`, `checkboxes`) or one a host registered. */
  'x-ias-widget'?: string;
  /** Order of an object's properties; unlisted ones follow in schema order. `"*"` marks where they go. */
  'x-ias-order'?: string[];
  /** Layout groups of an object's properties, each a titled block with optional columns. */
  'x-ias-groups'?: { id: string; title?: LocalizedText; fields: string[]; columns?: number }[];
  /** Number of columns (1–4) for an object's fields. */
  'x-ias-columns'?: number;
  /** Label per language; falls back to `title`. */
  'x-ias-title'?: LocalizedText;
  /** Description per language; falls back to `description`. */
  'x-ias-description'?: LocalizedText;
  /** Help text shown under the control. */
  'x-ias-help'?: LocalizedText;
  /** Placeholder of the control. */
  'x-ias-placeholder'?: LocalizedText;
  /** Who may read and write this field (role names); absent means everyone. */
  'x-ias-access'?: { read?: string[]; write?: string[] };
  /** A field SEM monitoring needs: overlays must not remove, retype or loosen it. */
  'x-ias-core'?: boolean;
  /** Hidden by a canton overlay (only allowed on optional, non-core fields). */
  'x-ias-hidden'?: boolean;
  /** Error messages per Ajv keyword (for example `pattern`), per language. */
  'x-ias-messages'?: Record<string, LocalizedText>;
  /** Set by `applyOverlay`: the `$id` of the canton overlay (or overlays, stacked) applied to a template. */
  'x-ias-overlay'?: string | string[];
  /** Translated labels for the values of an `enum`, in the same order. */
  'x-ias-enum-titles'?: LocalizedText[];
}

const localized = {
  anyOf: [
    { type: 'string' },
    {
      type: 'object',
      propertyNames: { enum: ['de', 'fr', 'it', 'en', 'rm'] },
      additionalProperties: { type: 'string' },
    },
  ],
};

/** Meta-schemas of the `x-ias-*` keywords (draft-07 compatible subset so every Ajv draft accepts them). */
export const IAS_KEYWORD_SCHEMAS: Record<keyof IasKeywords, object> = {
  'x-ias-widget': { type: 'string', minLength: 1 },
  'x-ias-order': { type: 'array', items: { type: 'string' } },
  'x-ias-groups': {
    type: 'array',
    items: {
      type: 'object',
      required: ['id', 'fields'],
      properties: {
        id: { type: 'string' },
        title: localized,
        fields: { type: 'array', items: { type: 'string' } },
        columns: { type: 'integer', minimum: 1, maximum: 4 },
      },
      additionalProperties: false,
    },
  },
  'x-ias-columns': { type: 'integer', minimum: 1, maximum: 4 },
  'x-ias-title': localized,
  'x-ias-description': localized,
  'x-ias-help': localized,
  'x-ias-placeholder': localized,
  'x-ias-access': {
    type: 'object',
    properties: {
      read: { type: 'array', items: { type: 'string' } },
      write: { type: 'array', items: { type: 'string' } },
    },
    additionalProperties: false,
  },
  'x-ias-core': { type: 'boolean' },
  'x-ias-hidden': { type: 'boolean' },
  'x-ias-messages': { type: 'object', additionalProperties: localized },
  'x-ias-overlay': { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
  'x-ias-enum-titles': { type: 'array', items: localized },
};

export const IAS_KEYWORDS = Object.keys(IAS_KEYWORD_SCHEMAS) as (keyof IasKeywords)[];
