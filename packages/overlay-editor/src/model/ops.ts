/**
 * The operations a canton specialist performs, each turned into overlay entries (never edits to the
 * template). `offer()` says whether an operation is allowed and, when not, why — the element only offers
 * what `offer()` allows, so every sequence of offered edits gives an overlay `checkOverlay` accepts.
 * Pure and immutable: every function returns a new overlay.
 */
import type { Locale } from '@ias-kit/core';
import {
  applyOverlay,
  escapePointerToken,
  isJsonObject,
  parsePointer,
  parseVersionedId,
  versionSatisfies,
  type Overlay,
} from '@ias-kit/core/schema';
import {
  FIELD_KINDS,
  buildTree,
  childContainer,
  enumHolderOf,
  findNode,
  orderedNames,
  schemaAt,
  type Access,
  type FieldKind,
  type Obj,
  type TreeNode,
} from './tree.js';

/** Texts a specialist writes per language. */
export const TEXT_KEYS = ['x-ias-title', 'x-ias-help'] as const;
export type TextKey = (typeof TEXT_KEYS)[number];
/** Constraints the editor can tighten. */
export const LIMIT_KEYWORDS = ['maxLength', 'minimum', 'maximum'] as const;
export type LimitKeyword = (typeof LIMIT_KEYWORDS)[number];

export type Texts = Partial<Record<Locale, string>>;

export interface NewOption {
  value: string;
  title: Texts;
}

/** A field to add to a section. */
export interface NewField {
  /** Property name (letters and digits, starting with a letter); see `suggestName`. */
  name: string;
  kind: FieldKind;
  title: Texts;
  help?: Texts;
  required: boolean;
  /** For `choice` and `multi`. */
  options?: NewOption[];
}

/** One editing step. */
export type Edit =
  | { op: 'text'; pointer: string; key: TextKey; locale: Locale; text: string }
  | { op: 'add'; parent: string; field: NewField }
  | { op: 'remove'; pointer: string }
  | { op: 'rename'; pointer: string; name: string }
  | { op: 'hide'; pointer: string; hidden: boolean }
  | { op: 'move'; pointer: string; delta: -1 | 1 }
  | { op: 'limit'; pointer: string; keyword: LimitKeyword; value: number | undefined }
  | { op: 'options'; pointer: string; keep: unknown[] }
  | { op: 'access'; pointer: string; access: Access | undefined }
  | { op: 'meta'; id?: string; version?: string; range?: string };

/** Why an operation is not offered (a key of the editor's messages). */
export type Refusal =
  | 'unknown-field'
  | 'locked-core'
  | 'locked-holds-core'
  | 'locked-required'
  | 'required-field'
  | 'not-added'
  | 'bad-name'
  | 'name-taken'
  | 'no-label'
  | 'no-options'
  | 'bad-options'
  | 'not-container'
  | 'no-sibling'
  | 'not-applicable'
  | 'looser'
  | 'core-options'
  | 'wider-access'
  | 'no-readers'
  | 'writers-must-read'
  | 'child-access'
  | 'bad-version'
  | 'bad-range'
  | 'range-excludes-base'
  | 'too-long';

const MAX_TEXT = 500;
const NAME = /^[a-z][A-Za-z0-9]{0,39}$/;

type Path = readonly string[];

function setIn(doc: unknown, path: Path, value: unknown): Obj {
  const obj: Obj = isJsonObject(doc) ? { ...doc } : {};
  const [head, ...rest] = path as [string, ...string[]];
  obj[head] = rest.length === 0 ? value : setIn(obj[head], rest, value);
  return obj;
}

/** Removes `path` and prunes objects left empty on the way up. */
function deleteIn(doc: unknown, path: Path): Obj | undefined {
  if (!isJsonObject(doc)) return undefined;
  const [head, ...rest] = path as [string, ...string[]];
  if (!(head in doc)) return doc;
  const obj: Obj = { ...doc };
  if (rest.length === 0) delete obj[head];
  else {
    const inner = deleteIn(obj[head], rest);
    if (inner === undefined || Object.keys(inner).length === 0) delete obj[head];
    else obj[head] = inner;
  }
  return obj;
}

function withPatch(overlay: Overlay, patch: Obj | undefined): Overlay {
  const next: Overlay = { ...overlay };
  if (patch && Object.keys(patch).length > 0) next.patch = patch;
  else delete next.patch;
  return next;
}

