/**
 * `$ref` resolution within one schema document, bundled resources included: every `$id` (absolute or
 * relative to the enclosing resource) and `$anchor` is indexed with its JSON pointer, and a reference
 * is resolved against the base URI of the schema it stands in, as JSON Schema 2020-12 (and draft-07)
 * specify. Nothing is ever fetched: a reference outside the document resolves to `undefined`.
 */
import { escapePointerToken as esc, getAt, isJsonObject } from './pointer.js';

/**
 * The WHATWG URL class of the platform (Node and browsers both have it). Core compiles without the DOM
 * library, so its type is declared here rather than taken from lib.dom.
 */
const WhatwgUrl = (globalThis as unknown as { URL: new (url: string, base?: string) => { href: string } })
  .URL;

type Obj = Record<string, unknown>;

/** The base URI of a document without `$id` (any hierarchical URI works; it never leaves this module). */
const NO_ID = 'https://ias-kit.invalid/schema.json';

/** Keywords whose values are not schemas (their contents hold no `$id`s or `$ref`s of the document). */
const DATA = new Set(['enum', 'const', 'default', 'examples']);

export interface RefTarget {
  schema: Obj | boolean;
  pointer: string;
}

export interface SchemaIndex {
  /** The schema `ref` names, as seen from the schema at `from`; `undefined` when outside the document. */
  resolve(ref: string, from: string): RefTarget | undefined;
}

const withoutFragment = (uri: string) => uri.replace(/#.*$/, '');

const indexes = new WeakMap<object, SchemaIndex>();
const loopsOf = new WeakMap<object, RefLoop[]>();

/** Indexes the `$id`s and `$anchor`s of `root` for `resolve` (once per schema object: treat schemas as immutable). */
export function indexSchema(root: unknown): SchemaIndex {
  if (!isJsonObject(root)) return buildIndex(root);
  let index = indexes.get(root);
  if (!index) indexes.set(root, (index = buildIndex(root)));
  return index;
}

function buildIndex(root: unknown): SchemaIndex {
  const resources = new Map<string, string>(); // absolute URI (no fragment) → pointer
  const anchors = new Map<string, string>(); // absolute URI#anchor → pointer
  const bases = new Map<string, string>(); // pointer of each object sub-schema → its base URI
  const walk = (node: unknown, pointer: string, base: string, depth: number): void => {
    if (depth > 200) return;
    if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${pointer}/${i}`, base, depth + 1));
    if (!isJsonObject(node)) return;
    let here = base;
    if (typeof node.$id === 'string' && !node.$id.startsWith('#')) {
      try {
        here = withoutFragment(new WhatwgUrl(node.$id, base).href);
        if (!resources.has(here)) resources.set(here, pointer);
      } catch {
        /* not a URI: Ajv reports it */
      }
    }
    bases.set(pointer, here);
    const anchor = typeof node.$anchor === 'string' ? node.$anchor : undefined;
    if (anchor !== undefined && !anchors.has(`${here}#${anchor}`)) anchors.set(`${here}#${anchor}`, pointer);
    for (const [key, value] of Object.entries(node)) {
      if (!DATA.has(key)) walk(value, `${pointer}/${esc(key)}`, here, depth + 1);
    }
  };
  const rootBase = isJsonObject(root) && typeof root.$id === 'string' ? safeUrl(root.$id, NO_ID) : NO_ID;
  resources.set(withoutFragment(rootBase ?? NO_ID), '');
  walk(root, '', withoutFragment(rootBase ?? NO_ID), 0);

  const baseOf = (pointer: string): string => {
    for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
      const b = bases.get(p);
      if (b !== undefined) return b;
      if (p === '') return withoutFragment(rootBase ?? NO_ID);
    }
  };

  return {
    resolve(ref, from) {
      const abs = safeUrl(ref, baseOf(from));
      if (abs === undefined) return undefined;
      const hash = abs.indexOf('#');
      const doc = hash < 0 ? abs : abs.slice(0, hash);
      let fragment: string;
      try {
        fragment = hash < 0 ? '' : decodeURIComponent(abs.slice(hash + 1));
      } catch {
        return undefined;
      }
      const resource = resources.get(doc);
      if (resource === undefined) return undefined;
      let pointer: string | undefined;
      if (fragment === '') pointer = resource;
      else if (fragment.startsWith('/')) pointer = resource + fragment;
      else pointer = anchors.get(`${doc}#${fragment}`);
      if (pointer === undefined) return undefined;
      const schema = getAt(root, pointer);
      return isJsonObject(schema) || typeof schema === 'boolean' ? { schema, pointer } : undefined;
    },
  };
}

