/**
 * Canton overlays: a JSON document that customises a form template (a JSON Schema 2020-12) without
 * copying it. `applyOverlay` computes the effective schema; `checkOverlay` also refuses overlays that
 * break SEM core fields (`x-ias-core`), widen `x-ias-access` or hide required fields. Both are pure.
 * Format and rules: `packages/core/OVERLAYS.md`.
 */
import type { LocalizedText } from '../i18n/locales.js';
import { IasError } from '../errors.js';
import {
  PointerError,
  escapePointerToken as esc,
  fragmentToPointer,
  getAt,
  isJsonObject,
  parsePointer,
  putOwn,
  setAt,
} from './pointer.js';

type Obj = Record<string, unknown>;

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
 * - `core.removed` / `core.unmarked` / `core.hidden`: a core field is removed, loses `x-ias-core`, or is hidden;
 * - `core.type` / `core.format` / `core.enum` / `core.ref`: a core field is retyped;
 * - `core.loosened`: a core constraint is removed or relaxed; `core.required`: a core field is no longer required;
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

// ---------------------------------------------------------------------------------------------------
// Versions: `<uri>@1.2.3` ids and npm-style ranges (`1.2.3`, `^1.2`, `~1.2.0`, `1.x`, `>=1.2 <2`, `a || b`).

type Version = [number, number, number];

/** Splits `https://…/kurzassessment@1.2.0` into id and version; `version` is absent when the id has none. */
export function parseVersionedId(id: string): { id: string; version?: string } {
  const match = /^(.+)@(\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]*)?)$/.exec(id);
  return match ? { id: match[1] as string, version: match[2] as string } : { id };
}

const cmp = (a: Version, b: Version): number => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

function comparator(text: string): [Version | undefined, Version | undefined] | undefined {
  const m = /^(<=|>=|<|>|=|\^|~)?v?(\d+|[xX*])(?:\.(\d+|[xX*]))?(?:\.(\d+|[xX*]))?(?:-[0-9A-Za-z.-]+)?$/.exec(
    text,
  );
  if (!m) return undefined;
  const parts = [m[2], m[3], m[4]];
  let n = 0;
  while (n < 3 && /^\d+$/.test(parts[n] ?? '')) n++;
  const low = [0, 1, 2].map((i) => (i < n ? Number(parts[i]) : 0)) as Version;
  const bump = (i: number) => low.map((x, j) => (j < i ? x : j === i ? x + 1 : 0)) as Version;
  const none: [Version, Version] = [
    [0, 0, 0],
    [0, 0, 0],
  ];
  switch (m[1] ?? '') {
    case '>=':
      return [low, undefined];
    case '>':
      return n === 0 ? none : [bump(n - 1), undefined];
    case '<':
      return n === 0 ? none : [undefined, low];
    case '<=':
      return [undefined, n === 0 ? undefined : bump(n - 1)];
    case '^': {
      const first = low.findIndex((x, i) => i < n && x !== 0);
      return [low, n === 0 ? undefined : bump(first >= 0 ? first : n - 1)];
    }
    case '~':
      return [low, n === 0 ? undefined : bump(n >= 2 ? 1 : 0)];
    default:
      return [low, n === 0 ? undefined : bump(n - 1)];
  }
}

/** Whether `version` (`1.2.3`, pre-release tags ignored) lies in the npm-style `range`; `undefined` if either is malformed. */
export function versionSatisfies(version: string, range: string): boolean | undefined {
  const v = /^(\d+)\.(\d+)\.(\d+)/.exec(version);
  const sets = range.split('||').map((set) => set.trim().split(/\s+/).filter(Boolean).map(comparator));
  if (!v || sets.some((set) => set.some((c) => !c))) return undefined;
  const ver = [Number(v[1]), Number(v[2]), Number(v[3])] as Version;
  return sets.some((set) =>
    set.every((c) => {
      const [lo, hi] = c as [Version | undefined, Version | undefined];
      return (!lo || cmp(ver, lo) >= 0) && (!hi || cmp(ver, hi) < 0);
    }),
  );
}

