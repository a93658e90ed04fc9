import { html, nothing, type TemplateResult } from 'lit';
import { linearRegExp, type EntriesSpec, type FieldNode, type ObjectNode } from '@ias-kit/core/schema';
import type { IasFormField } from './field.js';
import { initialValue, joinPointer } from './values.js';

/** Per field: the message of a name that was refused, by entry. */
const refusals = new WeakMap<IasFormField, Map<string, string>>();

const matches = (pattern: string, name: string): boolean => {
  try {
    return linearRegExp(pattern).test(name);
  } catch {
    return false; // listed in the notices by the validator
  }
};

/** The value node of the entry `name`: the first matching `patternProperties`, else `additionalProperties`. */
function valueNode(spec: EntriesSpec, name: string): FieldNode | undefined {
  return spec.patterns.find((p) => matches(p.pattern, name))?.node ?? spec.additional;
}

/** Why `name` cannot be an entry name here, or `undefined`. */
function nameProblem(f: IasFormField, spec: EntriesSpec, name: string, taken: boolean): string | undefined {
  if (taken) return f.t('entryTaken');
  const n = spec.names;
  const length = [...name].length;
  if (
    (n?.pattern !== undefined && !matches(n.pattern, name)) ||
    (n?.minLength !== undefined && length < n.minLength) ||
    (n?.maxLength !== undefined && length > n.maxLength) ||
    valueNode(spec, name) === undefined
  )
    return f.t('entryNameInvalid');
  return undefined;
}

/**
 * The key–value editor of an object with `patternProperties` or an `additionalProperties` schema: one row
 * per entry beyond the declared properties (its name, its value as a field, remove), and an add button.
 * A new name is checked against `propertyNames`, the patterns and the names in use before it is taken;
 * a refused name stays in its box with the reason, and the value keeps its old name.
 */
export function renderEntries(
  f: IasFormField,
  node: ObjectNode,
  obj: Record<string, unknown> | undefined,
): TemplateResult | typeof nothing {
  const spec = node.entries;
  if (!spec) return nothing;
  const declared = new Set(node.properties.map((p) => p.name));
  const names = Object.keys(obj ?? {}).filter((k) => !declared.has(k) && valueNode(spec, k));
  const refused = refusals.get(f) ?? new Map<string, string>();
  refusals.set(f, refused);
  const writable = f.writable;
  const rename = (from: string, input: HTMLInputElement) => {
    const to = input.value;
    if (to === from) return;
    const problem = nameProblem(f, spec, to, Object.hasOwn(obj ?? {}, to));
    if (problem) {
      refused.set(from, problem);
      return f.requestUpdate();
    }
    refused.delete(from);
    // The entry keeps its place among the others.
    const next: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(obj ?? {})) next[k === from ? to : k] = v;
    f.focusAfterRender = `[data-entry="${CSS.escape(to)}"] .entry-name`;
    f.edit(next);
  };
  const remove = (name: string) => {
    const next = { ...obj };
    delete next[name];
    refused.delete(name);
    f.announcement = f.t('removed', { name: name || f.t('entryName') });
    f.focusAfterRender = '.add-entry';
    f.edit(next);
  };
  const add = () => {
    const base = f.t('entryName').toLowerCase();
    let name = base;
    for (let i = 2; nameProblem(f, spec, name, Object.hasOwn(obj ?? {}, name)); i++) {
      if (i > 100) return; // no free name the schema allows: the person types one into an existing entry
      name = `${base}-${i}`;
    }
    f.focusAfterRender = `[data-entry="${CSS.escape(name)}"] .entry-name`;
    const node = valueNode(spec, name)!;
    f.edit({ ...obj, [name]: initialValue(node) ?? (node.kind === 'string' ? '' : null) });
  };
  return html`<ul class="entries">
      ${names.map((name, i) => {
        const problem = refused.get(name);
        return html`<li class="entry" data-entry=${name}>
          <label for="entry-${i}">${f.t('entryName')}</label>
          <input
            id="entry-${i}"
            class="entry-name"
            part="control"
            type="text"
            autocomplete="off"
            .value=${name}
            ?readonly=${!writable}
            aria-invalid=${problem ? 'true' : 'false'}
            aria-describedby=${problem ? `entry-${i}-error` : nothing}
            @change=${(e: Event) => rename(name, e.target as HTMLInputElement)}
          />
          ${problem ? html`<div id="entry-${i}-error" part="error" class="error">${problem}</div>` : nothing}
          <ias-form-field
            .store=${f.store}
            .node=${valueNode(spec, name)!}
            .value=${obj?.[name]}
            .pointer=${joinPointer(f.pointer, name)}
            .name=${`${f.t('entryValue')} ${name}`}
            .locked=${!writable}
          ></ias-form-field>
          ${
            writable
              ? html`<button
                  type="button"
                  class="remove"
                  aria-label="${f.t('remove')}: ${name}"
                  @click=${() => remove(name)}
                >
                  ${f.t('remove')}
                </button>`
              : nothing
          }
        </li>`;
      })}
    </ul>
    ${writable ? html`<button type="button" class="add add-entry" @click=${add}>${f.t('addEntry')}</button>` : nothing}
    <div class="visually-hidden" role="status">${f.announcement}</div>`;
}
