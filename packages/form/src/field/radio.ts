import type { TemplateResult } from 'lit';
import type { EnumNode } from '@ias-kit/core/schema';
import type { IasFormField } from './field.js';
import type { FieldWidget } from './registry.js';
import { optionLabel, radioGroup } from './parts.js';

/** An enum as radio buttons (`x-ias-widget: radio`). */
export const radioWidget: FieldWidget = {
  kinds: ['enum'],
  render(f: IasFormField): TemplateResult {
    const options = (f.node as EnumNode).options;
    return radioGroup(
      f,
      options.map((o) => ({ value: o.value, label: optionLabel(f, o) })),
    );
  },
};
