import { html, nothing, type TemplateResult } from 'lit';
import type { FieldNode, ObjectNode, PropertyField } from '@ias-kit/core/schema';
import type { IasFormField } from './field.js';
import type { FieldWidget } from './registry.js';
import { fieldId } from '../error-summary/error-summary.types.js';
import { renderChoice } from './choice.js';
import { renderEntries } from './entries.js';
import { group, helpAndError } from './parts.js';
import { humanize, isObject, joinPointer } from './values.js';

/**
 * An object: its properties (in the layout groups and columns the schema asks for), then its `oneOf` /
 * `anyOf` choices. A titled object is a fieldset; the root and untitled objects are a plain block.
 */
export const objectWidget: FieldWidget = {
  kinds: ['object'],
  render(f: IasFormField): TemplateResult {
    const node = f.node as ObjectNode;
    const obj = isObject(f.value) ? f.value : undefined;
    const exclude = new Set(f.exclude ?? []);
    const visible = node.properties.filter(
      (p) => !exclude.has(p.name) && (!p.visibleWhen || f.store.holds(p.visibleWhen, obj)),
    );
    const byName = new Map(visible.map((p) => [p.name, p]));
    const grouped = new Set<string>();
    const groups = (node.groups ?? []).map((g) => {
      const fields = g.fields.map((n) => byName.get(n)).filter((p): p is PropertyField => !!p);
      fields.forEach((p) => grouped.add(p.name));
      return { g, fields };
    });
    const rest = visible.filter((p) => !grouped.has(p.name));
    // Columns by class, not inline style: a strict CSP (style-src without 'unsafe-inline') would drop inline styles.
    const cols = (n: number | undefined) =>
      n && n > 1 ? `fields cols-${Math.min(4, Math.round(n))}` : 'fields';
    const body = html`
      ${groups.map(({ g, fields }) =>
        fields.length
          ? html`<fieldset part="group" class="layout-group">
              <legend part="label">${f.text(g.title) ?? humanize(g.id)}</legend>
              <div class=${cols(g.columns)}>${fields.map((p) => childField(f, p, obj))}</div>
            </fieldset>`
          : nothing,
      )}
      <div class=${cols(node.columns)}>${rest.map((p) => childField(f, p, obj))}</div>
      ${renderEntries(f, node, obj)}
      ${node.choices.map((c) => renderChoice(f, c, obj, new Set(node.properties.map((p) => p.name))))}
    `;
    const title = f.text(node.title) ?? (f.name ? humanize(f.name) : undefined);
    if (!title || f.exclude) return html`<div class="object">${body}${helpAndError(f)}</div>`;
    return group(f, body, 'object');
  },
};

function childField(
  f: IasFormField,
  p: PropertyField,
  obj: Record<string, unknown> | undefined,
): TemplateResult | typeof nothing {
  const node = p.node;
  const pointer = joinPointer(f.pointer, p.name);
  if (!f.store.canRead(pointer) || node.hidden) return nothing;
  const required = p.required || p.requiredWhen.some((c) => f.store.holds(c, obj));
  const child = obj?.[p.name];
  // A recursive schema is expanded only as deep as the data goes.
  if (child === undefined && node.kind === 'object' && !required && rendersAbove(f, node)) {
    return html`<button type="button" class="add" @click=${() => f.store.edit?.(pointer, {}, false)}>
      ${f.t('addNamed', { name: f.text(node.title) ?? humanize(p.name) })}
    </button>`;
  }
  return html`<ias-form-field
    id=${fieldId(pointer)}
    .store=${f.store}
    .node=${node}
    .value=${child}
    .pointer=${pointer}
    .name=${p.name}
    .required=${required}
    .locked=${!f.writable}
  ></ias-form-field>`;
}

/** Whether `field` or a field enclosing it (across shadow roots) renders `node`: a recursive schema. */
function rendersAbove(field: IasFormField, node: FieldNode): boolean {
  for (let el: Element | null = field; el;) {
    if (el.localName === 'ias-form-field' && (el as IasFormField).node === node) return true;
    const root = el.getRootNode();
    el = root instanceof ShadowRoot ? root.host : null;
  }
  return false;
}