function cleanup(overlay: Overlay): Overlay {
  const next: Overlay = { ...overlay };
  if (next.hide && next.hide.length === 0) delete next.hide;
  if (next.append) {
    const entries = Object.entries(next.append).filter(([, v]) => v.length > 0);
    if (entries.length === 0) delete next.append;
    else next.append = Object.fromEntries(entries);
  }
  if (next.order && Object.keys(next.order).length === 0) delete next.order;
  return next;
}

/** A readable, stable property name from a label: `Niveau fide mündlich` → `niveauFideMuendlich`. */
export function suggestName(label: string, taken: readonly string[] = []): string {
  const ascii = label
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/Ä/g, 'Ae')
    .replace(/Ö/g, 'Oe')
    .replace(/Ü/g, 'Ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
  const words = ascii.split(/[^A-Za-z0-9]+/).filter(Boolean);
  let name = words
    .map((w, i) => (i === 0 ? w.toLowerCase() : w[0]!.toUpperCase() + w.slice(1).toLowerCase()))
    .join('')
    .slice(0, 36);
  if (!name) name = 'feld';
  if (!/^[a-z]/.test(name)) name = `f${name}`;
  let candidate = name;
  for (let i = 2; taken.includes(candidate); i++) candidate = `${name}${i}`;
  return candidate;
}

/** The JSON Schema of a new field. */
export function fieldSchema(field: NewField): Obj {
  const first = field.title.de ?? Object.values(field.title).find(Boolean) ?? field.name;
  const texts: Obj = { title: first, 'x-ias-title': { ...field.title } };
  if (field.help && Object.values(field.help).some(Boolean)) texts['x-ias-help'] = { ...field.help };
  const values = (field.options ?? []).map((o) => o.value);
  const titles = (field.options ?? []).map((o) => ({ ...o.title }));
  switch (field.kind) {
    case 'text':
      return { type: 'string', maxLength: 200, ...texts };
    case 'textarea':
      return { type: 'string', maxLength: 2000, 'x-ias-widget': 'textarea', ...texts };
    case 'number':
      return { type: 'number', ...texts };
    case 'date':
      return { type: 'string', format: 'date', ...texts };
    case 'boolean':
      return { type: 'boolean', ...texts };
    case 'choice':
      return { type: 'string', enum: values, 'x-ias-enum-titles': titles, ...texts };
    case 'multi':
      return {
        type: 'array',
        uniqueItems: true,
        'x-ias-widget': 'checkboxes',
        items: { type: 'string', enum: values, 'x-ias-enum-titles': titles },
        ...texts,
      };
  }
}

/** A new, empty overlay for `base` (a versioned template), compatible with its minor versions. */
export function newOverlay(base: Obj, id = 'https://example.ch/ias/overlays/canton'): Overlay {
  const parsed = parseVersionedId(String(base.$id ?? ''));
  const [major = '1', minor = '0'] = (parsed.version ?? '1.0.0').split('.');
  const name = parsed.id.split('/').pop() ?? 'form';
  return { $id: `${id}-${name}@1.0.0`, base: `${parsed.id}@^${major}.${minor}` };
}

/** The effective schema (template + overlay), or `undefined` when the overlay cannot be applied. */
export function effectiveOf(base: Obj, overlay: Overlay): Obj | undefined {
  try {
    return applyOverlay(base, overlay);
  } catch {
    return undefined;
  }
}

const enumHolder = (node: TreeNode): Obj | undefined => enumHolderOf(node.schema);
const baseEnumHolder = (node: TreeNode): Obj | undefined => enumHolderOf(node.baseSchema);

const subset = (list: readonly string[], of: readonly string[] | undefined): boolean =>
  !of || list.every((r) => of.includes(r));

function hasWiderDescendantAccess(node: TreeNode, access: Access): boolean {
  return node.children.some((c) => {
    const own = c.schema['x-ias-access'];
    if (isJsonObject(own)) {
      const a = own as Access;
      if ((a.read && !subset(a.read, access.read)) || (a.write && !subset(a.write, access.write)))
        return true;
    }
    return hasWiderDescendantAccess(c, access);
  });
}

