/**
 * The controls of the plan editor's sections: labelled text fields, selects and checkboxes bound to a JSON
 * pointer of the plan, with the rule findings tied to them (`aria-describedby`, `aria-invalid`); a section's
 * frame; a row's move and remove buttons and its issue badge.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, isCalendarDate } from '@ias-kit/core';
import { getAt, joinPointer } from '@ias-kit/core/schema';
import type { FieldKind } from '../model/inputs.js';
import type { PlanKey } from './integration-plan.l10n.js';
import type { PlanSection } from './integration-plan.types.js';
import type { PlanView } from './view.js';
import { fid } from './view-helpers.js';

/** A choice of a select: its value and its visible text. */
export type Option = readonly [value: string, label: string];

/** The findings about the value at `pointer`, under its control (`id` is the control's). */
export function messages(v: PlanView, pointer: string, id: string): TemplateResult | typeof nothing {
  const issues = v.issuesByPointer.get(pointer);
  if (!issues?.length) return nothing;
  return html`<div class="messages" id=${`${id}-msg`}>
    ${issues.map(
      (i) =>
        html`<p class=${i.severity}>
          <span aria-hidden="true">${i.severity === 'error' ? '✕' : '⚠'}</span> ${v.l10n.t(
            `issue.${i.code}`,
            i.params,
          )}
        </p>`,
    )}
  </div>`;
}

const hasError = (v: PlanView, pointer: string): boolean =>
  !!v.issuesByPointer.get(pointer)?.some((i) => i.severity === 'error');

/** A text field (or textarea) for the value at `pointer`; dates show `dd.mm.yyyy`, numbers the Swiss way. */
export function input(
  v: PlanView,
  pointer: string,
  label: PlanKey,
  kind: FieldKind = 'text',
  required = false,
): TemplateResult {
  const id = fid(pointer);
  const value = getAt(v.plan, pointer);
  const shown =
    value === undefined || value === null
      ? ''
      : kind === 'date' && isCalendarDate(value)
        ? formatDate(value)
        : kind === 'number' && typeof value === 'number'
          ? v.l10n.number(value)
          : typeof value === 'string'
            ? value
            : JSON.stringify(value);
  const described = v.issuesByPointer.has(pointer) ? `${id}-msg` : undefined;
  const invalid = hasError(v, pointer) ? 'true' : undefined;
  const onChange = (e: Event) => v.edit.text(pointer, kind, (e.target as HTMLInputElement).value);
  return html`<div class="field ${kind}">
    <label for=${id}
      >${v.l10n.t(label)}${required ? html`<span aria-hidden="true"> *</span>` : nothing}</label
    >
    ${
      kind === 'textarea'
        ? html`<textarea
            id=${id}
            rows="3"
            .value=${shown}
            ?readonly=${v.readonly}
            ?required=${required}
            aria-invalid=${invalid ?? nothing}
            aria-describedby=${described ?? nothing}
            @change=${onChange}
          ></textarea>`
        : html`<input
            id=${id}
            type="text"
            .value=${shown}
            inputmode=${kind === 'number' ? 'decimal' : kind === 'date' ? 'numeric' : nothing}
            placeholder=${kind === 'date' ? v.l10n.t('datePlaceholder') : nothing}
            autocomplete="off"
            ?readonly=${v.readonly}
            ?required=${required}
            aria-invalid=${invalid ?? nothing}
            aria-describedby=${described ?? nothing}
            @change=${onChange}
          />`
    }
    ${messages(v, pointer, id)}
  </div>`;
}

/** How a select shows and stores its choice. */
export interface SelectOptions {
  /** The text of the empty choice; without it a value is required. */
  empty?: string;
  /** Instead of storing the chosen value (e.g. a vetoable status change). */
  onChange?: (el: HTMLSelectElement) => void;
  /** The values are numbers (e.g. the IAS goal 1–5). */
  numeric?: boolean;
  /** More text about the choice (e.g. the free places), tied to the select with `aria-describedby`. */
  extra?: TemplateResult;
}

/** A select for the value at `pointer`; a value not among `options` (bad host data) shows as "unknown". */
export function select(
  v: PlanView,
  pointer: string,
  label: PlanKey,
  options: readonly Option[],
  { empty, onChange, numeric, extra }: SelectOptions = {},
): TemplateResult {
  const id = fid(pointer);
  const raw = getAt(v.plan, pointer);
  const value = raw === undefined || raw === null ? '' : String(raw);
  const known = value === '' ? empty !== undefined : options.some(([o]) => o === value);
  const described =
    [v.issuesByPointer.has(pointer) ? `${id}-msg` : '', extra ? `${id}-extra` : '']
      .filter(Boolean)
      .join(' ') || undefined;
  const change =
    onChange ??
    ((el: HTMLSelectElement) =>
      v.edit.set(pointer, el.value === '' ? undefined : numeric ? Number(el.value) : el.value));
  return html`<div class="field">
    <label for=${id}>${v.l10n.t(label)}</label>
    <select
      id=${id}
      ?disabled=${v.readonly}
      aria-invalid=${hasError(v, pointer) ? 'true' : nothing}
      aria-describedby=${described ?? nothing}
      @change=${(e: Event) => change(e.target as HTMLSelectElement)}
    >
      ${empty !== undefined ? html`<option value="" ?selected=${value === ''}>${empty}</option>` : nothing}
      ${known ? nothing : html`<option value=${value} selected>${v.l10n.t('unknownValue', { value })}</option>`}
      ${options.map(([o, text]) => html`<option value=${o} ?selected=${o === value}>${text}</option>`)}
    </select>
    ${extra ? html`<div id=${`${id}-extra`}>${extra}</div>` : nothing} ${messages(v, pointer, id)}
  </div>`;
}

