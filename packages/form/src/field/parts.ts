import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { EnumOption, FieldError } from '@ias-kit/core/schema';
import type { IasFormField } from './field.js';

// The pieces every widget shares. They are spliced straight into each widget's one template (rather than
// nested templates of their own), so a leaf field renders as few template instances as possible: first
// render is dominated by cloning and wiring template instances, one per nested `html` result.

/** Ids of the help and error texts, for `aria-describedby`. */
export function describedBy(f: IasFormField): string | undefined {
  const ids = [];
  if (f.node.help || f.node.description) ids.push('help');
  if (f.errors.length) ids.push('error');
  return ids.length ? ids.join(' ') : undefined;
}

export function requiredMark(f: IasFormField): TemplateResult | typeof nothing {
  return f.required
    ? html`<span class="req" aria-hidden="true"> *</span
        ><span class="visually-hidden"> (${f.t('required')})</span>`
    : nothing;
}

export function helpText(f: IasFormField): string | undefined {
  return f.text(f.node.help) ?? f.text(f.node.description);
}

export function helpPart(help: string | undefined): TemplateResult | typeof nothing {
  return help ? html`<div id="help" part="help" class="help">${help}</div>` : nothing;
}

/** The field's messages, tied to its control by `aria-describedby`, with a "Fehler:" prefix for screen readers. */
export function errorPart(f: IasFormField, errors: readonly FieldError[]): TemplateResult | typeof nothing {
  return errors.length
    ? html`<div id="error" part="error" class="error">
        <span class="visually-hidden">${f.t('errorPrefix')} </span>${errors.map(
          (e) => html`<span>${e.message}</span> `,
        )}
      </div>`
    : nothing;
}

export function helpAndError(f: IasFormField): TemplateResult {
  return html`${helpPart(helpText(f))} ${errorPart(f, f.errors)}`;
}

/** A labelled control with its help and error. */
export function field(f: IasFormField, control: TemplateResult, forId = 'c'): TemplateResult {
  const errors = f.errors;
  return html`<div part="field" class="field ${errors.length ? 'invalid' : ''}">
    <label part="label" for=${forId}>${f.label}${requiredMark(f)}</label>
    ${control} ${helpPart(helpText(f))} ${errorPart(f, errors)}
  </div>`;
}

/** A fieldset with the field's label as legend, its help and error. */
export function group(f: IasFormField, content: TemplateResult, cls = ''): TemplateResult {
  const errors = f.errors;
  return html`<fieldset
    part="group"
    class="group ${cls} ${errors.length ? 'invalid' : ''}"
    aria-describedby=${ifDefined(describedBy(f))}
  >
    <legend part="label">${f.label}${requiredMark(f)}</legend>
    ${content} ${helpPart(helpText(f))} ${errorPart(f, errors)}
  </fieldset>`;
}

/** The label of an enum option: its title, else its value. */
export function optionLabel(f: IasFormField, o: EnumOption): string {
  return f.text(o.title) ?? (typeof o.value === 'string' ? o.value : JSON.stringify(o.value));
}

/** A group of radio buttons, one per option (enum as radios, yes/no/unknown). */
export function radioGroup(f: IasFormField, options: { value: unknown; label: string }[]): TemplateResult {
  const current = JSON.stringify(f.value);
  return group(
    f,
    html`<div
      class="options"
      role="radiogroup"
      aria-required=${f.required ? 'true' : 'false'}
      aria-invalid=${f.errors.length ? 'true' : 'false'}
    >
      ${options.map(
        (o, i) =>
          html`<label class="option">
            <input
              type="radio"
              part="control"
              name="r"
              id=${i === 0 ? 'c' : `c${i}`}
              .checked=${live(current === JSON.stringify(o.value))}
              ?disabled=${!f.writable}
              @change=${() => f.edit(o.value)}
              @blur=${f.leave}
            />
            ${o.label}
          </label>`,
      )}
    </div>`,
  );
}
