import { html, type TemplateResult } from 'lit';
import type { IasFormField } from './field.js';

type WidgetElement = HTMLElement & Record<string, unknown>;

/** The host's element shown by each field (one per field, kept across renders). */
const elements = new WeakMap<IasFormField, WidgetElement>();

/**
 * A field shown by a host's custom element, registered by tag name (see `WidgetRegistry` for the contract):
 * properties in, `input`/`change` out.
 */
export function elementWidget(f: IasFormField, tag: string): TemplateResult {
  let el = elements.get(f);
  if (!el || el.localName !== tag) {
    const created = document.createElement(tag) as WidgetElement;
    created.dataset['widget'] = '';
    const read = () => f.edit(created['value'], created['value'] === undefined);
    created.addEventListener('input', read);
    created.addEventListener('change', read);
    created.addEventListener('focusout', f.leave);
    elements.set(f, (el = created));
  }
  const errors = f.errors;
  Object.assign(el, {
    value: f.value,
    label: f.label,
    description: f.text(f.node.help) ?? f.text(f.node.description) ?? '',
    required: f.required,
    readonly: !f.writable,
    invalid: errors.length > 0,
    errorMessage: errors.map((e) => e.message).join(' '),
    locale: f.store.locale,
    schema: f.node,
  });
  return html`<div part="field" class="field">${el}</div>`;
}
