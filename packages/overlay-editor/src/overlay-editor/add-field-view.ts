/**
 * The "add a field" form: label and help in four languages, kind, required, answers with translated labels,
 * and a property name suggested from the label (editable until the overlay is first exported).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { LOCALES, type Locale } from '@ias-kit/core';
import { FIELD_KINDS, type FieldKind } from '../model/tree.js';
import { suggestName, type NewField, type Refusal, type Texts } from '../model/ops.js';
import type { OverlayEditorKey } from './overlay-editor.l10n.js';

export interface OptionDraft {
  value: string;
  valueEdited: boolean;
  title: Texts;
}

export interface AddDraft {
  parent: string;
  parentLabel: string;
  name: string;
  nameEdited: boolean;
  kind: FieldKind;
  required: boolean;
  title: Texts;
  help: Texts;
  options: OptionDraft[];
  error?: Refusal;
}

export const newDraft = (parent: string, parentLabel: string): AddDraft => ({
  parent,
  parentLabel,
  name: '',
  nameEdited: false,
  kind: 'text',
  required: false,
  title: {},
  help: {},
  options: [{ value: '', valueEdited: false, title: {} }],
});

export interface AddFieldContext {
  draft: AddDraft;
  taken: readonly string[];
  t(key: OverlayEditorKey, params?: Record<string, string | number>): string;
  update(draft: AddDraft): void;
  submit(field: NewField): void;
  cancel(): void;
  /** Moves focus to the control matching `selector` after the next render. */
  focus(selector: string): void;
}

const firstText = (texts: Texts): string => texts.de ?? Object.values(texts).find(Boolean) ?? '';

/** The draft as a field; options only for choice kinds. */
export function draftField(draft: AddDraft): NewField {
  const clean = (texts: Texts): Texts =>
    Object.fromEntries(
      Object.entries(texts)
        .filter(([, v]) => v && v.trim())
        .map(([k, v]) => [k, v!.trim()]),
    );
  const field: NewField = {
    name: draft.name,
    kind: draft.kind,
    required: draft.required,
    title: clean(draft.title),
    help: clean(draft.help),
  };
  if (draft.kind === 'choice' || draft.kind === 'multi')
    field.options = draft.options.map((o) => ({ value: o.value.trim(), title: clean(o.title) }));
  return field;
}

function texts(
  ctx: AddFieldContext,
  id: string,
  legend: OverlayEditorKey,
  value: Texts,
  set: (locale: Locale, text: string) => AddDraft,
): TemplateResult {
  return html`<fieldset class="texts">
    <legend>${ctx.t(legend)}</legend>
    ${LOCALES.map(
      (locale) =>
        html`<div class="text-row">
          <label for=${`${id}-${locale}`}>${ctx.t(`locale.${locale}`)}</label>
          <input
            id=${`${id}-${locale}`}
            type="text"
            maxlength="500"
            .value=${value[locale] ?? ''}
            @input=${(e: Event) => ctx.update(set(locale, (e.target as HTMLInputElement).value))}
          />
        </div>`,
    )}
  </fieldset>`;
}

