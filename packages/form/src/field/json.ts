import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { IasFormField } from './field.js';
import type { FieldWidget } from './registry.js';
import { errorPart, helpPart, helpText, requiredMark } from './parts.js';

/** Anything the renderer cannot show as controls: edited as JSON text, the value kept as it is. */
export const jsonWidget: FieldWidget = {
  render(f: IasFormField): TemplateResult {
    const shown = f.draft ?? (f.value === undefined ? '' : JSON.stringify(f.value, null, 2));
    let invalid = false;
    if (f.draft !== undefined && f.draft.trim() !== '') {
      try {
        JSON.parse(f.draft);
      } catch {
        invalid = true;
      }
    }
    const errors = f.errors;
    return html`<div part="field" class="field ${invalid || errors.length ? 'invalid' : ''}">
      <label part="label" for="c">${f.label}${requiredMark(f)}</label>
      <textarea
        id="c"
        part="control"
        class="json"
        rows="3"
        spellcheck="false"
        .value=${live(shown)}
        ?readonly=${!f.writable}
        aria-invalid=${invalid || errors.length ? 'true' : 'false'}
        aria-describedby="jsonhint ${invalid ? 'jsonerr' : ''} ${errors.length ? 'error' : ''}"
        @input=${(e: Event) => {
          const text = (e.target as HTMLTextAreaElement).value;
          if (text.trim() === '') return f.type(text, undefined, true);
          let parsed: unknown;
          try {
            parsed = JSON.parse(text);
          } catch {
            return f.keepDraft(text);
          }
          f.type(text, parsed);
        }}
        @blur=${f.leave}
      ></textarea>
      <div id="jsonhint" part="help" class="help">${f.t('jsonHint')}</div>
      ${invalid ? html`<div id="jsonerr" part="error" class="error">${f.t('invalidJson')}</div>` : nothing}
      ${helpPart(helpText(f))} ${errorPart(f, errors)}
    </div>`;
  },
};