function splitBase(base: string): { id: string; range?: string } {
  const at = base.lastIndexOf('@');
  const range = at > 0 ? base.slice(at + 1) : '';
  return range && !range.includes('/') ? { id: base.slice(0, at), range } : { id: base };
}

// ---------------------------------------------------------------------------------------------------
// JSON helpers

/** Canonical JSON (sorted keys) for comparing values. */
const canon = (v: unknown): string =>
  Array.isArray(v)
    ? `[${v.map(canon).join(',')}]`
    : isJsonObject(v)
      ? `{${Object.keys(v)
          .sort()
          .map((k) => `${JSON.stringify(k)}:${canon(v[k])}`)
          .join(',')}}`
      : (JSON.stringify(v) ?? 'null');

const list = (values: Iterable<string>) => [...values].map((v) => `"${v}"`).join(', ');

/**
 * Applies a JSON Merge Patch (RFC 7386) without mutating `target`: `null` removes a member, objects
 * merge recursively, anything else (arrays included) replaces. Unchanged subtrees keep their identity.
 */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isJsonObject(patch)) return patch;
  const source: Obj = isJsonObject(target) ? target : {};
  let result: Obj | undefined;
  for (const [key, value] of Object.entries(patch)) {
    const present = Object.hasOwn(source, key);
    if (value === null) {
      if (present) {
        result ??= { ...source };
        delete result[key];
      }
      continue;
    }
    const before = present ? source[key] : undefined;
    const after = mergePatch(before, value);
    if (!present || after !== before) putOwn((result ??= { ...source }), key, after);
  }
  return result ?? source;
}

// ---------------------------------------------------------------------------------------------------
// Schema walking

const MAP_KEYWORDS = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'];
const LIST_KEYWORDS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const ONE_KEYWORDS = [
  'items',
  'additionalItems',
  'additionalProperties',
  'unevaluatedProperties',
  'unevaluatedItems',
  'contains',
  'propertyNames',
  'not',
  'if',
  'then',
  'else',
];

/** Where a schema node sits: reached as property `name` of the object schema at `parent`, if so. */
interface Place {
  parent?: string;
  name?: string;
}

type Visitor = (node: Obj, pointer: string, place: Place) => void;

/** Visits every subschema object of `schema` (not `enum`/`const`/annotation values) with its pointer. */
function walkSchema(schema: unknown, pointer: string, visit: Visitor, place: Place = {}): void {
  if (!isJsonObject(schema)) return;
  visit(schema, pointer, place);
  for (const [key, value] of Object.entries(schema)) {
    const at = `${pointer}/${esc(key)}`;
    if (MAP_KEYWORDS.includes(key) && isJsonObject(value)) {
      for (const [name, sub] of Object.entries(value)) {
        walkSchema(sub, `${at}/${esc(name)}`, visit, key === 'properties' ? { parent: pointer, name } : {});
      }
    } else if (LIST_KEYWORDS.includes(key) || ONE_KEYWORDS.includes(key)) {
      if (Array.isArray(value)) value.forEach((sub, i) => walkSchema(sub, `${at}/${i}`, visit));
      else walkSchema(value, at, visit);
    }
  }
}

/**
 * Reads a schema pointer structurally: a readable label (`person.birthDate`, `languages[].code`) and,
 * when its last step is a property, the object schema holding it. `undefined` if it is not a schema path.
 */
function describe(
  tokens: readonly string[],
): { label: string; parent?: string[]; name?: string } | undefined {
  const names: string[] = [];
  let i = 0;
  let parent: string[] | undefined;
  let name: string | undefined;
  while (i < tokens.length) {
    const keyword = tokens[i] as string;
    const next = tokens[i + 1];
    parent = name = undefined;
    if (MAP_KEYWORDS.includes(keyword) && next !== undefined) {
      if (keyword === 'properties') [parent, name] = [tokens.slice(0, i) as string[], next];
      names.push(next);
      i += 2;
    } else if (LIST_KEYWORDS.includes(keyword) && next !== undefined && /^\d+$/.test(next)) {
      names.push(`${keyword}[${next}]`);
      i += 2;
    } else if (ONE_KEYWORDS.includes(keyword)) {
      if (keyword === 'items' && names.length) names.push(`${names.pop() as string}[]`);
      else names.push(keyword);
      i += 1;
    } else return undefined;
  }
  return { label: names.join('.') || '(root)', ...(name !== undefined ? { parent, name } : {}) };
}

