/** Walking a schema document: every subschema with its pointer, readable labels, same-document `$ref`s. */
import {
  escapePointerToken as esc,
  fragmentToPointer,
  getAt,
  isJsonObject,
  parsePointer,
} from '../pointer.js';
import type { Obj } from './types.js';

export const list = (values: Iterable<string>) => [...values].map((v) => `"${v}"`).join(', ');

export const MAP_KEYWORDS = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'];
export const LIST_KEYWORDS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
export const ONE_KEYWORDS = [
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
export interface Place {
  parent?: string;
  name?: string;
}

type Visitor = (node: Obj, pointer: string, place: Place) => void;

/** Visits every subschema object of `schema` (not `enum`/`const`/annotation values) with its pointer. */
export function walkSchema(schema: unknown, pointer: string, visit: Visitor, place: Place = {}): void {
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
export function describe(
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

export const labelOf = (pointer: string): string => {
  const d = describe(parsePointer(pointer));
  return d ? `"${d.label}" (${pointer})` : pointer;
};

/** Resolution of same-document `$ref`s (`#/…`, `#anchor`, `<root $id>#…`) within one schema document. */
export function resolver(doc: Obj): (ref: string) => string | undefined {
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

export const isLocalRef = (doc: Obj, ref: string) =>
  ref.startsWith('#') || (typeof doc.$id === 'string' && ref.startsWith(`${doc.$id.replace(/#$/, '')}#`));

/** The schema at `pointer` and the schemas its `$ref` chain leads to (same document only). */
export function chain(doc: Obj, pointer: string, resolve: (ref: string) => string | undefined) {
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