export function renderAddField(ctx: AddFieldContext): TemplateResult {
  const { draft, t } = ctx;
  const choice = draft.kind === 'choice' || draft.kind === 'multi';
  const withTitle = (locale: Locale, text: string): AddDraft => {
    const title = { ...draft.title, [locale]: text };
    const name = draft.nameEdited ? draft.name : suggestName(firstText(title), ctx.taken);
    return { ...draft, title, name, error: undefined };
  };
  const option = (i: number, patch: Partial<OptionDraft>): AddDraft => ({
    ...draft,
    error: undefined,
    options: draft.options.map((o, j) => {
      if (j !== i) return o;
      const next = { ...o, ...patch };
      if (!next.valueEdited && patch.title)
        next.value = suggestName(
          firstText(next.title),
          draft.options.filter((_, k) => k !== i).map((x) => x.value),
        );
      return next;
    }),
  });
  return html`<form
    class="add-field"
    part="add-field-form"
    aria-labelledby="add-heading"
    novalidate
    @submit=${(e: Event) => {
      e.preventDefault();
      ctx.submit(draftField(draft));
    }}
  >
    <h3 id="add-heading" tabindex="-1">${t('addFieldTo', { section: draft.parentLabel })}</h3>
    ${texts(ctx, 'new-title', 'newLabel', draft.title, withTitle)}
    <div class="limit">
      <label for="new-kind">${t('newKind')}</label>
      <select
        id="new-kind"
        .value=${draft.kind}
        @change=${(e: Event) =>
          ctx.update({
            ...draft,
            kind: (e.target as HTMLSelectElement).value as FieldKind,
            error: undefined,
          })}
      >
        ${FIELD_KINDS.map((k) => html`<option value=${k} ?selected=${k === draft.kind}>${t(`kind.${k}`)}</option>`)}
      </select>
    </div>
    <label class="check"
      ><input
        type="checkbox"
        id="new-required"
        .checked=${draft.required}
        @change=${(e: Event) => ctx.update({ ...draft, required: (e.target as HTMLInputElement).checked })}
      />${t('newRequired')}</label
    >
    ${
      choice
        ? html`<fieldset class="new-options">
            <legend>${t('newOptions')}</legend>
            ${draft.options.map(
              (o, i) =>
                html`<fieldset class="option">
                  <legend>${t('optionN', { n: i + 1 })}</legend>
                  ${LOCALES.map(
                    (locale) =>
                      html`<div class="text-row">
                        <label for=${`opt-${i}-${locale}`}>${t(`locale.${locale}`)}</label>
                        <input
                          id=${`opt-${i}-${locale}`}
                          type="text"
                          maxlength="200"
                          .value=${o.title[locale] ?? ''}
                          @input=${(e: Event) =>
                            ctx.update(
                              option(i, {
                                title: { ...o.title, [locale]: (e.target as HTMLInputElement).value },
                              }),
                            )}
                        />
                      </div>`,
                  )}
                  <div class="text-row">
                    <label for=${`opt-${i}-value`}>${t('optionValue')}</label>
                    <input
                      id=${`opt-${i}-value`}
                      type="text"
                      spellcheck="false"
                      .value=${o.value}
                      @input=${(e: Event) =>
                        ctx.update(
                          option(i, { value: (e.target as HTMLInputElement).value, valueEdited: true }),
                        )}
                    />
                  </div>
                  ${
                    draft.options.length > 1
                      ? html`<button
                          type="button"
                          class="button"
                          data-variant="quiet"
                          @click=${() => ctx.update({ ...draft, options: draft.options.filter((_, j) => j !== i) })}
                        >
                          ${t('removeOption', { n: i + 1 })}
                        </button>`
                      : nothing
                  }
                </fieldset>`,
            )}
            <button
              type="button"
              class="button"
              id="add-option"
              @click=${() => {
                ctx.update({
                  ...draft,
                  options: [...draft.options, { value: '', valueEdited: false, title: {} }],
                });
                ctx.focus(`#opt-${draft.options.length}-de`);
              }}
            >
              ${t('addOption')}
            </button>
          </fieldset>`
        : nothing
    }
    ${texts(ctx, 'new-help', 'newHelp', draft.help, (locale, text) => ({
      ...draft,
      help: { ...draft.help, [locale]: text },
    }))}
    <div class="limit">
      <label for="new-name">${t('fieldName')}</label>
      <input
        id="new-name"
        type="text"
        spellcheck="false"
        .value=${draft.name}
        aria-describedby="new-name-help"
        @input=${(e: Event) =>
          ctx.update({
            ...draft,
            name: (e.target as HTMLInputElement).value.trim(),
            nameEdited: true,
            error: undefined,
          })}
      />
      <span class="base" id="new-name-help">${t('fieldNameHelp')}</span>
    </div>
    ${
      draft.error
        ? html`<p class="error" role="alert" id="add-error">
            ${t(`refusal.${draft.error}` as OverlayEditorKey)}
          </p>`
        : nothing
    }
    <div class="actions">
      <button type="submit" class="button" data-variant="primary" part="add-submit">${t('add')}</button>
      <button type="button" class="button" @click=${() => ctx.cancel()}>${t('cancel')}</button>
    </div>
  </form>`;
}
