import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { StringNode } from '@ias-kit/core/schema';
import type { IasFormField } from './field.js';
import type { FieldWidget } from './registry.js';
import { describedBy, field } from './parts.js';

/** A string: a text box (`email` and `uri` formats get their input types), or a text area when multiline. */
export const textWidget: FieldWidget = {
  kinds: ['string'],
  render(f: IasFormField): TemplateResult {
    const node = f.node as StringNode;
    const v = f.value;
    const shown = f.draft ?? (typeof v === 'string' ? v : v == null ? '' : JSON.stringify(v));
    // An emptied field is removed from the value, so "required" means what a case worker expects.
    const onInput = (e: Event) => {
      const text = (e.target as HTMLInputElement).value;
      f.edit(text === '' ? undefined : text, text === '');
    };
    const placeholder = f.text(node.placeholder);
    if (node.multiline) {
      return field(
        f,
        html`<textarea
          id="c"
          part="control"
          rows="4"
          .value=${live(shown)}
          ?readonly=${!f.writable}
          ?required=${f.required}
          maxlength=${ifDefined(node.maxLength)}
          placeholder=${ifDefined(placeholder)}
          aria-invalid=${f.errors.length ? 'true' : 'false'}
          aria-describedby=${ifDefined(describedBy(f))}
          @input=${onInput}
          @blur=${f.leave}
        ></textarea>`,
      );
    }
    const type = node.format === 'email' ? 'email' : node.format === 'uri' ? 'url' : 'text';
    return field(
      f,
      html`<input
        id="c"
        part="control"
        type=${type}
        .value=${live(shown)}
        ?readonly=${!f.writable}
        ?required=${f.required}
        maxlength=${ifDefined(node.maxLength)}
        autocomplete="off"
        placeholder=${ifDefined(placeholder)}
        aria-invalid=${f.errors.length ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy(f))}
        @input=${onInput}
        @blur=${f.leave}
      />`,
    );
  },
};
