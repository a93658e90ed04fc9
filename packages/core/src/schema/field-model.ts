import type { LocalizedText } from '../i18n/locales.js';
import type { IasKeywords } from './keywords.js';
import { escapePointerToken as escapeToken, isJsonObject as isObject } from './pointer.js';
import { indexSchema } from './refs.js';

/**
 * Schema → field model. A JSON Schema is compiled once into a graph of field nodes that a renderer walks
 * together with the data. The model is static: conditions (`if`, `dependentSchemas`, `oneOf` branches)
 * are evaluated at render time against the data, through a `test(schemaPointer, data)` function that the
 * validator provides (runtime Ajv or a precompiled, CSP-safe module).
 *
 * Validation never depends on this model: Ajv validates the original schema. The model only decides which
 * controls to show, so an approximation here (merging `allOf` hints) never makes a wrong verdict.
 */

export type SchemaObject = { [keyword: string]: unknown } & IasKeywords;
export type JsonSchema = boolean | SchemaObject;

/** A keyword the renderer does not turn into controls. Ajv still validates it. */
export interface RenderNotice {
  pointer: string;
  keyword: string;
  message: string;
}

/** When a field is shown: the `if` at `pointer` evaluates to `when`, or the property `present` exists. */
export type Condition =
  { kind: 'if'; pointer: string; when: boolean } | { kind: 'present'; property: string };

interface NodeBase {
  /** Schema pointer of the first schema part this node comes from (for messages and ids). */
  pointer: string;
  title?: LocalizedText;
  description?: LocalizedText;
  help?: LocalizedText;
  placeholder?: LocalizedText;
  readOnly: boolean;
  widget?: string;
  default?: unknown;
  /** The schema allows `null` besides its main type. */
  nullable: boolean;
  hidden: boolean;
  core: boolean;
  messages?: Record<string, LocalizedText>;
}

export interface StringNode extends NodeBase {
  kind: 'string';
  format?: string;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  multiline: boolean;
}
export interface NumberNode extends NodeBase {
  kind: 'number' | 'integer';
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
}
export interface BooleanNode extends NodeBase {
  kind: 'boolean';
}
export interface EnumOption {
  value: unknown;
  title?: LocalizedText;
}
export interface EnumNode extends NodeBase {
  kind: 'enum';
  options: EnumOption[];
}
export interface MultiEnumNode extends NodeBase {
  kind: 'multi-enum';
  options: EnumOption[];
  minItems?: number;
  maxItems?: number;
}
export interface ConstNode extends NodeBase {
  kind: 'const';
  value: unknown;
}
export interface ArrayNode extends NodeBase {
  kind: 'array';
  readonly items: FieldNode;
  minItems?: number;
  maxItems?: number;
}
export interface Alternative {
  pointer: string;
  title?: LocalizedText;
  readonly node: FieldNode;
}
export interface ChoiceNode extends NodeBase {
  kind: 'choice';
  keyword: 'oneOf' | 'anyOf';
  alternatives: Alternative[];
}
export interface PropertyField {
  name: string;
  readonly node: FieldNode;
  required: boolean;
  /** Required only while this condition holds (`then.required`, `dependentRequired`). */
  requiredWhen: Condition[];
  /** Shown only while this condition holds; `undefined` means always shown. */
  visibleWhen?: Condition;
}
export interface LayoutGroup {
  id: string;
  title?: LocalizedText;
  fields: string[];
  columns?: number;
}
export interface ObjectNode extends NodeBase {
  kind: 'object';
  readonly properties: PropertyField[];
  /** `oneOf`/`anyOf` at this object's level: a choice of sub-forms next to the object's own fields. */
  readonly choices: ChoiceNode[];
  groups?: LayoutGroup[];
  columns?: number;
  /** Entries beyond `properties` a person may add, rename and remove (`patternProperties`, `additionalProperties`). */
  entries?: EntriesSpec;
}
/** What the key–value editor of an object offers. */
export interface EntriesSpec {
  /** `patternProperties`: an entry whose name matches `pattern` has this node as value. */
  readonly patterns: { pattern: string; readonly node: FieldNode }[];
  /** `additionalProperties` as a schema: the value of every other entry. */
  readonly additional?: FieldNode;
  /** `propertyNames` constraints the name must meet. */
  names?: { pattern?: string; minLength?: number; maxLength?: number };
}
/** Anything the renderer cannot show as controls: edited as JSON text, value kept as it is. */
export interface UnsupportedNode extends NodeBase {
  kind: 'unsupported';
  reason: string;
}
export interface NullNode extends NodeBase {
  kind: 'null';
}