/** The choices of an enumeration, labelled by the messages `<prefix>.<value>`. */
export function enumOptions<T extends string | number>(
  v: PlanView,
  values: readonly T[],
  prefix: string,
): Option[] {
  return values.map((value) => [String(value), v.l10n.t(`${prefix}.${value}` as PlanKey)] as const);
}

/** The label of an enumeration value; an unknown value (bad host data) shows as "unknown (value)". */
export function enumLabel(v: PlanView, prefix: string, value: unknown): string {
  const key = `${prefix}.${String(value)}`;
  return v.l10n.has(key) ? v.l10n.t(key) : v.l10n.t('unknownValue', { value: String(value) });
}

/** A checkbox for the boolean at `pointer`. */
export function checkbox(v: PlanView, pointer: string, label: PlanKey): TemplateResult {
  const id = fid(pointer);
  return html`<div class="field check">
    <input
      id=${id}
      type="checkbox"
      .checked=${getAt(v.plan, pointer) === true}
      ?disabled=${v.readonly}
      @change=${(e: Event) => v.edit.set(pointer, (e.target as HTMLInputElement).checked)}
    />
    <label for=${id}>${v.l10n.t(label)}</label>
  </div>`;
}

/** A text field for the actors at `pointer`, by name, separated by commas. */
export function actorField(v: PlanView, pointer: string, label: PlanKey): TemplateResult {
  const id = fid(pointer);
  const actors = getAt(v.plan, pointer);
  const text = Array.isArray(actors)
    ? actors.map((a: { id: string; name?: string }) => a.name ?? a.id).join(', ')
    : '';
  return html`<div class="field wide">
    <label for=${id}>${v.l10n.t(label)}</label>
    <input
      id=${id}
      type="text"
      .value=${text}
      ?readonly=${v.readonly}
      aria-describedby=${`${id}-hint`}
      @change=${(e: Event) => v.edit.actors(pointer, (e.target as HTMLInputElement).value)}
    />
    <p class="hint" id=${`${id}-hint`}>${v.l10n.t('namesHint')}</p>
  </div>`;
}

/** Move and remove buttons of item `index` of the array at pointer `list` (none when read-only). */
export function rowActions(
  v: PlanView,
  list: string,
  index: number,
  size: number,
  name: string,
): TemplateResult {
  const pointer = joinPointer(list, index);
  const id = fid(pointer);
  const { t } = v.l10n;
  if (v.readonly) return html``;
  return html`<div class="actions">
    <button
      type="button"
      id=${`move-up-${id}`}
      aria-label=${t('moveUp', { name })}
      ?disabled=${index === 0}
      @click=${() => v.edit.move(list, index, index - 1, 'up')}
    >
      <span aria-hidden="true">↑</span> ${t('up')}
    </button>
    <button
      type="button"
      id=${`move-down-${id}`}
      aria-label=${t('moveDown', { name })}
      ?disabled=${index === size - 1}
      @click=${() => v.edit.move(list, index, index + 1, 'down')}
    >
      <span aria-hidden="true">↓</span> ${t('down')}
    </button>
    <button
      type="button"
      class="danger"
      aria-label=${t('remove', { name })}
      @click=${() => v.edit.remove(pointer, name)}
    >
      ${t('removeShort')}
    </button>
  </div>`;
}

/** The count of errors and warnings at or below `prefix`, shown in a row's summary. */
export function issueBadge(v: PlanView, prefix: string): TemplateResult | typeof nothing {
  let errors = 0;
  let warnings = 0;
  for (const i of v.issues) {
    if (i.pointer !== prefix && !i.pointer.startsWith(prefix + '/')) continue;
    if (i.severity === 'error') errors++;
    else warnings++;
  }
  if (!errors && !warnings) return nothing;
  const { t } = v.l10n;
  return html`<span class="badge ${errors ? 'error' : 'warning'}"
    >${errors ? t('errorCount', { n: errors }) : ''}${errors && warnings ? ', ' : ''}${
      warnings ? t('warningCount', { n: warnings }) : ''
    }</span
  >`;
}

/** A section of the editor with its heading (and the number of its items, where it has a list). */
export function section(v: PlanView, key: PlanSection, content: unknown, count?: number): TemplateResult {
  return html`<section part="section" class=${key} aria-labelledby=${`h-${key}`}>
    <h2 id=${`h-${key}`} tabindex="-1">
      ${v.l10n.t(`section.${key}`)}${count === undefined ? nothing : html` <span class="count">(${count})</span>`}
    </h2>
    ${content}
  </section>`;
}

/** The button that adds to a section (none when read-only). */
export function addButton(v: PlanView, label: PlanKey, onClick: () => void): TemplateResult | typeof nothing {
  return v.readonly
    ? nothing
    : html`<button type="button" class="add" @click=${onClick}>${v.l10n.t(label)}</button>`;
}