function numberLimit(schema: Obj | undefined, keyword: LimitKeyword): number | undefined {
  const v = schema?.[keyword];
  return typeof v === 'number' ? v : undefined;
}

/** The allowed range of a constraint on a node: the template's value bounds how far it may move. */
export function limitBounds(
  node: TreeNode,
  keyword: LimitKeyword,
): { min?: number; max?: number } | undefined {
  const kind = node.kind;
  const base = node.added ? undefined : node.baseSchema;
  if (keyword === 'maxLength') {
    if (kind !== 'text' && kind !== 'textarea') return undefined;
    const minLength = typeof node.schema.minLength === 'number' ? node.schema.minLength : 0;
    return { min: Math.max(1, minLength), max: numberLimit(base, 'maxLength') };
  }
  if (kind !== 'number') return undefined;
  const lo = numberLimit(base, 'minimum');
  const hi = numberLimit(base, 'maximum');
  if (keyword === 'minimum') return { min: lo, max: numberLimit(node.schema, 'maximum') ?? hi };
  return { min: numberLimit(node.schema, 'minimum') ?? lo, max: hi };
}

/** Whether `edit` is offered on `overlay` over `base`; the reason when it is not. */
export function offer(base: Obj, overlay: Overlay, edit: Edit): Refusal | undefined {
  const effective = effectiveOf(base, overlay);
  if (!effective) return 'not-applicable';
  const tree = buildTree(base, effective);
  if (edit.op === 'meta') {
    if (edit.version !== undefined && !/^\d+\.\d+\.\d+$/.test(edit.version)) return 'bad-version';
    if (edit.range !== undefined) {
      const baseVersion = parseVersionedId(String(base.$id ?? '')).version ?? '0.0.0';
      const ok = versionSatisfies(baseVersion, edit.range);
      if (ok === undefined || edit.range.trim() === '') return 'bad-range';
      if (!ok) return 'range-excludes-base';
    }
    if (edit.id !== undefined && !/^[a-z][a-z0-9+.-]*:\S+$/i.test(edit.id)) return 'bad-range';
    return undefined;
  }
  if (edit.op === 'add') {
    const container = schemaAt(effective, edit.parent);
    if (!container || !isJsonObject(container.properties)) return 'not-container';
    const f = edit.field;
    if (!NAME.test(f.name)) return 'bad-name';
    if (f.name in container.properties) return 'name-taken';
    if (!FIELD_KINDS.includes(f.kind)) return 'not-applicable';
    if (!Object.values(f.title).some((t) => t && t.trim())) return 'no-label';
    if ([...Object.values(f.title), ...Object.values(f.help ?? {})].some((t) => (t ?? '').length > MAX_TEXT))
      return 'too-long';
    if (f.kind === 'choice' || f.kind === 'multi') {
      const values = (f.options ?? []).map((o) => o.value.trim());
      if (values.length === 0) return 'no-options';
      if (values.some((v) => !v) || new Set(values).size !== values.length) return 'bad-options';
    }
    return undefined;
  }
  const node = findNode(tree, edit.pointer);
  if (!node) return 'unknown-field';
  switch (edit.op) {
    case 'text':
      return edit.text.length > MAX_TEXT ? 'too-long' : undefined;
    case 'remove':
      return node.added ? undefined : 'not-added';
    case 'rename': {
      if (!node.added) return 'not-added';
      if (!NAME.test(edit.name)) return 'bad-name';
      if (edit.name !== node.name && namesIn(effective, node.parent).includes(edit.name)) return 'name-taken';
      return undefined;
    }
    case 'hide': {
      if (!edit.hidden) return undefined;
      if (node.locks.includes('core')) return 'locked-core';
      if (node.locks.includes('holds-core')) return 'locked-holds-core';
      if (node.locks.includes('required')) return 'locked-required';
      if (node.required) return 'required-field';
      return undefined;
    }
    case 'move': {
      const parent = schemaAt(effective, node.parent);
      const names = parent ? orderedNames(parent) : [];
      const i = names.indexOf(node.name) + edit.delta;
      return i < 0 || i >= names.length ? 'no-sibling' : undefined;
    }
    case 'limit': {
      const bounds = limitBounds(node, edit.keyword);
      if (!bounds) return 'not-applicable';
      if (edit.value === undefined) return undefined;
      if (!Number.isFinite(edit.value)) return 'looser';
      if (edit.keyword === 'maxLength' && (!Number.isInteger(edit.value) || edit.value < 1)) return 'looser';
      if (bounds.min !== undefined && edit.value < bounds.min) return 'looser';
      if (bounds.max !== undefined && edit.value > bounds.max) return 'looser';
      return undefined;
    }
    case 'options': {
      const holder = enumHolder(node);
      if (!holder) return 'not-applicable';
      if (node.core) return 'core-options';
      const allowed = (baseEnumHolder(node)?.enum ?? holder.enum) as unknown[];
      if (edit.keep.length === 0) return 'no-options';
      return edit.keep.every((v) => allowed.includes(v)) ? undefined : 'bad-options';
    }
    case 'access': {
      const a = edit.access;
      if (!a) return undefined;
      if (!a.read?.length) return 'no-readers';
      if (!a.write || !subset(a.write, a.read)) return 'writers-must-read';
      const inherited = node.baseAccess;
      if (inherited && (!subset(a.read, inherited.read) || !subset(a.write, inherited.write)))
        return 'wider-access';
      if (hasWiderDescendantAccess(node, a)) return 'child-access';
      return undefined;
    }
  }
}

