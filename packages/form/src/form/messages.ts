/* Messages that say what to do: "Geben Sie «Einreisedatum» an." instead of "Bitte ausfüllen.". */
import { pickText, type Locale } from '@ias-kit/core';
import type { Condition, FieldError, FieldNode } from '@ias-kit/core/schema';
import { translate } from '@ias-kit/ui';
import { humanize, isObject, joinPointer } from '../field/values.js';
import { formMessages } from './form.l10n.js';
import { locate } from './locate.js';

/** What `specificErrors` needs to know of the form: the language, conditions and the role's read access. */
export interface MessageContext {
  locale: Locale;
  holds(condition: Condition, data: unknown): boolean;
  /** May the role read the value at this data pointer? */
  canRead(pointer: string): boolean;
}

const CHOOSE = new Set(['enum', 'boolean', 'multi-enum', 'choice']);

/** "Geben Sie «label» an." for text, "Wählen Sie «label»." for choices (radio groups and pickers included). */
export function missingMessage(node: FieldNode, label: string, locale: Locale): string {
  const choose = CHOOSE.has(node.kind) || (node.widget !== undefined && node.widget !== 'textarea');
  return translate(formMessages, locale, choose ? 'missingChoose' : 'missingEnter', { name: label });
}

const isMissing = (e: FieldError) =>
  e.keyword === 'required' ||
  (e.keyword === 'minLength' && typeof e.params['limit'] === 'number' && e.params['limit'] <= 1);

/**
 * The validator's errors with "please fill in" turned into a message naming the field and what to do
 * (unless the schema has its own `x-ias-messages` for the field), plus an error for every required string
 * the data holds as `""` (a host's empty string is a missing answer, though JSON Schema's `required`
 * accepts it). Errors keep their order; added ones come where their field stands in the form.
 */
export function specificErrors(
  root: FieldNode,
  value: unknown,
  errors: readonly FieldError[],
  ctx: MessageContext,
): FieldError[] {
  const out = errors.flatMap((e): FieldError[] => {
    if (!isMissing(e)) return [e];
    const chain = locate(root, value, e.pointer);
    const node = chain?.[chain.length - 1];
    const parent = chain?.[chain.length - 2];
    if (!node || chain.length < 2) return [e];
    // A missing block (a whole section) is the fields it requires: one entry per field, not per section.
    if (node.kind === 'object' && e.keyword === 'required') {
      const inner = missingFields(node, e.pointer, ctx, 0);
      if (inner.length) return inner;
    }
    if (node.messages?.['required'] || node.messages?.[e.keyword] || parent?.messages?.['required'])
      return [e];
    const name = e.pointer.split('/').pop() ?? '';
    const label = pickText(node.title, ctx.locale) ?? humanize(decodeURIComponent(name));
    return [{ ...e, message: missingMessage(node, label, ctx.locale) }];
  });
  const added: FieldError[] = [];
  const walk = (node: FieldNode, data: unknown, pointer: string, depth: number): void => {
    if (depth > 32) return;
    if (node.kind === 'object' && isObject(data)) {
      for (const p of node.properties) {
        const at = joinPointer(pointer, p.name);
        if (p.node.hidden || !ctx.canRead(at)) continue;
        if (p.visibleWhen && !ctx.holds(p.visibleWhen, data)) continue;
        const child = data[p.name];
        const required = p.required || p.requiredWhen.some((c) => ctx.holds(c, data));
        if (required && child === '') {
          const label = pickText(p.node.title, ctx.locale) ?? humanize(p.name);
          const own = pickText(p.node.messages?.['required'], ctx.locale);
          added.push({
            pointer: at,
            keyword: 'required',
            message: own ?? missingMessage(p.node, label, ctx.locale),
            params: { missingProperty: p.name },
            schemaPointer: `${node.pointer}/required`,
          });
        } else walk(p.node, child, at, depth + 1);
      }
    } else if (node.kind === 'array' && Array.isArray(data)) {
      data.forEach((item, i) => walk(node.items, item, joinPointer(pointer, String(i)), depth + 1));
    }
  };
  walk(root, value, '', 0);
  if (!added.length) return out;
  // An empty required string is missing, whatever else its format or pattern says.
  const empty = new Set(added.map((e) => e.pointer));
  // Keep the form's order: an added error goes before the first error that comes after it in the data.
  return [...out.filter((e) => !empty.has(e.pointer)), ...added].sort(
    (a, b) => order(root, value, a.pointer) - order(root, value, b.pointer),
  );
}

/** The required fields of a block that is missing altogether, each as its own "missing" error. */
function missingFields(node: FieldNode, pointer: string, ctx: MessageContext, depth: number): FieldError[] {
  if (node.kind !== 'object' || depth > 8) return [];
  return node.properties.flatMap((p) => {
    const at = joinPointer(pointer, p.name);
    if (!p.required || p.visibleWhen || p.node.hidden || !ctx.canRead(at)) return [];
    const inner = p.node.kind === 'object' ? missingFields(p.node, at, ctx, depth + 1) : [];
    if (inner.length) return inner;
    const label = pickText(p.node.title, ctx.locale) ?? humanize(p.name);
    return [
      {
        pointer: at,
        keyword: 'required',
        message:
          pickText(p.node.messages?.['required'], ctx.locale) ?? missingMessage(p.node, label, ctx.locale),
        params: { missingProperty: p.name },
        schemaPointer: `${node.pointer}/required`,
      },
    ];
  });
}

/** Position of a pointer in the form (depth-first order of the schema's properties); stable for ties. */
function order(root: FieldNode, value: unknown, pointer: string): number {
  const tokens = pointer.split('/').slice(1);
  let node: FieldNode | undefined = root;
  let rank = 0;
  for (const raw of tokens) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    rank *= 64;
    if (node?.kind === 'object') {
      const i = node.properties.findIndex((p) => p.name === token);
      rank += i < 0 ? 63 : i;
      node = i < 0 ? undefined : node.properties[i]!.node;
    } else if (node?.kind === 'array') {
      rank += Math.min(62, Number(token) || 0);
      node = node.items;
    } else rank += 63;
  }
  return rank * 64 ** Math.max(0, 6 - tokens.length);
}
