import type { LocalizedText } from '../i18n/locales.js';
import { localizedWithFallback } from '../schema/field-model.js';
import { linearRegExp } from '../schema/linear-regexp.js';
import { escapePointerToken, isJsonObject } from '../schema/pointer.js';
import { indexSchema, type SchemaIndex } from '../schema/refs.js';

/**
 * The access rules of a JSON Schema (`x-ias-access`, `readOnly`), compiled once into a tree of data
 * locations. The one implementation of "may this role read / write this field": `<ias-form>`,
 * `<ias-assessment>`, `redact`, `mergeEdit`, `changesOf` and the CLI all ask it.
 *
 * The rules (language-neutral text: `packages/core/ACCESS.md`):
 * 1. A data location is described by every subschema that may apply to it, whatever the data: the schema
 *    itself, `$ref`, `allOf`, `anyOf`, `oneOf`, `then`, `else`, `dependentSchemas` (and draft-07 schema
 *    `dependencies`); an object member by `properties`, matching `patternProperties`, and otherwise
 *    `additionalProperties` / `unevaluatedProperties`; an array element by `items`, `prefixItems`,
 *    `additionalItems`. (`if`, `not`, `contains` and `propertyNames` describe no location.)
 * 2. Every `x-ias-access` among them must allow the role: a `read` list names the roles that may read,
 *    a `write` list the roles that may write; an absent list allows every role. The strictest wins.
 * 3. A role may read a location when it may read it and every location above it. It may write one when it
 *    may read it, every `write` list on the way allows it and no subschema on the way says `readOnly: true`.
 * 4. Declarations on an array's element schema apply to the array as a whole (elements are never hidden
 *    one by one, so positions stay what they are).
 * 5. Without a role (`null`/`undefined`), only locations without `read` lists can be read and only those
 *    without `write` lists written.
 */

type Obj = Record<string, unknown>;
/** One role, or none. */
export type UserRole = string | null | undefined;

interface Part {
  schema: Obj;
  pointer: string;
}

const INDEX = /^(0|[1-9][0-9]*)$/;
const APPLICATORS = ['allOf', 'anyOf', 'oneOf'] as const;

/** A data location of a schema, with the declarations that apply to it. Children are compiled on demand. */
export class AccessNode {
  /** The `read` lists that apply here (each must name the role). */
  readonly read: readonly (readonly string[])[];
  /** The `write` lists that apply here. */
  readonly write: readonly (readonly string[])[];
  /** A subschema here says `readOnly: true`. */
  readonly readOnly: boolean;
  /** The label (`x-ias-title` per language, falling back to `title`). */
  readonly title?: LocalizedText;
  private readonly children = new Map<string, AccessNode>();
  private elements?: Map<number, AccessNode>;

  constructor(
    private readonly compiler: Compiler | undefined,
    private readonly parts: readonly Part[],
    extra: readonly Part[] = [],
  ) {
    const read: string[][] = [];
    const write: string[][] = [];
    let readOnly = false;
    let title: LocalizedText | undefined;
    for (const { schema } of [...parts, ...extra]) {
      const access = schema['x-ias-access'];
      if (isJsonObject(access)) {
        if (Array.isArray(access.read)) read.push(access.read.map(String));
        if (Array.isArray(access.write)) write.push(access.write.map(String));
      }
      if (schema.readOnly === true) readOnly = true;
    }
    for (const { schema } of parts) {
      title ??= localizedWithFallback(schema['x-ias-title'], schema.title);
    }
    this.read = read;
    this.write = write;
    this.readOnly = readOnly;
    this.title = title;
  }

  /** Whether this location's own declarations let `role` read it (ancestors not considered). */
  allowsRead(role: UserRole): boolean {
    return this.read.every((list) => role != null && list.includes(role));
  }

  /** Whether this location's own declarations let `role` write it (reading and ancestors not considered). */
  allowsWrite(role: UserRole): boolean {
    return !this.readOnly && this.write.every((list) => role != null && list.includes(role));
  }

  /** Whether the schema describes array elements here. */
  get hasElements(): boolean {
    return this.parts.some(({ schema: s }) => s.items !== undefined || s.prefixItems !== undefined);
  }

  /** The location of the object member `name`. */
  property(name: string): AccessNode {
    let node = this.children.get(name);
    if (!node) {
      node = this.compiler ? this.compiler.node(memberSchemas(this.parts, name)) : EMPTY;
      this.children.set(name, node);
    }
    return node;
  }

  /** The location of the array element at `index`. */
  element(index: number): AccessNode {
    this.elements ??= new Map();
    let node = this.elements.get(index);
    if (!node) {
      node = this.compiler ? this.compiler.node(elementSchemas(this.parts, index)) : EMPTY;
      this.elements.set(index, node);
    }
    return node;
  }

  /** The location a pointer token leads to: an element for an index token where the schema has elements. */
  child(token: string): AccessNode {
    return INDEX.test(token) && this.hasElements ? this.element(Number(token)) : this.property(token);
  }

