import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { formatNumber, parseNumber } from '@ias-kit/core';
import type { IasFormField } from './field.js';
import type { FieldWidget } from './registry.js';
import { describedBy, field } from './parts.js';

/** A number or integer, typed and shown in the locale's format (`1'234.5`, `1 234,5`). */
export const numberWidget: FieldWidget = {
  kinds: ['number', 'integer'],
  render(f: IasFormField): TemplateResult {
    const v = f.value;
    const shown =
      f.draft ?? (typeof v === 'number' ? formatNumber(v, f.store.locale) : v == null ? '' : String(v));
    const onInput = (e: Event) => {
      const text = (e.target as HTMLInputElement).value;
      if (text.trim() === '') return f.type(text, undefined, true);
      const n = parseNumber(text);
      // Unparseable text is kept as it is (a string), so nothing typed is lost; validation flags it.
      f.type(text, n === undefined ? text : n);
    };
    return field(
      f,
      html`<input
        id="c"
        part="control"
        type="text"
        inputmode=${f.node.kind === 'integer' ? 'numeric' : 'decimal'}
        autocomplete="off"
        .value=${live(shown)}
        ?readonly=${!f.writable}
        ?required=${f.required}
        placeholder=${ifDefined(f.text(f.node.placeholder))}
        aria-invalid=${f.errors.length ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy(f))}
        @input=${onInput}
        @blur=${() => {
          if (typeof f.value === 'number') f.draft = undefined;
          f.leave();
        }}
      />`,
    );
  },
};
