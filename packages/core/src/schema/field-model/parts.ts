/**
 * The building blocks `buildFieldModel` reads schema parts with: the keywords the renderer understands,
 * the formats Ajv checks, and the helpers that combine several schema parts (`$ref`, `allOf`) of one
 * instance into types, options, titles and an order.
 */
import type { LocalizedText } from '../../i18n/locales.js';
import { isJsonObject as isObject } from '../pointer.js';
import type { EnumOption, SchemaObject } from './types.js';

/** One schema part of an instance, with the pointer it sits at. */
export interface Part {
  schema: SchemaObject;
  pointer: string;
}

export const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** Formats Ajv checks (ajv-formats' full set); others are accepted unchecked and listed in the notices. */
export const KNOWN_FORMATS = new Set(
  (
    'date time date-time iso-time iso-date-time duration uri uri-reference uri-template url email hostname ' +
    'ipv4 ipv6 regex uuid json-pointer json-pointer-uri-fragment relative-json-pointer byte int32 int64 ' +
    'float double password binary'
  ).split(' '),
);

/** Keywords the renderer understands; any other validation keyword gets a notice (Ajv still checks it). */
export const RENDERED = new Set([
  '$schema',
  '$id',
  '$ref',
  '$defs',
  'definitions',
  '$comment',
  '$anchor',
  'title',
  'description',
  'default',
  'examples',
  'readOnly',
  'writeOnly',
  'deprecated',
  'type',
  'enum',
  'const',
  'properties',
  'required',
  'items',
  'minItems',
  'maxItems',
  'uniqueItems',
  'allOf',
  'oneOf',
  'anyOf',
  'if',
  'then',
  'else',
  'dependentRequired',
  'dependentSchemas',
  'dependencies',
  'format',
  'minLength',
  'maxLength',
  'pattern',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'additionalProperties',
  'patternProperties',
  'propertyNames',
  'unevaluatedProperties',
  'minProperties',
  'maxProperties',
  '$vocabulary',
  'contentMediaType',
  'contentEncoding',
]);

/**
 * Combines `x-ias-title` (per language) with the plain `title`: the plain text stands in for every UI
 * language the translation does not cover, before any other language is borrowed.
 */
export function localizedWithFallback(localized: unknown, plain: unknown): LocalizedText | undefined {
  const fallback = typeof plain === 'string' ? plain : undefined;
  if (typeof localized === 'string') return localized;
  if (!isObject(localized)) return fallback;
  if (fallback === undefined) return localized as LocalizedText;
  const out: Record<string, string> = {};
  for (const l of ['de', 'fr', 'it', 'en'])
    out[l] = typeof localized[l] === 'string' ? (localized[l] as string) : fallback;
  if (typeof localized['rm'] === 'string') out['rm'] = localized['rm'];
  return out;
}

/** Orders property names by `x-ias-order`; unlisted names go where `"*"` stands, or at the end. */
export function orderNames(names: string[], order: string[] | undefined): string[] {
  if (!order) return names;
  const listed = order.filter((n) => n === '*' || names.includes(n));
  const rest = names.filter((n) => !listed.includes(n));
  const star = listed.indexOf('*');
  if (star < 0) return [...listed, ...rest];
  return [...listed.slice(0, star), ...rest, ...listed.slice(star + 1)];
}

export function intersectTypes(parts: Part[]): string[] | undefined {
  let result: string[] | undefined;
  for (const p of parts) {
    const t = p.schema.type;
    const list = typeof t === 'string' ? [t] : Array.isArray(t) ? t.map(String) : undefined;
    if (!list) continue;
    const expanded = list.includes('number') ? [...list, 'integer'] : list;
    result =
      result === undefined
        ? list
        : result.filter((x) => expanded.includes(x) || (x === 'number' && list.includes('integer')));
    if (result.includes('number') && list.includes('integer') && !list.includes('number')) {
      result = result.map((x) => (x === 'number' ? 'integer' : x));
    }
  }
  return result;
}

export function enumOptions(parts: Part[]): EnumOption[] | undefined {
  for (const p of parts) {
    if (Array.isArray(p.schema.enum)) {
      const titles = p.schema['x-ias-enum-titles'];
      return p.schema.enum.map((value, i) => ({
        value,
        title: Array.isArray(titles) ? (titles[i] as LocalizedText) : undefined,
      }));
    }
    for (const kw of ['oneOf', 'anyOf'] as const) {
      const list = p.schema[kw];
      if (Array.isArray(list) && list.length > 0 && list.every((a) => isObject(a) && a.const !== undefined)) {
        return (list as SchemaObject[]).map((a) => ({
          value: a.const,
          title: localizedWithFallback(a['x-ias-title'], a.title),
        }));
      }
    }
  }
  return undefined;
}
