/**
 * Ajv errors → messages per field for case workers: localized (de/fr/it/en), pointing at the field
 * at fault (a missing required property points at the property, not at its parent object), without
 * the noise of `if` and of the `oneOf`/`anyOf` branches that do not apply, and overridable per
 * schema with `x-ias-messages`.
 */
import { pickText, type Locale, type LocalizedText } from '../i18n/locales.js';
import {
  formatIsoDate,
  formatNumber,
  validationMessage,
  VALIDATION_MESSAGE_IDS,
  type MessageArgs,
  type ValidationMessageId,
} from '../i18n/messages.js';
import { escapePointerToken as escapeToken } from './pointer.js';
import { schemaPathToPointer, valueAt } from './schema-paths.js';

/** The part of an Ajv `ErrorObject` this module reads (runtime and precompiled validators both give it). */
export interface AjvErrorLike {
  keyword: string;
  instancePath: string;
  schemaPath: string;
  params: Record<string, unknown>;
  /** Set by Ajv on errors inside `propertyNames`. */
  propertyName?: string;
  message?: string;
}

/** One message for one field. */
export interface FieldError {
  /** JSON pointer into the DATA of the field at fault (for `required`: the missing property). */
  pointer: string;
  /** The Ajv keyword that failed (`required`, `format`, `false schema`, …). */
  keyword: string;
  /** The message in the requested language. */
  message: string;
  /** Ajv's parameters of the error (`limit`, `missingProperty`, `format`, …). */
  params: Record<string, unknown>;
  /** JSON pointer into the SCHEMA of the failing keyword (`/properties/name/maxLength`). */
  schemaPointer: string;
}

const REQUIRED_LIKE = new Set(['required', 'dependentRequired', 'dependencies']);

/**
 * Turns Ajv's errors into one localized message per field and problem. `rootSchema` (the schema the
 * errors come from) enables `x-ias-messages` overrides, field labels in messages and a better choice
 * among `oneOf`/`anyOf` branches; without it the messages are generic but still correct.
 */
