import type { TemplateResult } from 'lit';
import type { EnumNode } from '@ias-kit/core/schema';
import type { IasFormField } from './field.js';
import type { FieldWidget } from './registry.js';
import { optionLabel, radioGroup } from './parts.js';
import { ratingWidget } from './rating.js';

/** An enum as radio buttons (`x-ias-widget: radio`); a small integer scale as a rating (see `ratingWidget`). */
export const radioWidget: FieldWidget = {
  kinds: ['enum', 'integer', 'number'],
  render(f: IasFormField): TemplateResult {
    if (f.node.kind !== 'enum') return ratingWidget.render(f) as TemplateResult;
    const options = (f.node as EnumNode).options;
    return radioGroup(
      f,
      options.map((o) => ({ value: o.value, label: optionLabel(f, o) })),
    );
  },
};
