import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { MultiEnumNode } from '@ias-kit/core/schema';
import type { IasFormField } from './field.js';
import type { FieldWidget } from './registry.js';
import { group, optionLabel } from './parts.js';

/** An array of enum values: one checkbox per option. Values the schema does not list survive at the end. */
export const checkboxesWidget: FieldWidget = {
  kinds: ['multi-enum'],
  render(f: IasFormField): TemplateResult {
    const node = f.node as MultiEnumNode;
    const list = Array.isArray(f.value) ? f.value : [];
    const has = (v: unknown) => list.some((x) => JSON.stringify(x) === JSON.stringify(v));
    return group(
      f,
      html`<div class="options">
        ${node.options.map(
          (o, i) =>
            html`<label class="option">
              <input
                type="checkbox"
                part="control"
                id=${i === 0 ? 'c' : `c${i}`}
                .checked=${live(has(o.value))}
                ?disabled=${!f.writable}
                @change=${(e: Event) => {
                  const on = (e.target as HTMLInputElement).checked;
                  const next = on
                    ? node.options.filter((x) => x === o || has(x.value)).map((x) => x.value)
                    : list.filter((x) => JSON.stringify(x) !== JSON.stringify(o.value));
                  const extra = list.filter(
                    (x) => !node.options.some((opt) => JSON.stringify(opt.value) === JSON.stringify(x)),
                  );
                  f.edit(on ? [...next, ...extra] : next);
                }}
                @blur=${f.leave}
              />
              ${optionLabel(f, o)}
            </label>`,
        )}
      </div>`,
    );
  },
};