  /** Every location the schema declares directly below this one (for static questions over a subtree). */
  declaredChildren(): AccessNode[] {
    const out: AccessNode[] = [];
    const names = new Set<string>();
    for (const { schema } of this.parts) {
      if (isJsonObject(schema.properties)) Object.keys(schema.properties).forEach((n) => names.add(n));
    }
    names.forEach((n) => out.push(this.property(n)));
    if (this.compiler) {
      const open: Part[] = [];
      for (const { schema, pointer } of this.parts) {
        for (const kw of ['additionalProperties', 'unevaluatedProperties'] as const) {
          if (isJsonObject(schema[kw])) open.push({ schema: schema[kw], pointer: `${pointer}/${kw}` });
        }
        if (isJsonObject(schema.patternProperties)) {
          for (const [p, s] of Object.entries(schema.patternProperties)) {
            if (isJsonObject(s))
              open.push({ schema: s, pointer: `${pointer}/patternProperties/${escapePointerToken(p)}` });
          }
        }
      }
      for (const part of open) out.push(this.compiler.node([part]));
    }
    if (this.hasElements) {
      const tuple = Math.max(
        0,
        ...this.parts.map(({ schema: s }) =>
          Array.isArray(s.prefixItems) ? s.prefixItems.length : Array.isArray(s.items) ? s.items.length : 0,
        ),
      );
      for (let i = 0; i <= tuple; i++) out.push(this.element(i));
    }
    return out;
  }
}

/** A location no schema describes: no declarations, and so are all below it. */
const EMPTY: AccessNode = new AccessNode(undefined, []);

/** The subschemas of the member `name` in each part (rule 1). */
function memberSchemas(parts: readonly Part[], name: string): Part[] {
  const out: Part[] = [];
  let matched = false;
  const open: Part[] = [];
  for (const { schema, pointer } of parts) {
    let here = false;
    if (isJsonObject(schema.properties) && Object.hasOwn(schema.properties, name)) {
      out.push({
        schema: schema.properties[name] as Obj,
        pointer: `${pointer}/properties/${escapePointerToken(name)}`,
      });
      here = true;
    }
    if (isJsonObject(schema.patternProperties)) {
      for (const [pattern, sub] of Object.entries(schema.patternProperties)) {
        const hit = matches(pattern, name);
        if (hit !== false) {
          out.push({
            schema: sub as Obj,
            pointer: `${pointer}/patternProperties/${escapePointerToken(pattern)}`,
          });
          if (hit) here = true;
        }
      }
    }
    if (here) matched = true;
    else if (schema.additionalProperties !== undefined)
      out.push({ schema: schema.additionalProperties as Obj, pointer: `${pointer}/additionalProperties` });
    if (schema.unevaluatedProperties !== undefined)
      open.push({ schema: schema.unevaluatedProperties as Obj, pointer: `${pointer}/unevaluatedProperties` });
  }
  if (!matched) out.push(...open);
  return out;
}

/** The subschemas of the array element at `index` in each part (rule 1). */
function elementSchemas(parts: readonly Part[], index: number): Part[] {
  const out: Part[] = [];
  for (const { schema: s, pointer } of parts) {
    const tuple = Array.isArray(s.prefixItems) ? s.prefixItems : Array.isArray(s.items) ? s.items : undefined;
    const tupleKw = Array.isArray(s.prefixItems) ? 'prefixItems' : 'items';
    if (tuple && index < tuple.length)
      out.push({ schema: tuple[index] as Obj, pointer: `${pointer}/${tupleKw}/${index}` });
    else if (tuple && Array.isArray(s.items) && s.additionalItems !== undefined)
      out.push({ schema: s.additionalItems as Obj, pointer: `${pointer}/additionalItems` });
    else if (s.items !== undefined && !Array.isArray(s.items))
      out.push({ schema: s.items as Obj, pointer: `${pointer}/items` });
  }
  return out;
}

/** Every element subschema of the parts (for rule 4). */
function allElementSchemas(parts: readonly Part[]): Part[] {
  const out: Part[] = [];
  for (const { schema: s, pointer } of parts) {
    if (isJsonObject(s.items)) out.push({ schema: s.items, pointer: `${pointer}/items` });
    for (const kw of ['prefixItems', 'items'] as const) {
      const list = s[kw];
      if (Array.isArray(list))
        list.forEach((x, i) => isJsonObject(x) && out.push({ schema: x, pointer: `${pointer}/${kw}/${i}` }));
    }
    if (isJsonObject(s.additionalItems))
      out.push({ schema: s.additionalItems, pointer: `${pointer}/additionalItems` });
  }
  return out;
}

/**
 * Whether the `patternProperties` pattern matches `name`, on core's linear-time engine (member names come
 * from the data). `undefined` when the pattern cannot run there: the caller then applies it as well as
 * `additionalProperties`, the stricter reading.
 */
function matches(pattern: string, name: string): boolean | undefined {
  try {
    return linearRegExp(pattern).test(name);
  } catch {
    return undefined;
  }
}

/** Builds `AccessNode`s for a root schema: resolves `$ref`, flattens applicators, shares nodes by their parts. */
class Compiler {
  private readonly cache = new Map<string, AccessNode>();
  private readonly refs: SchemaIndex;

