/**
 * Checking an overlay against its template: the rules that keep SEM core fields (`x-ias-core`) intact,
 * never widen `x-ias-access`, and never hide or remove a required field.
 */
import { escapePointerToken as esc, getAt, isJsonObject } from '../pointer.js';
import { patternProblem } from '../linear-regexp.js';
import { findRefLoops, indexSchema } from '../refs.js';
import { build } from './build.js';
import { canon } from './merge-patch.js';
import type { Obj, OverlayCheck, OverlayIssueCode } from './types.js';
import { chain, isLocalRef, labelOf, list, resolver, walkSchema, type Place } from './walk.js';

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

  refIssues(base, schema, add);

  // A block holding core fields must stay required where it was: dropping it drops them all.
  const dropped = new Map<string, string[]>(); // parent pointer → names no longer required
  const droppedAt = (parent: string): string[] => {
    let names = dropped.get(parent);
    if (names) return names;
    const was = chain(base, parent, resolveBase).nodes;
    const now = chain(schema, parent, resolveEffective).nodes;
    // Merge patches keep unchanged subtrees identical: the same schemas require the same names.
    const same = was.length === now.length && was.every((n, i) => n === now[i]);
    names = same ? [] : minus(constraints(was).required, constraints(now).required);
    dropped.set(parent, names);
    return names;
  };
  walkSchema(base, '', (_node, pointer, place) => {
    if (place.parent === undefined || place.name === undefined || core.has(pointer)) return;
    if (!droppedAt(place.parent).includes(place.name)) return;
    if (!isJsonObject(getAt(schema, pointer))) return; // removed: reported as core.removed
    const inside = coreInside(base, pointer, core, resolveBase);
    if (inside.length)
      add(
        pointer,
        'core.required',
        `Block ${labelOf(pointer)} must stay required: it holds core field ${inside.map(labelOf).join(', ')}`,
      );
  });

  return { ok: errors.length === 0, errors, schema };
}

/** `$ref`s the overlay points outside the document or into a loop, and patterns the engine cannot run. */
function refIssues(
  base: Obj,
  schema: Obj,
  add: (pointer: string, code: OverlayIssueCode, message: string) => void,
) {
  const index = indexSchema(schema);
  const baseIndex = indexSchema(base);
  walkSchema(schema, '', (node, pointer) => {
    const old = getAt(base, pointer);
    const before = isJsonObject(old) ? old : undefined;
    const ref = node.$ref;
    if (typeof ref === 'string' && !isLocalRef(schema, ref) && !index.resolve(ref, pointer)) {
      if (!(before?.$ref === ref && !baseIndex.resolve(ref, pointer)))
        add(
          pointer,
          'schema.remote-ref',
          `Field ${labelOf(pointer)}: "$ref": "${ref}" is outside the schema; a form never fetches schemas, so bundle it under "$defs"`,
        );
    }
    const patterns: [string, string, boolean][] = [];
    if (typeof node.pattern === 'string')
      patterns.push([`${pointer}/pattern`, node.pattern, before?.pattern === node.pattern]);
    if (isJsonObject(node.patternProperties)) {
      const oldKeys = isJsonObject(before?.patternProperties) ? before.patternProperties : {};
      for (const key of Object.keys(node.patternProperties))
        patterns.push([`${pointer}/patternProperties/${esc(key)}`, key, Object.hasOwn(oldKeys, key)]);
    }
    for (const [at, source, unchanged] of patterns) {
      const problem = unchanged ? undefined : patternProblem(source);
      if (problem) add(at, 'schema.pattern', `Field ${labelOf(pointer)}: pattern "${source}": ${problem}`);
    }
  });
  const known = new Set(findRefLoops(base).map((l) => l.pointer));
  for (const loop of findRefLoops(schema)) {
    if (!known.has(loop.pointer)) add(loop.pointer, 'schema.ref-loop', loop.message);
  }
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
