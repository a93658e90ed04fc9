import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { EnumNode } from '@ias-kit/core/schema';
import type { IasFormField } from './field.js';
import type { FieldWidget } from './registry.js';
import { describedBy, field, optionLabel } from './parts.js';

/** An enum as a drop-down list. A value the schema does not list is kept and shown as it is. */
export const selectWidget: FieldWidget = {
  kinds: ['enum'],
  render(f: IasFormField): TemplateResult {
    const options = (f.node as EnumNode).options;
    const current = JSON.stringify(f.value);
    const index = options.findIndex((o) => JSON.stringify(o.value) === current);
    const unknownValue = f.value !== undefined && index < 0;
    return field(
      f,
      html`<select
        id="c"
        part="control"
        ?disabled=${!f.writable}
        ?required=${f.required}
        aria-invalid=${f.errors.length ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy(f))}
        @change=${(e: Event) => {
          const i = (e.target as HTMLSelectElement).value;
          if (i === '') f.edit(undefined, true);
          else if (i !== 'keep') f.edit(options[Number(i)]!.value);
        }}
        @blur=${f.leave}
      >
        <option value="" ?selected=${f.value === undefined}>${f.t('choose')}</option>
        ${unknownValue ? html`<option value="keep" selected>${String(f.value)}</option>` : nothing}
        ${options.map((o, i) => html`<option value=${i} ?selected=${i === index}>${optionLabel(f, o)}</option>`)}
      </select>`,
    );
  },
};