export class EditRefused extends Error {
  constructor(readonly reason: Refusal) {
    super(`edit refused: ${reason}`);
  }
}

function fieldPath(pointer: string): string[] {
  return parsePointer(pointer);
}

/** Applies one offered edit; throws `EditRefused` for an edit `offer()` refuses. */
export function applyEdit(base: Obj, overlay: Overlay, edit: Edit): Overlay {
  const refusal = offer(base, overlay, edit);
  if (refusal) throw new EditRefused(refusal);
  const effective = effectiveOf(base, overlay)!;
  const patch = overlay.patch;
  switch (edit.op) {
    case 'meta': {
      const parsed = parseVersionedId(overlay.$id);
      const id = edit.id ?? parsed.id;
      const version = edit.version ?? parsed.version ?? '1.0.0';
      const next: Overlay = { ...overlay, $id: `${id}@${version}` };
      if (edit.range !== undefined)
        next.base = `${parseVersionedId(overlay.base.split('@')[0] ?? '').id}@${edit.range.trim()}`;
      return next;
    }
    case 'text': {
      const node = findNode(buildTree(base, effective), edit.pointer)!;
      const path = [...fieldPath(edit.pointer), edit.key, edit.locale];
      const baseText = node.baseSchema?.[edit.key];
      const baseValue = isJsonObject(baseText) ? baseText[edit.locale] : undefined;
      const text = edit.text.trim();
      if (text === '' || (!node.added && text === baseValue))
        return withPatch(overlay, deleteIn(patch, path));
      return withPatch(overlay, setIn(patch, path, text));
    }
    case 'add': {
      const path = [...fieldPath(edit.parent), 'properties', edit.field.name];
      let next = withPatch(overlay, setIn(patch, path, fieldSchema(edit.field)));
      if (edit.field.required) {
        const key = `${edit.parent}/required`;
        const list = next.append?.[key] ?? [];
        next = { ...next, append: { ...next.append, [key]: [...list, edit.field.name] } };
      }
      return cleanup(next);
    }
    case 'remove': {
      const node = findNode(buildTree(base, effective), edit.pointer)!;
      let next = withPatch(overlay, deleteIn(patch, fieldPath(edit.pointer)));
      const key = `${node.parent}/required`;
      if (next.append?.[key])
        next = {
          ...next,
          append: { ...next.append, [key]: next.append[key]!.filter((n) => n !== node.name) },
        };
      if (next.order?.[node.parent]) {
        next = {
          ...next,
          order: { ...next.order, [node.parent]: next.order[node.parent]!.filter((n) => n !== node.name) },
        };
      }
      if (next.hide)
        next = {
          ...next,
          hide: next.hide.filter((p) => p !== edit.pointer && !p.startsWith(`${edit.pointer}/`)),
        };
      return cleanup(next);
    }
    case 'rename': {
      const node = findNode(buildTree(base, effective), edit.pointer)!;
      if (edit.name === node.name) return overlay;
      const field = node.schema;
      const renamed = propertyPointer(node.parent, edit.name);
      let next = withPatch(overlay, deleteIn(patch, fieldPath(edit.pointer)));
      next = withPatch(next, setIn(next.patch, fieldPath(renamed), field));
      const key = `${node.parent}/required`;
      const swap = (n: unknown): unknown => (n === node.name ? edit.name : n);
      if (next.append?.[key])
        next = { ...next, append: { ...next.append, [key]: next.append[key]!.map(swap) } };
      if (next.order?.[node.parent])
        next = {
          ...next,
          order: { ...next.order, [node.parent]: next.order[node.parent]!.map((n) => swap(n) as string) },
        };
      if (next.hide) next = { ...next, hide: next.hide.map((p) => (p === edit.pointer ? renamed : p)) };
      return next;
    }
    case 'hide': {
      const list = (overlay.hide ?? []).filter((p) => p !== edit.pointer);
      return cleanup({ ...overlay, hide: edit.hidden ? [...list, edit.pointer] : list });
    }
    case 'move': {
      const node = findNode(buildTree(base, effective), edit.pointer)!;
      const names = orderedNames(schemaAt(effective, node.parent)!);
      const i = names.indexOf(node.name);
      const j = i + edit.delta;
      [names[i], names[j]] = [names[j]!, names[i]!];
      return { ...overlay, order: { ...overlay.order, [node.parent]: names } };
    }
    case 'limit': {
      const path = [...fieldPath(edit.pointer), edit.keyword];
      if (edit.value === undefined) return withPatch(overlay, deleteIn(patch, path));
      return withPatch(overlay, setIn(patch, path, edit.value));
    }
    case 'options': {
      const node = findNode(buildTree(base, effective), edit.pointer)!;
      const holder = baseEnumHolder(node) ?? enumHolder(node)!;
      const values = holder.enum as unknown[];
      const titles = Array.isArray(holder['x-ias-enum-titles'])
        ? (holder['x-ias-enum-titles'] as unknown[])
        : undefined;
      const keep = values.filter((v) => edit.keep.includes(v));
      const at = isJsonObject(node.schema.items) && enumHolder(node) === node.schema.items ? ['items'] : [];
      const path = [...fieldPath(edit.pointer), ...at];
      if (keep.length === values.length) {
        let next = deleteIn(patch, [...path, 'enum']);
        next = deleteIn(next, [...path, 'x-ias-enum-titles']);
        return withPatch(overlay, next);
      }
      let next = setIn(patch, [...path, 'enum'], keep);
      if (titles)
        next = setIn(
          next,
          [...path, 'x-ias-enum-titles'],
          values.flatMap((v, i) => (keep.includes(v) ? [titles[i]] : [])),
        );
      return withPatch(overlay, next);
    }
    case 'access': {
      const path = [...fieldPath(edit.pointer), 'x-ias-access'];
      if (!edit.access) return withPatch(overlay, deleteIn(patch, path));
      return withPatch(
        overlay,
        setIn(patch, path, { read: [...edit.access.read!], write: [...edit.access.write!] }),
      );
    }
  }
}

