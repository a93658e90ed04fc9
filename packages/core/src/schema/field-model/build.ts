/**
 * Schema → field model: the compiler. Flattens `$ref` and `allOf` into schema parts, turns each set of
 * parts into one node (cached by their pointers, so recursive schemas make cyclic graphs), and collects a
 * notice for whatever is validated but not shown as a control.
 */
import { escapePointerToken as escapeToken, isJsonObject as isObject } from '../pointer.js';
import { indexSchema } from '../refs.js';
import {
  KNOWN_FORMATS,
  RENDERED,
  enumOptions,
  intersectTypes,
  localizedWithFallback,
  num,
  orderNames,
  type Part,
} from './parts.js';
import type {
  ArrayNode,
  ChoiceNode,
  Condition,
  EntriesSpec,
  FieldModel,
  FieldNode,
  JsonSchema,
  LayoutGroup,
  NodeBase,
  ObjectNode,
  PropertyField,
  RenderNotice,
  SchemaObject,
} from './types.js';

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