  constructor(root: Obj) {
    this.refs = indexSchema(root);
  }

  /** The schema and every subschema that applies to the same location, whatever the data (rule 1). */
  expand(schema: unknown, pointer: string, seen = new Set<string>(), out: Part[] = []): Part[] {
    if (!isJsonObject(schema) || seen.has(pointer)) return out;
    seen.add(pointer);
    out.push({ schema, pointer });
    if (typeof schema.$ref === 'string') {
      const target = this.refs.resolve(schema.$ref, pointer);
      if (target) this.expand(target.schema, target.pointer, seen, out);
    }
    for (const kw of APPLICATORS) {
      const list = schema[kw];
      if (Array.isArray(list)) list.forEach((s, i) => this.expand(s, `${pointer}/${kw}/${i}`, seen, out));
    }
    for (const kw of ['then', 'else'] as const) this.expand(schema[kw], `${pointer}/${kw}`, seen, out);
    for (const kw of ['dependentSchemas', 'dependencies'] as const) {
      const deps = schema[kw];
      if (!isJsonObject(deps)) continue;
      for (const [k, v] of Object.entries(deps))
        this.expand(v, `${pointer}/${kw}/${escapePointerToken(k)}`, seen, out);
    }
    return out;
  }

  node(direct: readonly Part[]): AccessNode {
    const seen = new Set<string>();
    const parts: Part[] = [];
    for (const p of direct) this.expand(p.schema, p.pointer, seen, parts);
    if (parts.length === 0) return EMPTY;
    const key = parts.map((p) => p.pointer).join('|');
    let node = this.cache.get(key);
    if (!node) {
      // Rule 4, through nested arrays too: the element schemas' declarations belong to this location.
      const elementParts: Part[] = [];
      const elSeen = new Set<string>();
      let level: Part[] = parts;
      while (level.length) {
        const next: Part[] = [];
        for (const p of allElementSchemas(level)) this.expand(p.schema, p.pointer, elSeen, next);
        elementParts.push(...next);
        level = next;
      }
      node = new AccessNode(this, parts, elementParts);
      this.cache.set(key, node);
    }
    return node;
  }
}

/** The compiled access rules of one schema. */
export class SchemaAccess {
  readonly root: AccessNode;

  constructor(schema: unknown) {
    const root = isJsonObject(schema) ? schema : {};
    this.root = new Compiler(root).node([{ schema: root, pointer: '' }]);
  }

  /** The locations from the root to `pointer` (root first). */
  path(pointer: string): AccessNode[] {
    const out = [this.root];
    if (pointer === '') return out;
    let node = this.root;
    for (const raw of pointer.slice(1).split('/')) {
      node = node.child(raw.replace(/~1/g, '/').replace(/~0/g, '~'));
      out.push(node);
    }
    return out;
  }

  /** May `role` read the value at the data pointer `pointer`? */
  canRead(pointer: string, role: UserRole): boolean {
    return this.path(pointer).every((n) => n.allowsRead(role));
  }

  /** May `role` change the value at `pointer`? (It must be able to read it.) */
  canWrite(pointer: string, role: UserRole): boolean {
    return this.path(pointer).every((n) => n.allowsRead(role) && n.allowsWrite(role));
  }

  /**
   * May `role` remove or reorder the elements of the array at `pointer` (holding `value`)? Only when it
   * may write the array, the element schema declares nothing the role may not read (it could not see
   * what it deletes), and no element holds a value it may not write. Appending needs only `canWrite`.
   */
  canRearrange(pointer: string, role: UserRole, value: unknown): boolean {
    if (!this.canWrite(pointer, role)) return false;
    const node = this.path(pointer).at(-1)!;
    return !hidesBelow(node, role, new Set()) && !holdsRestricted(node, value, role);
  }
}

/** Whether a location the schema declares below `node` (not `node` itself) is unreadable for `role`. */
function hidesBelow(node: AccessNode, role: UserRole, seen: Set<AccessNode>): boolean {
  if (seen.has(node)) return false;
  seen.add(node);
  return node.declaredChildren().some((c) => !c.allowsRead(role) || hidesBelow(c, role, seen));
}

/** Whether `value` holds, below `node`, a value `role` may not read or may not write. */
export function holdsRestricted(node: AccessNode, value: unknown, role: UserRole): boolean {
  const check = (child: AccessNode, v: unknown) =>
    v !== undefined &&
    (!child.allowsRead(role) || !child.allowsWrite(role) || holdsRestricted(child, v, role));
  if (Array.isArray(value)) return value.some((v, i) => check(node.element(i), v));
  if (isJsonObject(value)) return Object.keys(value).some((k) => check(node.property(k), value[k]));
  return false;
}

const compiled = new WeakMap<object, SchemaAccess>();

/** The access rules of `schema`, compiled once per schema object. */
export function accessOf(schema: unknown): SchemaAccess {
  if (!isJsonObject(schema)) return new SchemaAccess(schema);
  let access = compiled.get(schema);
  if (!access) compiled.set(schema, (access = new SchemaAccess(schema)));
  return access;
}