const labelOf = (pointer: string): string => {
  const d = describe(parsePointer(pointer));
  return d ? `"${d.label}" (${pointer})` : pointer;
};

/** Resolution of same-document `$ref`s (`#/…`, `#anchor`, `<root $id>#…`) within one schema document. */
function resolver(doc: Obj): (ref: string) => string | undefined {
  let anchors: Map<string, string> | undefined;
  const rootId = typeof doc.$id === 'string' ? doc.$id.replace(/#$/, '') : undefined;
  return (ref) => {
    const local = rootId && ref.startsWith(`${rootId}#`) ? ref.slice(rootId.length) : ref;
    const pointer = fragmentToPointer(local);
    if (pointer !== undefined) return isJsonObject(getAt(doc, pointer)) ? pointer : undefined;
    if (!/^#[A-Za-z_][-A-Za-z0-9._]*$/.test(local)) return undefined;
    if (!anchors) {
      const found = new Map<string, string>();
      walkSchema(doc, '', (node, p) => {
        if (typeof node.$anchor === 'string') found.set(node.$anchor, p);
      });
      anchors = found;
    }
    return anchors.get(local.slice(1));
  };
}

const isLocalRef = (doc: Obj, ref: string) =>
  ref.startsWith('#') || (typeof doc.$id === 'string' && ref.startsWith(`${doc.$id.replace(/#$/, '')}#`));

/** The schema at `pointer` and the schemas its `$ref` chain leads to (same document only). */
function chain(doc: Obj, pointer: string, resolve: (ref: string) => string | undefined) {
  const nodes: Obj[] = [];
  const pointers: string[] = [];
  let broken = false;
  let at: string | undefined = pointer;
  while (at !== undefined && !pointers.includes(at)) {
    const node = getAt(doc, at);
    if (!isJsonObject(node)) break;
    nodes.push(node);
    pointers.push(at);
    const ref = node.$ref;
    if (typeof ref !== 'string') break;
    at = resolve(ref);
    if (at === undefined) broken = isLocalRef(doc, ref);
    if (at === undefined && !broken) pointers.push(ref);
  }
  return { nodes, targets: pointers.slice(1), broken };
}

const UPPER = ['maxLength', 'maximum', 'exclusiveMaximum', 'maxItems', 'maxProperties', 'maxContains'];
const LOWER = ['minLength', 'minimum', 'exclusiveMinimum', 'minItems', 'minProperties', 'minContains'];
const ANNOTATIONS = /^(title|description|\$comment|examples|default|deprecated|readOnly|writeOnly|x-ias-.*)$/;

const strip = (option: unknown): unknown =>
  isJsonObject(option)
    ? Object.fromEntries(Object.entries(option).filter(([k]) => !ANNOTATIONS.test(k)))
    : option;

/** The constraints a chain of schemas imposes together (each keyword taken at its tightest). */
function constraints(nodes: readonly Obj[]) {
  let types: Set<string> | undefined;
  let options: Set<string> | undefined;
  const formats = new Set<string>();
  const kept = new Set<string>();
  const required = new Set<string>();
  const upper = new Map<string, number>();
  const lower = new Map<string, number>();
  const narrow = (values: string[]) => {
    options = new Set(options ? values.filter((v) => options!.has(v)) : values);
  };
  for (const node of nodes) {
    const type =
      typeof node.type === 'string'
        ? [node.type]
        : Array.isArray(node.type)
          ? node.type.map(String)
          : undefined;
    if (type) types = new Set(types ? type.filter((t) => types!.has(t)) : type);
    if (typeof node.format === 'string') formats.add(node.format);
    if ('const' in node) narrow([canon(node.const)]);
    if (Array.isArray(node.enum)) narrow(node.enum.map(canon));
    for (const keyword of ['oneOf', 'anyOf']) {
      const alternatives = node[keyword];
      if (!Array.isArray(alternatives)) continue;
      const consts = alternatives.map((o) =>
        isJsonObject(o) && 'const' in o
          ? canon(o.const)
          : isJsonObject(o) && Array.isArray(o.enum) && o.enum.length === 1
            ? canon(o.enum[0])
            : undefined,
      );
      if (consts.every((c) => c !== undefined)) narrow(consts as string[]);
      else kept.add(`${keyword} ${canon(alternatives.map(strip))}`);
    }
    for (const k of UPPER) {
      const value = node[k];
      if (typeof value === 'number') upper.set(k, Math.min(value, upper.get(k) ?? Infinity));
    }
    for (const k of LOWER) {
      const value = node[k];
      if (typeof value === 'number') lower.set(k, Math.max(value, lower.get(k) ?? -Infinity));
    }
    if (typeof node.pattern === 'string') kept.add(`pattern ${node.pattern}`);
    if (typeof node.multipleOf === 'number') kept.add(`multipleOf ${node.multipleOf}`);
    if (node.uniqueItems === true) kept.add('uniqueItems true');
    for (const k of ['additionalProperties', 'unevaluatedProperties', 'unevaluatedItems']) {
      if (node[k] === false) kept.add(`${k} false`);
    }
    if (Array.isArray(node.required))
      for (const r of node.required) if (typeof r === 'string') required.add(r);
  }
  return { types, options, formats, kept, required, upper, lower };
}

const sameSet = (a: Set<string> | undefined, b: Set<string> | undefined) =>
  a === b || (!!a && !!b && a.size === b.size && [...a].every((x) => b.has(x)));
const minus = (a: Iterable<string>, b: Set<string>) => [...a].filter((x) => !b.has(x));

const isLocalized = (v: unknown) =>
  typeof v === 'string' ||
  (isJsonObject(v) &&
    Object.entries(v).every(([k, t]) => ['de', 'fr', 'it', 'en', 'rm'].includes(k) && typeof t === 'string'));

// ---------------------------------------------------------------------------------------------------
// Applying

const OVERLAY_MEMBERS = [
  '$schema',
  '$id',
  '$comment',
  'base',
  'title',
  'description',
  'patch',
  'append',
  'order',
  'hide',
];

/** Problems of the overlay document itself. */
function shapeIssues(overlay: unknown): OverlayIssue[] {
  const issues: OverlayIssue[] = [];
  const add = (pointer: string, code: OverlayIssueCode, message: string) =>
    issues.push({ pointer, code, message });
  if (!isJsonObject(overlay)) {
    add('', 'overlay.shape', 'An overlay must be a JSON object with "$id", "base" and "patch"');
    return issues;
  }
  const pointerIn = (where: string, text: string, at: string) => {
    try {
      parsePointer(text);
    } catch (error) {
      if (!(error instanceof PointerError)) throw error;
      add(at, 'overlay.pointer', `${where}: ${error.message}`);
    }
  };
  for (const key of Object.keys(overlay)) {
    if (!OVERLAY_MEMBERS.includes(key)) {
      add(
        `/${esc(key)}`,
        'overlay.shape',
        `Unknown overlay member "${key}" (allowed: ${list(OVERLAY_MEMBERS)})`,
      );
    }
  }
  const { $id, base, patch, append, order, hide } = overlay;
  if (typeof $id !== 'string' || !parseVersionedId($id).version) {
    add(
      '/$id',
      'overlay.id',
      '"$id" must name the overlay with its version, e.g. "https://example.ch/overlays/zh-kurzassessment@1.0.0"',
    );
  }
  if (typeof base !== 'string' || base === '') {
    add('/base', 'overlay.shape', '"base" must be the $id of the template the overlay applies to');
  } else {
    const { range } = splitBase(base);
    if (range !== undefined && versionSatisfies('0.0.0', range) === undefined) {
      add(
        '/base',
        'overlay.base',
        `"base": "${range}" is not a version range (use e.g. "1.2.0", "^1.2" or ">=1.2 <2")`,
      );
    }
  }
  for (const key of ['title', 'description'] as const) {
    if (overlay[key] !== undefined && !isLocalized(overlay[key])) {
      add(
        `/${key}`,
        'overlay.shape',
        `"${key}" must be a text or an object of texts per language (de, fr, it, en, rm)`,
      );
    }
  }
  for (const key of ['$schema', '$comment'] as const) {
    if (overlay[key] !== undefined && typeof overlay[key] !== 'string')
      add(`/${key}`, 'overlay.shape', `"${key}" must be a string`);
  }
  if (patch !== undefined && !isJsonObject(patch)) {
    add('/patch', 'overlay.shape', '"patch" must be an object (a JSON Merge Patch of the template)');
  }
  if (append !== undefined && !isJsonObject(append)) {
    add(
      '/append',
      'overlay.shape',
      '"append" must be an object: { "<schema pointer of an array>": [items] }',
    );
  } else if (append) {
    for (const [pointer, items] of Object.entries(append)) {
      pointerIn('append', pointer, `/append/${esc(pointer)}`);
      if (!Array.isArray(items))
        add(`/append/${esc(pointer)}`, 'overlay.shape', `append "${pointer}": the items must be an array`);
    }
  }
  if (order !== undefined && !isJsonObject(order)) {
    add(
      '/order',
      'overlay.shape',
      '"order" must be an object: { "<schema pointer of an object>": ["property", ...] }',
    );
  } else if (order) {
    for (const [pointer, names] of Object.entries(order)) {
      pointerIn('order', pointer, `/order/${esc(pointer)}`);
      if (!Array.isArray(names) || names.some((n) => typeof n !== 'string')) {
        add(
          `/order/${esc(pointer)}`,
          'overlay.shape',
          `order "${pointer}": must be an array of property names`,
        );
      }
    }
  }
  if (hide !== undefined && (!Array.isArray(hide) || hide.some((p) => typeof p !== 'string'))) {
    add('/hide', 'overlay.shape', '"hide" must be an array of schema pointers of properties');
  } else if (hide) {
    (hide as string[]).forEach((pointer, i) => pointerIn('hide', pointer, `/hide/${i}`));
  }
  return issues;
}

/** Applies an overlay, collecting every problem instead of throwing. */
function build(base: unknown, overlay: unknown): { schema?: Obj; errors: OverlayIssue[] } {
  const errors = shapeIssues(overlay);
  if (!isJsonObject(base))
    errors.push({
      pointer: '',
      code: 'overlay.base',
      message: 'The base template is not a JSON Schema object',
    });
  if (errors.length || !isJsonObject(base)) return { errors };
  const o = overlay as unknown as Overlay;
  const add = (pointer: string, code: OverlayIssueCode, message: string) =>
    errors.push({ pointer, code, message });

  const target = splitBase(o.base);
  const template = typeof base.$id === 'string' ? parseVersionedId(base.$id) : undefined;
  if (!template) {
    add('/base', 'overlay.base', `The overlay targets "${o.base}", but the template has no "$id"`);
  } else if (template.id !== target.id) {
    add('/base', 'overlay.base', `The overlay targets "${target.id}", but the template is "${template.id}"`);
  } else if (target.range !== undefined && !template.version) {
    add(
      '/base',
      'overlay.base',
      `The overlay needs version ${target.range} of "${target.id}", but the template's $id has no version`,
    );
  } else if (target.range !== undefined && !versionSatisfies(template.version as string, target.range)) {
    add(
      '/base',
      'overlay.base',
      `The overlay needs version ${target.range} of "${target.id}", but the template is version ${template.version}`,
    );
  }
  if (errors.length) return { errors };

  let schema = (o.patch ? mergePatch(base, o.patch) : base) as Obj;

  for (const [pointer, items] of Object.entries(o.append ?? {})) {
    const tokens = parsePointer(pointer);
    const current = getAt(schema, tokens);
    const known = new Set(Array.isArray(current) ? current.map(canon) : []);
    const fresh = items.filter((item) => !known.has(canon(item)) && !!known.add(canon(item)));
    if (Array.isArray(current)) schema = setAt(schema, tokens, [...current, ...fresh]);
    else if (current === undefined && tokens.length > 0 && isJsonObject(getAt(schema, tokens.slice(0, -1)))) {
      schema = setAt(schema, tokens, fresh);
    } else {
      add(
        pointer,
        'overlay.target',
        `append: ${pointer} ${current === undefined ? 'does not exist' : 'is not an array'} in the schema`,
      );
    }
  }

  const resolve = resolver(schema);
  for (const [pointer, names] of Object.entries(o.order ?? {})) {
    const { nodes } = chain(schema, pointer, resolve);
    const properties = new Set(
      nodes.flatMap((n) => (isJsonObject(n.properties) ? Object.keys(n.properties) : [])),
    );
    if (!properties.size) {
      add(pointer, 'overlay.target', `order: ${pointer} is not an object schema with properties`);
      continue;
    }
    const unknown = names.filter((n) => n !== '*' && !properties.has(n));
    const twice = names.filter((n, i) => names.indexOf(n) !== i);
    if (unknown.length)
      add(
        pointer,
        'overlay.order',
        `order ${labelOf(pointer)}: no property ${list(unknown)} (has ${list(properties)})`,
      );
    if (twice.length)
      add(pointer, 'overlay.order', `order ${labelOf(pointer)}: ${list(new Set(twice))} listed twice`);
    if (!unknown.length && !twice.length)
      schema = setAt(schema, [...parsePointer(pointer), 'x-ias-order'], [...names]);
  }

  for (const pointer of o.hide ?? []) {
    const tokens = parsePointer(pointer);
    if (!describe(tokens)?.name || !isJsonObject(getAt(schema, tokens))) {
      add(
        pointer,
        'overlay.target',
        `hide: ${pointer} is not a property in the schema (expected e.g. "/properties/phone")`,
      );
    } else schema = setAt(schema, [...tokens, 'x-ias-hidden'], true);
  }
  if (errors.length) return { errors };

  const previous = schema['x-ias-overlay'];
  const trail =
    typeof previous === 'string' ? [previous, o.$id] : Array.isArray(previous) ? [...previous, o.$id] : o.$id;
  return { schema: setAt(schema, ['x-ias-overlay'], trail), errors };
}

/**
 * Returns the effective schema of `base` with `overlay` applied: merge patch, then `append`, `order`,
 * `hide`, and `x-ias-overlay` set to the overlay's `$id` (an array of ids when overlays are stacked).
 * Never mutates its inputs; the result shares unchanged subtrees with `base`, so treat it as immutable.
 * Throws `OverlayError` when the overlay is malformed or targets another template. It does not judge
 * core fields: use `checkOverlay` for that.
 */
export function applyOverlay(base: object, overlay: unknown): Obj {
  const { schema, errors } = build(base, overlay);
  if (!schema) throw new OverlayError(isJsonObject(overlay) ? overlay.$id : undefined, errors);
  return schema;
}

// ---------------------------------------------------------------------------------------------------
// Checking

/**
 * Checks an overlay against its template: everything `applyOverlay` refuses, plus the rules that keep
 * SEM core fields (`x-ias-core`) intact, never widen `x-ias-access`, and never hide a required field.
 * Never throws; `schema` is the effective schema whenever the overlay could be applied (see `OverlayCheck`).
 */
export function checkOverlay(base: unknown, overlay: unknown): OverlayCheck {
  const { schema, errors } = build(base, overlay);
  if (!schema || !isJsonObject(base)) return { ok: false, errors };
  const add = (pointer: string, code: OverlayIssueCode, message: string) =>
    errors.push({ pointer, code, message });
  const resolveBase = resolver(base);
  const resolveEffective = resolver(schema);

  for (const key of ['$id', '$schema']) {
    if (canon(base[key]) !== canon(schema[key])) {
      add(
        `/${key}`,
        'schema.id',
        `The overlay must not change the template's "${key}" (${JSON.stringify(base[key])})`,
      );
    }
  }

  const core = new Set<string>();
  const corePlaces: [string, Place][] = [];
  walkSchema(base, '', (node, pointer, place) => {
    if (node['x-ias-core'] !== true) return;
    core.add(pointer);
    corePlaces.push([pointer, place]);
  });

  for (const [pointer, place] of corePlaces) {
    const field = `Core field ${labelOf(pointer)}`;
    if (!isJsonObject(getAt(schema, pointer))) {
      add(pointer, 'core.removed', `${field} must not be removed`);
      continue;
    }
    if ((getAt(schema, pointer) as Obj)['x-ias-core'] !== true)
      add(pointer, 'core.unmarked', `${field} must keep "x-ias-core": true`);
    const was = chain(base, pointer, resolveBase);
    const now = chain(schema, pointer, resolveEffective);
    const b = constraints(was.nodes);
    const e = constraints(now.nodes);
    if (now.broken || canon(was.targets) !== canon(now.targets)) {
      add(
        pointer,
        'core.ref',
        `${field} must keep its "$ref" target ${was.targets.join(' → ') || 'none'}, not ${now.targets.join(' → ') || 'none'}`,
      );
    }
    if (!sameSet(b.types, e.types)) {
      add(
        pointer,
        'core.type',
        `${field} must keep type ${list(b.types ?? ['any'])}, not ${list(e.types ?? ['any'])}`,
      );
    }
    if (!sameSet(b.formats, e.formats)) {
      const rule = b.formats.size ? `keep format ${list(b.formats)}` : 'not get a format';
      add(pointer, 'core.format', `${field} must ${rule}${e.formats.size ? `, not ${list(e.formats)}` : ''}`);
    }
    if (b.options) {
      const removed = minus(b.options, e.options ?? new Set());
      const added = e.options ? minus(e.options, b.options) : [];
      if (!e.options) add(pointer, 'core.enum', `${field} must keep its list of allowed values`);
      if (e.options && removed.length)
        add(pointer, 'core.enum', `${field} must keep the values ${removed.join(', ')}`);
      if (added.length)
        add(
          pointer,
          'core.enum',
          `${field} must not get new values (${added.join(', ')}); SEM codes are fixed`,
        );
    }
    for (const [before, after, sign] of [
      [b.upper, e.upper, 1],
      [b.lower, e.lower, -1],
    ] as const) {
      for (const [k, limit] of before) {
        const value = after.get(k);
        if (value === undefined) add(pointer, 'core.loosened', `${field} must keep ${k} ${limit}`);
        else if ((value - limit) * sign > 0)
          add(pointer, 'core.loosened', `${field} must not loosen ${k} from ${limit} to ${value}`);
      }
    }
    for (const rule of minus(b.kept, e.kept)) add(pointer, 'core.loosened', `${field} must keep ${rule}`);
    const ownCore = (name: string) => core.has(`${pointer}/properties/${esc(name)}`);
    const dropped = minus(b.required, e.required).filter((name) => !ownCore(name));
    if (dropped.length) add(pointer, 'core.required', `${field} must keep ${list(dropped)} required`);
    if (place.parent !== undefined && place.name !== undefined) {
      const wasRequired = constraints(chain(base, place.parent, resolveBase).nodes).required.has(place.name);
      const isRequired = constraints(chain(schema, place.parent, resolveEffective).nodes).required.has(
        place.name,
      );
      if (wasRequired && !isRequired) add(pointer, 'core.required', `${field} must stay required`);
    }
  }

  walkSchema(base, '', (node, pointer) => {
    const was = node['x-ias-access'];
    const now = getAt(schema, pointer);
    if (!isJsonObject(was) || !isJsonObject(now)) return;
    const field = `Restricted field ${labelOf(pointer)}`;
    if (!isJsonObject(now['x-ias-access'])) {
      add(pointer, 'access.widened', `${field} must keep its "x-ias-access" restriction`);
      return;
    }
    walkSchema(now, pointer, (inner, at) => {
      const access = inner['x-ias-access'];
      if (
        !isJsonObject(access) ||
        (at !== pointer && canon(access) === canon((getAt(base, at) as Obj | undefined)?.['x-ias-access']))
      )
        return;
      for (const mode of ['read', 'write']) {
        const allowed = was[mode];
        if (!Array.isArray(allowed)) continue;
        const roles = access[mode];
        const where = at === pointer ? field : `Field ${labelOf(at)} inside restricted ${labelOf(pointer)}`;
        if (!Array.isArray(roles)) {
          if (at === pointer)
            add(at, 'access.widened', `${where} must keep its ${mode} list (${list(allowed)})`);
        } else {
          const extra = minus(roles.map(String), new Set(allowed.map(String)));
          if (extra.length)
            add(at, 'access.widened', `${where} must not give ${mode} access to ${list(extra)}`);
        }
      }
    });
  });

  walkSchema(schema, '', (node, pointer, place) => {
    const before = getAt(base, pointer);
    const old = isJsonObject(before) ? before : undefined;
    if (node['x-ias-hidden'] === true && old?.['x-ias-hidden'] !== true) {
      if (place.parent !== undefined && place.name !== undefined) {
        if (constraints(chain(schema, place.parent, resolveEffective).nodes).required.has(place.name)) {
          add(
            pointer,
            'hidden.required',
            `Field ${labelOf(pointer)} is required and cannot be hidden (make it optional first)`,
          );
        }
      }
      const inside = coreInside(schema, pointer, core, resolveEffective);
      if (inside.length)
        add(
          pointer,
          'core.hidden',
          `Field ${labelOf(pointer)} must not be hidden: it holds core field ${inside.map(labelOf).join(', ')}`,
        );
    }
    if (
      typeof node.$ref === 'string' &&
      isLocalRef(schema, node.$ref) &&
      !resolveEffective(node.$ref) &&
      !core.has(pointer)
    ) {
      if (!(old && old.$ref === node.$ref && !resolveBase(node.$ref))) {
        add(
          pointer,
          'schema.ref',
          `Field ${labelOf(pointer)}: "$ref": "${node.$ref}" points to nothing in the schema`,
        );
      }
    }
    if (old && Array.isArray(node.required) && isJsonObject(old.properties)) {
      const properties = isJsonObject(node.properties) ? node.properties : {};
      for (const name of node.required) {
        const at = `${pointer}/properties/${esc(String(name))}`;
        if (
          Object.hasOwn(old.properties, String(name)) &&
          !Object.hasOwn(properties, String(name)) &&
          !core.has(at)
        ) {
          add(at, 'required.removed', `Field ${labelOf(at)} is required and cannot be removed`);
        }
      }
    }
  });

  return { ok: errors.length === 0, errors, schema };
}

/** Pointers of core fields at or below `pointer` in the effective schema, following `$ref`s. */
function coreInside(
  schema: Obj,
  pointer: string,
  core: Set<string>,
  resolve: (ref: string) => string | undefined,
): string[] {
  const found = new Set<string>();
  const seen = new Set<string>();
  const pending = [pointer];
  while (pending.length) {
    const start = pending.pop() as string;
    if (seen.has(start)) continue;
    seen.add(start);
    walkSchema(getAt(schema, start), start, (node, at) => {
      if (core.has(at) || node['x-ias-core'] === true) found.add(at);
      const target = typeof node.$ref === 'string' ? resolve(node.$ref) : undefined;
      if (target !== undefined) pending.push(target);
    });
  }
  return [...found];
}