export function toFieldErrors(
  errors: readonly AjvErrorLike[] | null | undefined,
  locale: Locale,
  rootSchema?: unknown,
): FieldError[] {
  if (!errors?.length) return [];
  const list = [...errors];
  const dropped = new Set<AjvErrorLike>();
  for (const e of list) {
    // `if` only says "must match then schema": the errors of `then`/`else` say what is wrong.
    if (e.keyword === 'if') dropped.add(e);
    // Errors inside `propertyNames` repeat what the `propertyNames` error says, on the parent object.
    if (e.propertyName !== undefined && e.keyword !== 'propertyNames') dropped.add(e);
  }
  const alternatives = list
    .filter(
      (e) => (e.keyword === 'oneOf' || e.keyword === 'anyOf') && !Array.isArray(e.params.passingSchemas),
    )
    .sort((a, b) => a.schemaPath.length - b.schemaPath.length);
  for (const e of alternatives) if (!dropped.has(e)) pickAlternative(e, list, dropped, rootSchema);

  const seen = new Set<string>();
  const result: FieldError[] = [];
  for (const e of list) {
    if (dropped.has(e)) continue;
    const missing = REQUIRED_LIKE.has(e.keyword) ? e.params.missingProperty : undefined;
    const pointer =
      typeof missing === 'string' ? `${e.instancePath}/${escapeToken(missing)}` : e.instancePath;
    const message = fieldErrorMessage(e, locale, rootSchema);
    const id = `${pointer}\u0000${message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    result.push({
      pointer,
      keyword: e.keyword,
      message,
      params: { ...e.params },
      schemaPointer: schemaPathToPointer(e.schemaPath),
    });
  }
  return result;
}

/**
 * Keeps the errors of the `oneOf`/`anyOf` branch the data most likely meant (fewest errors, no
 * mismatching discriminator `const`, matching type) and drops the others and the `oneOf` error itself.
 * When the branches' errors cannot be told apart, keeps only the `oneOf` error.
 */
function pickAlternative(
  alt: AjvErrorLike,
  list: readonly AjvErrorLike[],
  dropped: Set<AjvErrorLike>,
  root: unknown,
): void {
  const base = alt.schemaPath;
  const branches = valueAt(root, schemaPathToPointer(base));
  const candidates = list.filter(
    (e) =>
      e !== alt &&
      !dropped.has(e) &&
      within(e.instancePath, alt.instancePath) &&
      e.schemaPath.startsWith('#'),
  );
  let count = Array.isArray(branches) ? branches.length : 0;
  if (!count) {
    for (const e of candidates) {
      const m = e.schemaPath.startsWith(`${base}/`)
        ? /^(\d+)\//.exec(e.schemaPath.slice(base.length + 1))
        : null;
      if (m?.[1] !== undefined) count = Math.max(count, Number(m[1]) + 1);
    }
  }
  const groups: AjvErrorLike[][] = [];
  for (let i = 0; i < count; i++) {
    const prefixes = [
      `${base}/${i}/`,
      ...refPrefixes(Array.isArray(branches) ? branches[i] : undefined, root),
    ];
    groups.push(
      candidates.filter((e) => prefixes.some((p) => e.schemaPath.startsWith(p) || `${e.schemaPath}/` === p)),
    );
  }
  if (groups.every((g) => g.length === 0)) return;
  if (groups.some((g) => g.length === 0)) {
    // A branch failed with errors we cannot attribute: say only that no variant fits.
    for (const g of groups) for (const e of g) dropped.add(e);
    return;
  }
  const depth = (p: string): number => (p === '' ? 0 : p.split('/').length - 1);
  const score = (g: AjvErrorLike[]): number =>
    (g.some(
      (e) =>
        (e.keyword === 'const' || e.keyword === 'enum') &&
        depth(e.instancePath) === depth(alt.instancePath) + 1,
    )
      ? 1000
      : 0) +
    (g.some((e) => e.keyword === 'type' && e.instancePath === alt.instancePath) ? 500 : 0) +
    g.length;
  let best = 0;
  groups.forEach((g, i) => {
    if (score(g) < score(groups[best] ?? [])) best = i;
  });
  const keep = new Set(groups[best]);
  for (const g of groups) for (const e of g) if (!keep.has(e)) dropped.add(e);
  dropped.add(alt);
}

/** The schema-path prefixes of a branch that is (a chain of) local `$ref`s: Ajv reports errors at the target. */
function refPrefixes(branch: unknown, root: unknown): string[] {
  const prefixes: string[] = [];
  let current = branch;
  for (
    let i = 0;
    i < 8 && isObject(current) && typeof current.$ref === 'string' && current.$ref.startsWith('#');
    i++
  ) {
    prefixes.push(`${current.$ref}/`);
    current = valueAt(root, schemaPathToPointer(current.$ref));
  }
  return prefixes;
}

const within = (path: string, base: string): boolean => path === base || path.startsWith(`${base}/`);

/** The localized message for one Ajv error: the schema's `x-ias-messages` if it has one, else the catalogue's. */
export function fieldErrorMessage(error: AjvErrorLike, locale: Locale, rootSchema?: unknown): string {
  return override(error, locale, rootSchema) ?? catalogueMessage(error, locale, rootSchema);
}

function override(e: AjvErrorLike, locale: Locale, root: unknown): string | undefined {
  if (root === undefined || e.keyword === 'false schema') return undefined;
  const path = schemaPathToPointer(e.schemaPath);
  const parent = valueAt(root, path.slice(0, path.lastIndexOf('/')));
  const keys = e.keyword.startsWith('format') ? [e.keyword, 'format'] : [e.keyword];
  const candidates: unknown[] = [];
  const missing = e.params.missingProperty;
  if (
    REQUIRED_LIKE.has(e.keyword) &&
    typeof missing === 'string' &&
    isObject(parent) &&
    isObject(parent.properties)
  ) {
    // A field's own `x-ias-messages.required` says how to ask for it.
    const child = parent.properties[missing];
    if (isObject(child)) candidates.push(child['x-ias-messages']);
    keys.push('required');
  }
  if (isObject(parent)) candidates.push(parent['x-ias-messages']);
  for (const messages of candidates) {
    if (!isObject(messages)) continue;
    for (const key of keys) {
      const text = pickText(messages[key] as LocalizedText | undefined, locale);
      if (text) return interpolate(text, e.params, locale);
    }
  }
  return undefined;
}

/** `{limit}` in an override → the error's `limit` parameter, formatted for the locale. */
function interpolate(text: string, params: Record<string, unknown>, locale: Locale): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (typeof value === 'number') return formatNumber(value, locale);
    if (typeof value === 'string') return value;
    return whole;
  });
}

const FORMAT_MESSAGES: Record<string, ValidationMessageId> = {
  date: 'format.date',
  time: 'format.time',
  'iso-time': 'format.time',
  'date-time': 'format.date-time',
  'iso-date-time': 'format.date-time',
  duration: 'format.duration',
  email: 'format.email',
  'idn-email': 'format.email',
  uri: 'format.uri',
  'uri-reference': 'format.uri',
  iri: 'format.uri',
  'iri-reference': 'format.uri',
  url: 'format.uri',
  'uri-template': 'format.uri',
  hostname: 'format.hostname',
  'idn-hostname': 'format.hostname',
  ipv4: 'format.ip',
  ipv6: 'format.ip',
  uuid: 'format.uuid',
  int32: 'format.number',
  int64: 'format.number',
  float: 'format.number',
  double: 'format.number',
  regex: 'format.regex',
};

const LIMIT_KEYWORDS: Record<string, [ValidationMessageId, ValidationMessageId]> = {
  // keyword → [message for numbers and other values, message for dates]
  minimum: ['minimum', 'date.min'],
  maximum: ['maximum', 'date.max'],
  exclusiveMinimum: ['exclusiveMinimum', 'date.after'],
  exclusiveMaximum: ['exclusiveMaximum', 'date.before'],
  formatMinimum: ['minimum', 'date.min'],
  formatMaximum: ['maximum', 'date.max'],
  formatExclusiveMinimum: ['exclusiveMinimum', 'date.after'],
  formatExclusiveMaximum: ['exclusiveMaximum', 'date.before'],
};

function catalogueMessage(e: AjvErrorLike, locale: Locale, root: unknown): string {
  const p = e.params;
  const say = (id: ValidationMessageId, args?: MessageArgs): string => validationMessage(id, locale, args);
  const num = (value: unknown): string | undefined =>
    typeof value === 'number' ? formatNumber(value, locale) : undefined;
  const count = (value: unknown): MessageArgs => ({
    ...(typeof value === 'number' ? { limit: formatNumber(value, locale), count: value } : {}),
  });

  const limits = LIMIT_KEYWORDS[e.keyword];
  if (limits) {
    if (typeof p.limit === 'string') {
      const isDate = /^\d{4}-\d{2}-\d{2}/.test(p.limit);
      return say(isDate ? limits[1] : limits[0], { limit: isDate ? formatIsoDate(p.limit) : p.limit });
    }
    const limit = num(p.limit);
    return say(limits[0], limit === undefined ? {} : { limit });
  }
  switch (e.keyword) {
    case 'required':
      return say('required');
    case 'dependentRequired':
    case 'dependencies': {
      if (typeof p.missingProperty !== 'string') return say('fallback');
      const name =
        typeof p.property === 'string' ? labelOf(parentOf(e, root), p.property, locale) : undefined;
      return say('dependentRequired', name === undefined ? {} : { name });
    }
    case 'type': {
      const types = (Array.isArray(p.type) ? p.type : String(p.type ?? '').split(',')).map(String);
      const wanted = types.includes('number') ? 'number' : (types.find((t) => t !== 'null') ?? 'null');
      const id = `type.${wanted}`;
      return say(isMessageId(id) ? id : 'fallback');
    }
    case 'multipleOf': {
      const step = typeof p.multipleOf === 'number' ? p.multipleOf : undefined;
      const decimals = step === undefined ? undefined : decimalPlaces(step);
      if (decimals !== undefined)
        return say('decimals', { count: decimals, limit: formatNumber(decimals, locale) });
      const limit = num(step);
      return say('multipleOf', limit === undefined ? {} : { limit });
    }
    case 'minLength':
      return typeof p.limit === 'number' && p.limit <= 1 ? say('required') : say('minLength', count(p.limit));
    case 'maxLength':
      return say('maxLength', count(p.limit));
    case 'pattern':
      return say('pattern');
    case 'format':
      return say(FORMAT_MESSAGES[String(p.format)] ?? 'format');
    case 'enum':
      return say('enum');
    case 'const':
      return say(p.allowedValue === true ? 'const.true' : 'const');
    case 'minItems':
      return say('minItems', count(p.limit));
    case 'maxItems':
    case 'items': // `items: false` after `prefixItems`
    case 'additionalItems':
      return say('maxItems', count(p.limit));
    case 'unevaluatedItems':
      return say('maxItems', count(p.len));
    case 'uniqueItems': {
      const [i, j] = [p.i, p.j];
      return typeof i === 'number' && typeof j === 'number'
        ? say('uniqueItems', {
            name: formatNumber(Math.min(i, j) + 1, locale),
            other: formatNumber(Math.max(i, j) + 1, locale),
          })
        : say('uniqueItems');
    }
    case 'minProperties':
      return say('minProperties', count(p.limit));
    case 'maxProperties':
      return say('maxProperties', count(p.limit));
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const name = p.additionalProperty ?? p.unevaluatedProperty;
      return say('additionalProperties', typeof name === 'string' ? { name } : {});
    }
    case 'oneOf':
      return say(Array.isArray(p.passingSchemas) ? 'oneOf.many' : 'oneOf');
    case 'anyOf':
      return say('anyOf');
    case 'not':
      return say('not');
    case 'if':
      return say('if');
    case 'contains': {
      if (typeof p.maxContains === 'number') {
        const min = typeof p.minContains === 'number' ? p.minContains : 1;
        return min <= 0
          ? say('maxContains', count(p.maxContains))
          : say('containsRange', {
              limit: formatNumber(min, locale),
              other: formatNumber(p.maxContains, locale),
            });
      }
      return say('contains', count(typeof p.minContains === 'number' ? p.minContains : 1));
    }
    case 'propertyNames':
      return say('propertyNames', typeof p.propertyName === 'string' ? { name: p.propertyName } : {});
    case 'false schema':
      return say('falseSchema');
    default:
      return say('fallback');
  }
}

const isMessageId = (id: string): id is ValidationMessageId =>
  (VALIDATION_MESSAGE_IDS as readonly string[]).includes(id);

/** `0.01` → 2, `1` → 0; `undefined` for steps that are not a power of ten at or below 1. */
function decimalPlaces(step: number): number | undefined {
  for (let k = 0; k <= 10; k++) if (Math.abs(step - 10 ** -k) < 10 ** -(k + 6)) return k;
  return undefined;
}

/** The sub-schema that holds the failing keyword (schema path without its last token). */
function parentOf(e: AjvErrorLike, root: unknown): unknown {
  const path = schemaPathToPointer(e.schemaPath);
  return valueAt(root, path.slice(0, path.lastIndexOf('/')));
}

/** A property's label: its `x-ias-title`, else its `title`, else the property name. */
function labelOf(parent: unknown, property: string, locale: Locale): string {
  const child = isObject(parent) && isObject(parent.properties) ? parent.properties[property] : undefined;
  if (isObject(child)) {
    const title =
      pickText(child['x-ias-title'] as LocalizedText | undefined, locale) ??
      pickText(child.title as string | undefined, locale);
    if (title) return title;
  }
  return property;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
