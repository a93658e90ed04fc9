import type { TemplateResult } from 'lit';
import type { IasFormField } from './field.js';
import type { FieldWidget } from './registry.js';
import { radioGroup } from './parts.js';

/** A boolean answered yes, no or unknown (`null`): `x-ias-widget: yes-no-unknown`, or a nullable boolean. */
export const yesNoUnknownWidget: FieldWidget = {
  kinds: ['boolean'],
  render(f: IasFormField): TemplateResult {
    return radioGroup(f, [
      { label: f.t('yes'), value: true },
      { label: f.t('no'), value: false },
      { label: f.t('unknown'), value: null },
    ]);
  },
};
