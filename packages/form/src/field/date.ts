import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { formatDate, tryParseDate } from '@ias-kit/core';
import type { StringNode } from '@ias-kit/core/schema';
import type { IasFormField } from './field.js';
import type { FieldWidget } from './registry.js';
import { describedBy, field } from './parts.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A calendar date (`format: date` or `x-ias-widget: date`): typed as `dd.mm.yyyy`, stored as `YYYY-MM-DD`.
 * What was typed stays shown until the field is left; text that is not a date is kept as it is (validation
 * flags it), so nothing typed is lost.
 */
export const dateWidget: FieldWidget = {
  kinds: ['string'],
  render(f: IasFormField): TemplateResult {
    const node = f.node as StringNode;
    const v = f.value;
    const shown =
      f.draft ??
      (typeof v === 'string'
        ? ISO_DATE.test(v)
          ? safeFormatDate(v)
          : v
        : v == null
          ? ''
          : JSON.stringify(v));
    const onInput = (e: Event) => {
      const text = (e.target as HTMLInputElement).value;
      const parsed = text.trim() === '' ? undefined : tryParseDate(text, f.label);
      if (parsed === undefined) f.type(text, undefined, true);
      else f.type(text, parsed.ok ? parsed.value : text);
    };
    const onBlur = () => {
      if (typeof f.value === 'string' && ISO_DATE.test(f.value)) f.draft = undefined;
      f.leave();
    };
    return field(
      f,
      html`<input
        id="c"
        part="control"
        type="text"
        .value=${live(shown)}
        ?readonly=${!f.writable}
        ?required=${f.required}
        inputmode="numeric"
        autocomplete="off"
        placeholder=${f.text(node.placeholder) ?? f.t('datePlaceholder')}
        aria-invalid=${f.errors.length ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy(f))}
        @input=${onInput}
        @blur=${onBlur}
      />`,
    );
  },
};

function safeFormatDate(iso: string): string {
  try {
    return formatDate(iso);
  } catch {
    return iso;
  }
}
