import type { TemplateResult } from 'lit';
import type { IasFormField } from './field.js';
import type { FieldWidget } from './registry.js';
import { radioGroup } from './parts.js';

/**
 * A boolean answered yes or no as two radio buttons (`x-ias-widget: yes-no`), plus "unknown" (`null`) where
 * the schema allows `null` (a nullable boolean, or `x-ias-widget: yes-no-unknown`).
 */
export const yesNoUnknownWidget: FieldWidget = {
  kinds: ['boolean'],
  render(f: IasFormField): TemplateResult {
    const options: { label: string; value: unknown }[] = [
      { label: f.t('yes'), value: true },
      { label: f.t('no'), value: false },
    ];
    if (f.node.nullable || f.node.widget === 'yes-no-unknown')
      options.push({ label: f.t('unknown'), value: null });
    return radioGroup(f, options);
  },
};