function safeUrl(ref: string, base: string): string | undefined {
  try {
    return new WhatwgUrl(ref, base).href;
  } catch {
    return undefined;
  }
}

/** Applicators that evaluate their sub-schemas against the same instance (no step into the data). */
const IN_PLACE_LISTS = ['allOf', 'anyOf', 'oneOf'];
const IN_PLACE_ONE = ['not', 'if', 'then', 'else'];

export interface RefLoop {
  /** Pointer of the `$ref` that closes the loop. */
  pointer: string;
  /** The `$ref` value. */
  ref: string;
  /** The schema pointers the loop passes through, starting and ending at the same schema. */
  path: string[];
  message: string;
}

/**
 * `$ref` loops that never step into the data (`a` → `b` → `a`, or through `allOf`/`anyOf`/`oneOf`/
 * `not`/`if`): validating anything against them recurses without end. Recursive schemas that step into
 * the data (`children.items.$ref: "#"`) are not loops. Each loop is reported once, at its `$ref`.
 */
export function findRefLoops(root: unknown): RefLoop[] {
  if (!isJsonObject(root)) return [];
  let loops = loopsOf.get(root);
  if (!loops) loopsOf.set(root, (loops = refLoops(root, indexSchema(root))));
  return loops;
}

function refLoops(root: Record<string, unknown>, index: SchemaIndex): RefLoop[] {
  const loops: RefLoop[] = [];
  const reported = new Set<string>();
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (pointer: string, node: unknown): void => {
    if (state.get(pointer) === 'done') return;
    if (!isJsonObject(node)) return void state.set(pointer, 'done');
    state.set(pointer, 'open');
    stack.push(pointer);
    for (const k of IN_PLACE_LISTS) {
      const list = node[k];
      if (Array.isArray(list)) list.forEach((sub, i) => visit(`${pointer}/${k}/${i}`, sub));
    }
    for (const k of IN_PLACE_ONE) if (node[k] !== undefined) visit(`${pointer}/${k}`, node[k]);
    if (typeof node.$ref === 'string') {
      const resolved = index.resolve(node.$ref, pointer);
      const target = resolved?.pointer;
      if (resolved && target !== undefined) {
        if (state.get(target) === 'open') {
          const at = `${pointer}/$ref`;
          if (!reported.has(at)) {
            reported.add(at);
            const path = [...stack.slice(stack.indexOf(target)), target];
            loops.push({
              pointer: at,
              ref: node.$ref,
              path,
              message: `"$ref": "${node.$ref}" leads back to itself (${path.map((p) => p || '#').join(' → ')}) without reaching a schema for the data`,
            });
          }
        } else visit(target, resolved.schema);
      }
    }
    stack.pop();
    state.set(pointer, 'done');
  };
  // Every object sub-schema may start a loop: walk them all.
  const all = (node: unknown, pointer: string, depth: number): void => {
    if (depth > 200) return;
    if (Array.isArray(node)) return node.forEach((n, i) => all(n, `${pointer}/${i}`, depth + 1));
    if (!isJsonObject(node)) return;
    visit(pointer, node);
    for (const [key, value] of Object.entries(node))
      if (!DATA.has(key)) all(value, `${pointer}/${esc(key)}`, depth + 1);
  };
  all(root, '', 0);
  return loops;
}
