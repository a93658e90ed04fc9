/**
 * Applying an overlay: shape checks of the overlay document, the base/version match, then merge patch,
 * `append`, `order` and `hide`. Collects every problem instead of stopping at the first.
 */
import {
  PointerError,
  escapePointerToken as esc,
  getAt,
  isJsonObject,
  parsePointer,
  setAt,
} from '../pointer.js';
import { canon, mergePatch } from './merge-patch.js';
import { OverlayError, type Obj, type Overlay, type OverlayIssue, type OverlayIssueCode } from './types.js';
import { parseVersionedId, splitBase, versionSatisfies } from './versions.js';
import { chain, describe, labelOf, list, resolver } from './walk.js';

const isLocalized = (v: unknown) =>
  typeof v === 'string' ||
  (isJsonObject(v) &&
    Object.entries(v).every(([k, t]) => ['de', 'fr', 'it', 'en', 'rm'].includes(k) && typeof t === 'string'));

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
export function build(base: unknown, overlay: unknown): { schema?: Obj; errors: OverlayIssue[] } {
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