/** Names already used in the object schema at `parent` (for `suggestName`). */
export function namesIn(effective: Obj, parent: string): string[] {
  const container = schemaAt(effective, parent);
  return container && isJsonObject(container.properties) ? Object.keys(container.properties) : [];
}

/** The object schema pointer that holds a node's children (for "add a field here"). */
export function containerOf(node: TreeNode): string | undefined {
  return childContainer(node.pointer, node.schema)?.pointer;
}

/** Pointer of a property `name` inside the object schema at `parent`. */
export const propertyPointer = (parent: string, name: string): string =>
  `${parent}/properties/${escapePointerToken(name)}`;

/** Raises the overlay's own version (`1.2.3` → `1.2.4` for `patch`, `1.3.0` for `minor`, `2.0.0` for `major`). */
export function bumpVersion(overlay: Overlay, part: 'major' | 'minor' | 'patch'): Overlay {
  const parsed = parseVersionedId(overlay.$id);
  const [a = 1, b = 0, c = 0] = (parsed.version ?? '1.0.0').split('.').map(Number);
  const v = part === 'major' ? [a + 1, 0, 0] : part === 'minor' ? [a, b + 1, 0] : [a, b, c + 1];
  return { ...overlay, $id: `${parsed.id}@${v.join('.')}` };
}
