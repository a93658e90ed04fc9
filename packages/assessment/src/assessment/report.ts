/* The printable extract (`mode="print"`): the header, each readable, shown section as a definition list (text
 * only, never markup), the profile and the signature lines. */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, formatPartialDate, isCalendarDate, isPartialDate, type Locale } from '@ias-kit/core';
import { cefrName, countryName, languageName } from '@ias-kit/ui';
import { renderHeader } from './header.js';
import { canRead, isObj, title, type Json } from './model.js';
import { enumLabel, renderSummary, type Profile } from './profile.js';
import type { ViewContext } from './view.js';

const props = (s: Json): Json => (isObj(s.properties) ? s.properties : {});

/** What a code field holds: by its widget (template 1.2 on), else by the ISO pattern older versions declare. */
function codeKind(node: Json | undefined): 'country' | 'language' | undefined {
  const w = node?.['x-ias-widget'];
  if (w === 'country' || w === 'language') return w;
  if (node?.pattern === '^[A-Z]{2}$') return 'country';
  if (node?.pattern === '^[a-z]{2,3}$') return 'language';
  return undefined;
}

/** An enum value as words; a CEFR level whose title is only its code gets its name (older templates). */
function enumWords(node: Json, value: unknown, locale: Locale): string {
  const label = enumLabel(node, value, locale);
  return typeof value === 'string' && label === value ? cefrName(value, locale) : label;
}

/** A value as text: enum titles, yes / no, dd.mm.yyyy dates, country and language names, lists joined. */
export function displayValue(
  node: Json | undefined,
  value: unknown,
  locale: Locale,
  yesNo: (b: boolean) => string,
): string {
  if (value === undefined || value === null || value === '') return '';
  if (Array.isArray(value)) {
    const items = node && isObj(node.items) ? node.items : undefined;
    return value.map((v) => displayValue(items, v, locale, yesNo)).join(', ');
  }
  if (typeof value === 'boolean') return yesNo(value);
  if (node && Array.isArray(node.enum)) return enumWords(node, value, locale);
  const kind = codeKind(node);
  if (kind && typeof value === 'string')
    return kind === 'country' ? countryName(value, locale) : languageName(value, locale);
  if (typeof value === 'string' && node?.format === 'date' && isCalendarDate(value)) return formatDate(value);
  // A partially known date (eCH-0044: YYYY, YYYY-MM or YYYY-MM-DD), as the kit's birth-date fields declare it.
  const partial =
    node?.['x-ias-widget'] === 'partial-date' ||
    (typeof node?.pattern === 'string' && node.pattern.startsWith('^[0-9]{4}(-(0[1-9]'));
  if (partial && isPartialDate(value)) return formatPartialDate(value);
  if (typeof value === 'number')
    return new Intl.NumberFormat(locale === 'en' ? 'en-CH' : `${locale}-CH`).format(value);
  if (isObj(value)) return JSON.stringify(value);
  return String(value);
}

/** Definition list of an object's fields (nested objects and lists of objects become sub-blocks). */
export function renderFields(
  schema: Json,
  data: unknown,
  locale: Locale,
  role: string | null | undefined,
  yesNo: (b: boolean) => string,
  depth = 0,
): TemplateResult | typeof nothing {
  const obj = isObj(data) ? data : {};
  const rows = Object.entries(props(schema)).flatMap(([name, child]) => {
    if (!isObj(child) || child['x-ias-hidden'] === true || !canRead(child, role)) return [];
    const value = obj[name];
    if (value === undefined) return [];
    const label = title(child, locale, name);
    if (child.type === 'object' && isObj(child.properties)) {
      const inner = renderFields(child, value, locale, role, yesNo, depth + 1);
      return inner === nothing
        ? []
        : [
            html`<div class="row sub">
              <dt>${label}</dt>
              <dd>${inner}</dd>
            </div>`,
          ];
    }
    if (
      child.type === 'array' &&
      isObj(child.items) &&
      isObj(child.items.properties) &&
      Array.isArray(value)
    ) {
      const items = child.items;
      return [
        html`<div class="row sub">
          <dt>${label}</dt>
          <dd>
            <ol class="items">
              ${value.map((v) => html`<li>${renderFields(items, v, locale, role, yesNo, depth + 1)}</li>`)}
            </ol>
          </dd>
        </div>`,
      ];
    }
    const text = displayValue(child, value, locale, yesNo);
    return text
      ? [
          html`<div class="row">
            <dt>${label}</dt>
            <dd>${text}</dd>
          </div>`,
        ]
      : [];
  });
  return rows.length ? html`<dl class=${depth ? 'fields nested' : 'fields'}>${rows}</dl>` : nothing;
}

const SIGNATURES = ['signAssessor', 'signPerson', 'signCaseManager'] as const;

/** The A4 report: header, the sections, the profile (when there is one) and the signature lines. */
export function renderReport(ctx: ViewContext, profile: Profile): TemplateResult {
  const { schema, loc, t } = ctx;
  return html`<article part="report" class="report">
    ${renderHeader(ctx)}
    ${ctx.sections.map((name) => {
      const node = isObj(schema.properties) ? schema.properties[name] : undefined;
      if (!isObj(node)) return nothing;
      const body = renderFields(node, ctx.data[name], loc, ctx.userRole, ctx.yesNo);
      return body === nothing
        ? nothing
        : html`<section class="report-section">
            <h3>${title(node, loc, name)}</h3>
            ${body}
          </section>`;
    })}
    ${
      profile.rows.length
        ? html`<section class="report-section profile-section">
            <h3>${t('summary')}</h3>
            ${renderSummary(ctx, profile)}
          </section>`
        : nothing
    }
    <section class="signatures" aria-labelledby="sig-title">
      <h3 id="sig-title">${t('signatures')}</h3>
      <div class="sig-grid">
        ${SIGNATURES.map(
          (k) =>
            html`<div class="sig">
              <p class="sig-role">${t(k)}</p>
              <p class="line">${t('placeDate')}</p>
              <p class="line">${t('signature')}</p>
            </div>`,
        )}
      </div>
    </section>
  </article>`;
}
