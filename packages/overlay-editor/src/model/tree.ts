/**
 * The structure a canton specialist edits: sections and fields of a template as a tree, with what the
 * overlay changed and what is protected. Pure, DOM-free (tested in Node).
 */
import type { LocalizedText } from '@ias-kit/core';
import { escapePointerToken, getAt, isJsonObject, parsePointer } from '@ias-kit/core/schema';

export type Obj = Record<string, unknown>;

/** What kind of control a field is, in the words of the editor's "add field" choices. */
export const FIELD_KINDS = ['text', 'textarea', 'number', 'date', 'boolean', 'choice', 'multi'] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];
export type NodeKind = 'section' | 'group' | 'list' | FieldKind | 'other';

/** Roles the kit's templates know (schemas/README.md); the editor restricts fields to these. */
export const TEMPLATE_ROLES = ['case_manager', 'social_worker', 'external_office'] as const;

export interface Access {
  read?: string[];
  write?: string[];
}

/** Why a field cannot be hidden or removed. */
export type LockReason = 'core' | 'holds-core' | 'required';

export interface TreeNode {
  /** Schema pointer in the effective schema (and in the template, unless the overlay added the field). */
  pointer: string;
  /** Pointer of the object schema that holds it (`''` for sections). */
  parent: string;
  name: string;
  kind: NodeKind;
  depth: number;
  /** Label and help text in the effective schema, and in the template. */
  title?: LocalizedText;
  baseTitle?: LocalizedText;
  help?: LocalizedText;
  baseHelp?: LocalizedText;
  core: boolean;
  /** Required in the template (a required field may not be hidden). */
  requiredInBase: boolean;
  required: boolean;
  hidden: boolean;
  /** The overlay added this field. */
  added: boolean;
  /** `x-ias-access` in force here (own or inherited from a block above). */
  access?: Access;
  /** `x-ias-access` in force in the template. */
  baseAccess?: Access;
  locks: LockReason[];
  schema: Obj;
  baseSchema?: Obj;
  children: TreeNode[];
}

const isObj = isJsonObject;

/** Properties of an object schema in display order (`x-ias-order`, `"*"` for the rest). */
export function orderedNames(schema: Obj): string[] {
  const props = isObj(schema.properties) ? Object.keys(schema.properties) : [];
  const order = Array.isArray(schema['x-ias-order']) ? (schema['x-ias-order'] as string[]) : [];
  if (order.length === 0) return props;
  const listed = order.filter((n) => n !== '*' && props.includes(n));
  const rest = props.filter((n) => !listed.includes(n));
  const star = order.indexOf('*');
  if (star < 0) return [...listed, ...rest];
  const before = order.slice(0, star).filter((n) => listed.includes(n));
  const after = order.slice(star + 1).filter((n) => listed.includes(n));
  return [...before, ...rest, ...after];
}

/** The kind of a field schema. */
export function kindOf(schema: Obj, depth: number): NodeKind {
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  if (type === 'object' || isObj(schema.properties)) return depth === 1 ? 'section' : 'group';
  if (type === 'array') {
    const items = isObj(schema.items) ? schema.items : {};
    if (isObj(items.properties)) return 'list';
    return Array.isArray(items.enum) ? 'multi' : 'other';
  }
  if (Array.isArray(schema.enum) || schema.oneOf || schema.anyOf) return 'choice';
  if (type === 'string') {
    if (schema.format === 'date') return 'date';
    return schema['x-ias-widget'] === 'textarea' ||
      (typeof schema.maxLength === 'number' && schema.maxLength > 200)
      ? 'textarea'
      : 'text';
  }
  if (type === 'number' || type === 'integer') return 'number';
  if (type === 'boolean') return 'boolean';
  return 'other';
}

/** Whether a schema or anything below it is marked `x-ias-core` (following `properties` and `items`). */
export function holdsCore(schema: unknown): boolean {
  if (!isObj(schema)) return false;
  if (schema['x-ias-core'] === true) return true;
  if (isObj(schema.properties) && Object.values(schema.properties).some(holdsCore)) return true;
  return isObj(schema.items) && holdsCore(schema.items);
}

function accessOf(schema: Obj, inherited: Access | undefined): Access | undefined {
  const own = schema['x-ias-access'];
  return isObj(own) ? (own as Access) : inherited;
}

function requiredList(schema: unknown): string[] {
  return isObj(schema) && Array.isArray(schema.required) ? (schema.required as string[]) : [];
}

