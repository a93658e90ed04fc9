import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { IasFormField } from './field.js';
import type { FieldWidget } from './registry.js';
import { describedBy, errorPart, helpPart, helpText, requiredMark } from './parts.js';
import { yesNoUnknownWidget } from './yes-no-unknown.js';

/** A boolean: a checkbox; yes / no / unknown when the schema also allows `null`. */
export const checkboxWidget: FieldWidget = {
  kinds: ['boolean'],
  render(f: IasFormField): TemplateResult {
    if (f.node.nullable) return yesNoUnknownWidget.render(f) as TemplateResult;
    const errors = f.errors;
    return html`<div part="field" class="field check ${errors.length ? 'invalid' : ''}">
      <input
        id="c"
        part="control"
        type="checkbox"
        .checked=${live(f.value === true)}
        ?disabled=${!f.writable}
        aria-invalid=${errors.length ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy(f))}
        @change=${(e: Event) => f.edit((e.target as HTMLInputElement).checked)}
        @blur=${f.leave}
      />
      <label part="label" for="c">${f.label}${requiredMark(f)}</label>
      ${helpPart(helpText(f))} ${errorPart(f, errors)}
    </div>`;
  },
};
