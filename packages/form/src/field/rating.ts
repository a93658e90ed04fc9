import type { TemplateResult } from 'lit';
import { pickText, type LocalizedText } from '@ias-kit/core';
import { getAt, type NumberNode } from '@ias-kit/core/schema';
import type { IasFormField } from './field.js';
import type { FieldWidget } from './registry.js';
import { radioGroup } from './parts.js';
import { numberWidget } from './number.js';

/** At most this many steps become radio buttons; a wider range stays a number box. */
const MAX_STEPS = 11;

/**
 * A small integer scale (ratings 1–4, `x-ias-widget: rating` or `radio`) as a labelled radio group, one
 * button per step. Each step's words come from the schema's `x-ias-enum-titles` (one per step from
 * `minimum`), shown as "3 – gut"; without them the number alone, the legend and help saying what it means.
 */
export const ratingWidget: FieldWidget = {
  kinds: ['integer', 'number'],
  render(f: IasFormField): TemplateResult {
    const node = f.node as NumberNode;
    const min = node.minimum;
    const max = node.maximum;
    if (
      min === undefined ||
      max === undefined ||
      !Number.isInteger(min) ||
      max - min + 1 > MAX_STEPS ||
      max < min
    )
      return numberWidget.render(f) as TemplateResult;
    const raw = getAt(f.store.schema, node.pointer) as Record<string, unknown> | undefined;
    const titles = Array.isArray(raw?.['x-ias-enum-titles'])
      ? (raw['x-ias-enum-titles'] as LocalizedText[])
      : [];
    return radioGroup(
      f,
      Array.from({ length: max - min + 1 }, (_, i) => {
        const words = pickText(titles[i], f.store.locale);
        return {
          value: min + i,
          label: words && words !== String(min + i) ? `${min + i} – ${words}` : String(min + i),
        };
      }),
    );
  },
};