/** The object schema whose `properties` hold children: the schema itself, or an array's `items`. */
export function childContainer(pointer: string, schema: Obj): { pointer: string; schema: Obj } | undefined {
  if (isObj(schema.properties)) return { pointer, schema };
  if (isObj(schema.items) && isObj(schema.items.properties))
    return { pointer: `${pointer}/items`, schema: schema.items };
  return undefined;
}

/**
 * The tree of `effective` (the template with the overlay applied) compared with `base` (the template).
 * Sections are the root's properties; objects nest; arrays of objects show their item fields.
 */
export function buildTree(base: Obj, effective: Obj): TreeNode[] {
  const walk = (
    container: string,
    schema: Obj,
    baseSchema: Obj | undefined,
    depth: number,
    access: Access | undefined,
    baseAccess: Access | undefined,
  ): TreeNode[] => {
    const props = schema.properties as Obj;
    const baseProps = baseSchema && isObj(baseSchema.properties) ? baseSchema.properties : {};
    const required = requiredList(schema);
    const baseRequired = requiredList(baseSchema);
    return orderedNames(schema)
      .filter((name) => isObj(props[name]))
      .map((name) => {
        const s = props[name] as Obj;
        const b = isObj(baseProps[name]) ? baseProps[name] : undefined;
        const pointer = `${container}/properties/${escapePointerToken(name)}`;
        const nodeAccess = accessOf(s, access);
        const nodeBaseAccess = b ? accessOf(b, baseAccess) : baseAccess;
        const core = b?.['x-ias-core'] === true;
        const requiredInBase = baseRequired.includes(name);
        const locks: LockReason[] = [];
        if (core) locks.push('core');
        else if (holdsCore(b)) locks.push('holds-core');
        if (requiredInBase) locks.push('required');
        const node: TreeNode = {
          pointer,
          parent: container,
          name,
          kind: kindOf(s, depth),
          depth,
          title: (s['x-ias-title'] ?? s.title) as LocalizedText | undefined,
          baseTitle: b ? ((b['x-ias-title'] ?? b.title) as LocalizedText | undefined) : undefined,
          help: (s['x-ias-help'] ?? s['x-ias-description'] ?? s.description) as LocalizedText | undefined,
          baseHelp: b
            ? ((b['x-ias-help'] ?? b['x-ias-description'] ?? b.description) as LocalizedText | undefined)
            : undefined,
          core,
          requiredInBase,
          required: required.includes(name),
          hidden: s['x-ias-hidden'] === true,
          added: !b,
          access: nodeAccess,
          baseAccess: nodeBaseAccess,
          locks,
          schema: s,
          baseSchema: b,
          children: [],
        };
        const inner = childContainer(pointer, s);
        if (inner) {
          const baseInner = b ? childContainer(pointer, b) : undefined;
          node.children = walk(
            inner.pointer,
            inner.schema,
            baseInner?.schema,
            depth + 1,
            nodeAccess,
            nodeBaseAccess,
          );
        }
        return node;
      });
  };
  const rootAccess = isObj(effective['x-ias-access']) ? (effective['x-ias-access'] as Access) : undefined;
  const rootBaseAccess = isObj(base['x-ias-access']) ? (base['x-ias-access'] as Access) : undefined;
  return isObj(effective.properties) ? walk('', effective, base, 1, rootAccess, rootBaseAccess) : [];
}

/** Every node of the tree, depth first. */
export function flatten(nodes: readonly TreeNode[]): TreeNode[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children)]);
}

/** The node at `pointer`, if any. */
export function findNode(nodes: readonly TreeNode[], pointer: string): TreeNode | undefined {
  return flatten(nodes).find((n) => n.pointer === pointer);
}

/** The data path (`languages.fide.oral`) of a schema pointer, for people who read records. */
export function dataPath(pointer: string): string {
  const tokens = parsePointer(pointer);
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] === 'properties' && i + 1 < tokens.length) out += `${out ? '.' : ''}${tokens[++i]}`;
    else if (tokens[i] === 'items') out += '[]';
  }
  return out;
}

/** The schema that holds a choice's `enum`: the field itself, or an array's `items` (several answers). */
export function enumHolderOf(schema: Obj | undefined): Obj | undefined {
  if (!schema) return undefined;
  if (Array.isArray(schema.enum)) return schema;
  return isObj(schema.items) && Array.isArray(schema.items.enum) ? schema.items : undefined;
}

/** The schema at `pointer` inside `schema`, as an object (or undefined). */
export function schemaAt(schema: unknown, pointer: string): Obj | undefined {
  const found = getAt(schema, pointer);
  return isObj(found) ? found : undefined;
}