export type FieldNode =
  | StringNode
  | NumberNode
  | BooleanNode
  | EnumNode
  | MultiEnumNode
  | ConstNode
  | ArrayNode
  | ChoiceNode
  | ObjectNode
  | UnsupportedNode
  | NullNode;

export interface FieldModel {
  root: FieldNode;
  notices: RenderNotice[];
}

interface Part {
  schema: SchemaObject;
  pointer: string;
}

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** Formats Ajv checks (ajv-formats' full set); others are accepted unchecked and listed in the notices. */
const KNOWN_FORMATS = new Set(
  (
    'date time date-time iso-time iso-date-time duration uri uri-reference uri-template url email hostname ' +
    'ipv4 ipv6 regex uuid json-pointer json-pointer-uri-fragment relative-json-pointer byte int32 int64 ' +
    'float double password binary'
  ).split(' '),
);

/** Keywords the renderer understands; any other validation keyword gets a notice (Ajv still checks it). */
const RENDERED = new Set([
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
 * Compiles a JSON Schema into a field model. Never throws on a well-formed JSON value: whatever cannot be
 * rendered becomes an `unsupported` node (edited as JSON) with a notice. Recursive schemas make cyclic
 * graphs; renderers expand them only as deep as the data goes.
 */
export function buildFieldModel(schema: JsonSchema): FieldModel {
  const notices: RenderNotice[] = [];
  const noticed = new Set<string>();
  const cache = new Map<string, FieldNode>();
  const rootSchema: SchemaObject = isObject(schema) ? schema : {};
  const refs = indexSchema(rootSchema);

  const notice = (pointer: string, keyword: string, message: string) => {
    const key = `${pointer}|${keyword}`;
    if (noticed.has(key)) return;
    noticed.add(key);
    notices.push({ pointer, keyword, message });
  };

  /** The schema a `$ref` names (bundled `$id` resources and anchors included), seen from `from`. */
  function resolveRef(ref: string, from: string): Part | undefined {
    const target = refs.resolve(ref, from);
    if (!target) return undefined;
    if (target.schema === true) return { schema: {}, pointer: target.pointer };
    if (target.schema === false) return { schema: { not: {} }, pointer: target.pointer };
    return { schema: target.schema as SchemaObject, pointer: target.pointer };
  }

  /** Flattens `$ref` and `allOf` into the list of schema parts that together describe one instance. */
  function expand(schema: unknown, pointer: string, seen: Set<string> = new Set()): Part[] {
    if (schema === true || schema === undefined) return [{ schema: {}, pointer }];
    if (schema === false) return [{ schema: { not: {} }, pointer }];
    if (!isObject(schema)) return [];
    if (seen.has(pointer)) return [];
    seen.add(pointer);
    const parts: Part[] = [{ schema, pointer }];
    if (typeof schema.$ref === 'string') {
      const target = resolveRef(schema.$ref, pointer);
      if (target) parts.push(...expand(target.schema, target.pointer, seen));
      else notice(`${pointer}/$ref`, '$ref', `Cannot resolve ${schema.$ref}`);
    }
    if (Array.isArray(schema.allOf)) {
      schema.allOf.forEach((s, i) => parts.push(...expand(s, `${pointer}/allOf/${i}`, seen)));
    }
    return parts;
  }

  function compile(parts: Part[]): FieldNode {
    const key = parts.map((p) => p.pointer).join('|') || '#';
    const cached = cache.get(key);
    if (cached) return cached;
    const first = parts[0]?.pointer ?? '';
    const pick = <T>(k: string): T | undefined => {
      for (const p of parts) if (p.schema[k] !== undefined) return p.schema[k] as T;
      return undefined;
    };
    for (const p of parts) {
      for (const k of Object.keys(p.schema)) {
        if (!RENDERED.has(k) && !k.startsWith('x-')) {
          notice(`${p.pointer}/${escapeToken(k)}`, k, `"${k}" is validated but not shown as a control`);
        }
      }
    }
    const base: NodeBase = {
      pointer: first,
      title: localizedWithFallback(pick('x-ias-title'), pick('title')),
      description: localizedWithFallback(pick('x-ias-description'), pick('description')),
      help: pick('x-ias-help'),
      placeholder: pick('x-ias-placeholder'),
      readOnly: parts.some((p) => p.schema.readOnly === true),
      widget: pick('x-ias-widget'),
      default: pick('default'),
      nullable: false,
      hidden: parts.some((p) => p.schema['x-ias-hidden'] === true),
      core: parts.some((p) => p.schema['x-ias-core'] === true),
      messages: pick('x-ias-messages'),
    };
    const types = intersectTypes(parts);
    base.nullable = types !== undefined && types.includes('null') && types.length > 1;
    const main = types?.filter((t) => t !== 'null');

    // Enumerations: `enum`, or `oneOf`/`anyOf` of `const` (+ `title`) alternatives.
    const options = enumOptions(parts);
    if (parts.some((p) => p.schema.const !== undefined) && !options) {
      return store(key, { ...base, kind: 'const', value: pick('const') });
    }
    if (options)
      return store(key, { ...base, kind: 'enum', options: options.filter((o) => o.value !== null) });

    const has = (k: string) => parts.some((p) => p.schema[k] !== undefined);
    const kind =
      main?.length === 1
        ? main[0]
        : main === undefined
          ? has('properties') || has('required') || has('dependentSchemas') || has('dependentRequired')
            ? 'object'
            : has('items') && !has('prefixItems')
              ? 'array'
              : has('oneOf') || has('anyOf')
                ? 'choice'
                : undefined
          : main.length === 0 && types?.includes('null')
            ? 'null'
            : has('oneOf') || has('anyOf')
              ? 'choice' // a type list beside the alternatives: offer the alternatives
              : undefined;

    switch (kind) {
      case 'string': {
        const maxLength = num(pick('maxLength'));
        const format = pick<string>('format');
        if (typeof format === 'string' && !KNOWN_FORMATS.has(format)) {
          const at = parts.find((p) => p.schema.format === format)?.pointer ?? first;
          notice(`${at}/format`, 'format', `unknown format "${format}": not checked, edited as text`);
        }
        return store(key, {
          ...base,
          kind: 'string',
          format: pick('format'),
          minLength: num(pick('minLength')),
          maxLength,
          pattern: pick('pattern'),
          multiline: base.widget === 'textarea' || (maxLength !== undefined && maxLength > 200),
        });
      }
      case 'number':
      case 'integer':
        return store(key, {
          ...base,
          kind,
          minimum: num(pick('minimum')),
          maximum: num(pick('maximum')),
          exclusiveMinimum: num(pick('exclusiveMinimum')),
          exclusiveMaximum: num(pick('exclusiveMaximum')),
          multipleOf: num(pick('multipleOf')),
        });
      case 'boolean':
        return store(key, { ...base, kind: 'boolean' });
      case 'null':
        return store(key, { ...base, kind: 'null' });
      case 'array': {
        const items = parts.map((p) => p.schema.items).find((i) => i !== undefined);
        const itemsPointer = parts.find((p) => p.schema.items !== undefined)?.pointer ?? first;
        if (has('prefixItems') || Array.isArray(items)) {
          return store(key, { ...base, kind: 'unsupported', reason: 'tuple' });
        }
        const itemParts = expand(items ?? {}, `${itemsPointer}/items`);
        const itemOptions = enumOptions(itemParts);
        if (itemOptions) {
          return store(key, {
            ...base,
            kind: 'multi-enum',
            options: itemOptions,
            minItems: num(pick('minItems')),
            maxItems: num(pick('maxItems')),
          });
        }
        const node: ArrayNode = {
          ...base,
          kind: 'array',
          minItems: num(pick('minItems')),
          maxItems: num(pick('maxItems')),
          get items() {
            const value = compile(itemParts);
            Object.defineProperty(this, 'items', { value });
            return value;
          },
        };
        return store(key, node);
      }
      case 'object':
        return store(key, compileObject(parts, base));
      case 'choice': {
        const keyword = has('oneOf') ? 'oneOf' : 'anyOf';
        return store(key, { ...base, ...compileChoice(parts, keyword) });
      }
      default:
        return store(key, {
          ...base,
          kind: 'unsupported',
          reason: main && main.length > 1 ? 'multiple types' : 'no type',
        });
    }
  }

  function store<N extends FieldNode>(key: string, node: N): N {
    cache.set(key, node);
    return node;
  }

  function compileChoice(parts: Part[], keyword: 'oneOf' | 'anyOf'): Omit<ChoiceNode, keyof NodeBase> {
    const owner = parts.find((p) => Array.isArray(p.schema[keyword]))!;
    const list = owner.schema[keyword] as unknown[];
    const types = intersectTypes(parts);
    return {
      kind: 'choice',
      keyword,
      alternatives: list.map((alt, i) => {
        const pointer = `${owner.pointer}/${keyword}/${i}`;
        // The types beside the alternatives narrow each of them (`type: ["string", "number"]`).
        const altParts = types
          ? [...expand(alt, pointer), { schema: { type: types }, pointer: owner.pointer }]
          : expand(alt, pointer);
        const title = isObject(alt) ? localizedWithFallback(alt['x-ias-title'], alt.title) : undefined;
        return {
          pointer,
          title,
          get node() {
            const value = compile(altParts);
            Object.defineProperty(this, 'node', { value });
            return value;
          },
        };
      }),
    };
  }

  function compileObject(parts: Part[], base: NodeBase): ObjectNode {
    const fields = new Map<string, { parts: Part[]; visibleWhen?: Condition }>();
    const required = new Set<string>();
    const requiredWhen = new Map<string, Condition[]>();
    const addRequiredWhen = (name: string, c: Condition) =>
      requiredWhen.set(name, [...(requiredWhen.get(name) ?? []), c]);
    const addProps = (schema: SchemaObject, pointer: string, visibleWhen?: Condition) => {
      const props = schema.properties;
      if (!isObject(props)) return;
      for (const [name, sub] of Object.entries(props)) {
        const subParts = expand(sub, `${pointer}/properties/${escapeToken(name)}`);
        const existing = fields.get(name);
        if (!existing) fields.set(name, { parts: subParts, visibleWhen });
        else if (!visibleWhen && existing.visibleWhen) fields.set(name, { parts: subParts });
        else if (!visibleWhen || existing.visibleWhen === visibleWhen) existing.parts.push(...subParts);
      }
    };
    const choices: ChoiceNode[] = [];
    for (const p of parts) {
      addProps(p.schema, p.pointer);
      if (Array.isArray(p.schema.required))
        p.schema.required.forEach((r) => typeof r === 'string' && required.add(r));
    }
    for (const p of parts) {
      const s = p.schema;
      if (s.if !== undefined) {
        const ifPointer = `${p.pointer}/if`;
        for (const [branch, when] of [
          ['then', true],
          ['else', false],
        ] as const) {
          const b = s[branch];
          if (!isObject(b)) continue;
          const cond: Condition = { kind: 'if', pointer: ifPointer, when };
          for (const bp of expand(b, `${p.pointer}/${branch}`)) {
            addProps(bp.schema, bp.pointer, cond);
            if (Array.isArray(bp.schema.required))
              bp.schema.required.forEach((r) => addRequiredWhen(String(r), cond));
          }
        }
      }
      const depReq = isObject(s.dependentRequired) ? s.dependentRequired : {};
      const depSchemas = isObject(s.dependentSchemas) ? s.dependentSchemas : {};
      const deps = isObject(s.dependencies) ? s.dependencies : {};
      const depPointer = (k: string, kw: string) => `${p.pointer}/${kw}/${escapeToken(k)}`;
      for (const [prop, list] of [
        ...Object.entries(depReq),
        ...Object.entries(deps).filter(([, v]) => Array.isArray(v)),
      ]) {
        if (Array.isArray(list))
          list.forEach((r) => addRequiredWhen(String(r), { kind: 'present', property: prop }));
      }
      const schemaDeps: [string, unknown, string][] = [
        ...Object.entries(depSchemas).map(
          ([k, v]) => [k, v, depPointer(k, 'dependentSchemas')] as [string, unknown, string],
        ),
        ...Object.entries(deps)
          .filter(([, v]) => !Array.isArray(v))
          .map(([k, v]) => [k, v, depPointer(k, 'dependencies')] as [string, unknown, string]),
      ];
      for (const [prop, sub, pointer] of schemaDeps) {
        const cond: Condition = { kind: 'present', property: prop };
        for (const bp of expand(sub, pointer)) {
          addProps(bp.schema, bp.pointer, cond);
          if (Array.isArray(bp.schema.required))
            bp.schema.required.forEach((r) => addRequiredWhen(String(r), cond));
        }
      }
      for (const kw of ['oneOf', 'anyOf'] as const) {
        if (Array.isArray(s[kw]) && !enumOptions([{ schema: { [kw]: s[kw] }, pointer: p.pointer }])) {
          choices.push({
            ...base,
            title: undefined,
            description: undefined,
            ...compileChoice([p], kw),
          } as ChoiceNode);
        }
      }
    }
    const order = parts.map((p) => p.schema['x-ias-order']).find(Array.isArray) as string[] | undefined;
    const names = orderNames([...fields.keys()], order);
    const properties: PropertyField[] = names.map((name) => {
      const f = fields.get(name)!;
      const field: PropertyField = {
        name,
        required: required.has(name),
        requiredWhen: requiredWhen.get(name) ?? [],
        visibleWhen: f.visibleWhen,
        get node() {
          const value = compile(f.parts);
          Object.defineProperty(this, 'node', { value });
          return value;
        },
      };
      return field;
    });
    return {
      ...base,
      kind: 'object',
      properties,
      choices,
      entries: entriesOf(parts),
      groups: parts.map((p) => p.schema['x-ias-groups']).find(Array.isArray) as LayoutGroup[] | undefined,
      columns: num(parts.map((p) => p.schema['x-ias-columns']).find((c) => c !== undefined)),
    };
  }

  function entriesOf(parts: Part[]): EntriesSpec | undefined {
    const patterns: { pattern: string; readonly node: FieldNode }[] = [];
    let additional: Part[] | undefined;
    let names: EntriesSpec['names'];
    for (const p of parts) {
      if (isObject(p.schema.patternProperties)) {
        for (const [pattern, sub] of Object.entries(p.schema.patternProperties)) {
          const subParts = expand(sub, `${p.pointer}/patternProperties/${escapeToken(pattern)}`);
          patterns.push({
            pattern,
            get node() {
              const value = compile(subParts);
              Object.defineProperty(this, 'node', { value });
              return value;
            },
          });
        }
      }
      if (!additional && isObject(p.schema.additionalProperties))
        additional = expand(p.schema.additionalProperties, `${p.pointer}/additionalProperties`);
      if (!names && isObject(p.schema.propertyNames)) {
        const n = p.schema.propertyNames;
        names = {
          pattern: typeof n.pattern === 'string' ? n.pattern : undefined,
          minLength: num(n.minLength),
          maxLength: num(n.maxLength),
        };
      }
    }
    if (!patterns.length && !additional) return undefined;
    const extra = additional;
    return {
      patterns,
      names,
      ...(extra
        ? {
            get additional() {
              const value = compile(extra);
              Object.defineProperty(this, 'additional', { value });
              return value;
            },
          }
        : {}),
    };
  }

  const root = compile(expand(schema, ''));
  // Touch every node once (the graph may be cyclic) so that the notices are complete.
  const seen = new Set<FieldNode>();
  const visit = (node: FieldNode): void => {
    if (seen.has(node)) return;
    seen.add(node);
    if (node.kind === 'object') {
      node.properties.forEach((p) => visit(p.node));
      node.choices.forEach(visit);
      node.entries?.patterns.forEach((e) => visit(e.node));
      if (node.entries?.additional) visit(node.entries.additional);
    } else if (node.kind === 'array') visit(node.items);
    else if (node.kind === 'choice') node.alternatives.forEach((a) => visit(a.node));
  };
  visit(root);
  return { root, notices };
}

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

function intersectTypes(parts: Part[]): string[] | undefined {
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

function enumOptions(parts: Part[]): EnumOption[] | undefined {
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

/** Evaluates a condition for an object instance. `test` validates data against a schema pointer. */
export function conditionHolds(
  condition: Condition,
  data: unknown,
  test: (schemaPointer: string, data: unknown) => boolean,
): boolean {
  if (condition.kind === 'present') return isObject(data) && data[condition.property] !== undefined;
  return test(condition.pointer, data) === condition.when;
}
