import type { nothing, TemplateResult } from 'lit';
import type { StringNode } from '@ias-kit/core/schema';
import { elementWidget } from './element.js';
import type { IasFormField } from './field.js';
import type { FieldWidget } from './registry.js';
import { textWidget } from './text.js';

/** The patterns older templates give codes and partial dates (before `x-ias-widget` named them). */
const CODE_PATTERNS = new Set(['^[A-Z]{2}$', '^[a-z]{2,3}$']);
const PARTIAL_DATE = '^[0-9]{4}(-(0[1-9]';

/**
 * A string field: text, unless its pattern says it holds an ISO country or language code (then the code
 * picker shows names) or an eCH-0044 partial date (then the date control): so snapshots of older template
 * versions show words too, without changing those versions.
 */
export const codedTextWidget: FieldWidget = {
  kinds: ['string'],
  render(f: IasFormField): TemplateResult | typeof nothing {
    const pattern = (f.node as StringNode).pattern;
    if (pattern && CODE_PATTERNS.has(pattern)) return elementWidget(f, 'ias-code-picker');
    if (pattern?.startsWith(PARTIAL_DATE)) return elementWidget(f, 'ias-date-input');
    return textWidget.render(f);
  },
};
