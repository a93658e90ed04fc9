/**
 * The panel for the selected section or field: texts in four languages beside the template's, visibility,
 * position, limits, options and access. Every control offers only what `offer()` allows; a refused action
 * stays focusable and says why (read out through the editor's status region).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { LOCALES, pickText, type Locale, type LocalizedText } from '@ias-kit/core';
import type { OverlayIssue } from '@ias-kit/core/schema';
import {
  containerOf,
  limitBounds,
  type Edit,
  type LimitKeyword,
  type Refusal,
  type TextKey,
} from '../model/ops.js';
import { missingLocales } from '../model/changes.js';
import { TEMPLATE_ROLES, dataPath, enumHolderOf, type TreeNode } from '../model/tree.js';
import type { OverlayEditorKey } from './overlay-editor.l10n.js';

export interface DetailContext {
  node: TreeNode;
  t(key: OverlayEditorKey, params?: Record<string, string | number>): string;
  label(node: TreeNode): string;
  offer(edit: Edit): Refusal | undefined;
  /** Applies an offered edit and announces `message`, or announces why it is refused. */
  apply(edit: Edit, message: string): void;
  problems: readonly OverlayIssue[];
  problemText(issue: OverlayIssue): { message: string; fix: string };
  /** The field name may still change (an added field not yet exported). */
  renamable: boolean;
  startAdd(parent: string): void;
}

const localText = (text: LocalizedText | undefined, locale: Locale): string =>
  typeof text === 'string' ? (locale === 'de' ? text : '') : (text?.[locale] ?? '');

function textRows(ctx: DetailContext, key: TextKey, heading: OverlayEditorKey): TemplateResult {
  const { node, t } = ctx;
  const now = key === 'x-ias-title' ? node.title : node.help;
  const before = key === 'x-ias-title' ? node.baseTitle : node.baseHelp;
  const missing = new Set(missingLocales(now, LOCALES));
  const id = key === 'x-ias-title' ? 'title' : 'help';
  return html`<fieldset class="texts">
    <legend>${t(heading)}</legend>
    ${LOCALES.map((locale) => {
      const inputId = `${id}-${locale}`;
      const templateText = node.added ? '' : localText(before, locale);
      return html`<div class="text-row">
        <label for=${inputId}>${t(`locale.${locale}`)}</label>
        <input
          id=${inputId}
          type="text"
          maxlength="500"
          .value=${localText(now, locale)}
          aria-describedby=${`${inputId}-base${missing.has(locale) ? ` ${inputId}-missing` : ''}`}
          @change=${(e: Event) =>
            ctx.apply(
              { op: 'text', pointer: node.pointer, key, locale, text: (e.target as HTMLInputElement).value },
              t('changed', { label: ctx.label(node) }),
            )}
        />
        <span class="base" id=${`${inputId}-base`}
          >${t('templateText')}: ${templateText || t('noTemplateText')}</span
        >
        ${missing.has(locale) ? html`<span class="missing" id=${`${inputId}-missing`}>${t('missing')}</span>` : nothing}
      </div>`;
    })}
  </fieldset>`;
}

/** A button that stays focusable when refused and then says why, instead of silently doing nothing. */
function action(
  ctx: DetailContext,
  label: string,
  edit: Edit,
  message: string,
  describedBy?: string,
  part?: string,
): TemplateResult {
  const refusal = ctx.offer(edit);
  return html`<button
    type="button"
    class="button"
    part=${part ?? nothing}
    aria-disabled=${refusal ? 'true' : 'false'}
    aria-describedby=${refusal && describedBy ? describedBy : nothing}
    @click=${() => ctx.apply(edit, message)}
  >
    ${label}
  </button>`;
}

function limitInput(ctx: DetailContext, keyword: LimitKeyword): TemplateResult | typeof nothing {
  const { node, t } = ctx;
  const bounds = limitBounds(node, keyword);
  if (!bounds) return nothing;
  const base = node.added ? undefined : node.baseSchema?.[keyword];
  const value = node.schema[keyword];
  const id = `limit-${keyword}`;
  return html`<div class="limit">
    <label for=${id}>${t(keyword)}</label>
    <input
      id=${id}
      type="number"
      inputmode="numeric"
      min=${bounds.min ?? nothing}
      max=${bounds.max ?? nothing}
      .value=${typeof value === 'number' ? String(value) : ''}
      aria-describedby=${`${id}-base`}
      @change=${(e: Event) => {
        const raw = (e.target as HTMLInputElement).value.trim();
        ctx.apply(
          { op: 'limit', pointer: node.pointer, keyword, value: raw === '' ? undefined : Number(raw) },
          t('changed', { label: ctx.label(node) }),
        );
      }}
    />
    <span class="base" id=${`${id}-base`}
      >${typeof base === 'number' ? t('limitTemplate', { value: base }) : t('limitNone')}</span
    >
  </div>`;
}

function optionsBlock(ctx: DetailContext, locale: Locale): TemplateResult | typeof nothing {
  const { node, t } = ctx;
  const holder = enumHolderOf(node.schema);
  const baseHolder = enumHolderOf(node.baseSchema);
  const all = (baseHolder?.enum ?? holder?.enum) as unknown[] | undefined;
  if (!Array.isArray(all) || node.added) return nothing;
  const titles = (baseHolder?.['x-ias-enum-titles'] ?? []) as LocalizedText[];
  const kept = (holder?.enum ?? all) as unknown[];
  if (node.core) return html`<p class="note" id="options-core">${t('optionsCore')}</p>`;
  return html`<fieldset class="options">
    <legend>${t('options')}</legend>
    <p class="help">${t('optionsHelp')}</p>
    ${all.map((value, i) => {
      const on = kept.includes(value);
      const keep = on ? kept.filter((v) => v !== value) : all.filter((v) => v === value || kept.includes(v));
      return html`<label class="check"
        ><input
          type="checkbox"
          .checked=${on}
          @change=${(e: Event) => {
            ctx.apply(
              { op: 'options', pointer: node.pointer, keep },
              t('changed', { label: ctx.label(node) }),
            );
            (e.target as HTMLInputElement).checked = kept.includes(value);
          }}
        />${pickText(titles[i], locale) ?? String(value)}</label
      >`;
    })}
  </fieldset>`;
}

function accessBlock(ctx: DetailContext): TemplateResult {
  const { node, t } = ctx;
  const allowed = {
    read: node.baseAccess?.read ?? [...TEMPLATE_ROLES],
    write: node.baseAccess?.write ?? [...TEMPLATE_ROLES],
  };
  const now = { read: node.access?.read ?? allowed.read, write: node.access?.write ?? allowed.write };
  const own =
    node.schema['x-ias-access'] !== undefined &&
    node.schema['x-ias-access'] !== node.baseSchema?.['x-ias-access'];
  const mode = (m: 'read' | 'write'): TemplateResult =>
    html`<fieldset class="roles">
      <legend>${t(m)}</legend>
      ${allowed[m].map((role) => {
        const on = now[m].includes(role);
        const list = on ? now[m].filter((r) => r !== role) : [...now[m], role];
        const next = { ...now, [m]: list };
        if (m === 'read' && on) next.write = now.write.filter((r) => r !== role);
        return html`<label class="check"
          ><input
            type="checkbox"
            .checked=${on}
            @change=${(e: Event) => {
              ctx.apply(
                { op: 'access', pointer: node.pointer, access: next },
                t('changed', { label: ctx.label(node) }),
              );
              (e.target as HTMLInputElement).checked = on;
            }}
          />${t(`role.${role}` as OverlayEditorKey)}</label
        >`;
      })}
    </fieldset>`;
  return html`<fieldset class="access">
    <legend>${t('access')}</legend>
    <p class="help">${node.baseAccess ? t('accessHelp') : `${t('accessEveryone')}. ${t('accessHelp')}`}</p>
    <div class="roles-pair">${mode('read')}${mode('write')}</div>
    ${
      own
        ? html`<button
            type="button"
            class="button"
            data-variant="quiet"
            @click=${() =>
              ctx.apply(
                { op: 'access', pointer: node.pointer, access: undefined },
                t('changed', { label: ctx.label(node) }),
              )}
          >
            ${t('accessReset')}
          </button>`
        : nothing
    }
  </fieldset>`;
}

export function renderDetail(ctx: DetailContext, locale: Locale): TemplateResult {
  const { node, t } = ctx;
  const label = ctx.label(node);
  const lock = node.locks.includes('core')
    ? t('lockCore')
    : node.locks.includes('holds-core')
      ? t('lockHoldsCore')
      : node.locks.includes('required')
        ? t('lockRequired')
        : undefined;
  const container = containerOf(node);
  const isField = !['section', 'group', 'list'].includes(node.kind);
  return html`<section class="detail" part="detail" aria-labelledby="detail-heading">
    <h3 id="detail-heading" tabindex="-1">${label}</h3>
    <p class="kind">${t('kind')}: ${t(`kind.${node.kind}` as OverlayEditorKey)}</p>
    ${lock ? html`<p class="lock-note" id="lock-reason" part="lock"><span aria-hidden="true">🔒 </span>${lock}</p>` : nothing}
    ${
      ctx.problems.length
        ? html`<ul class="problems" part="problems">
            ${ctx.problems.map((p) => {
              const text = ctx.problemText(p);
              return html`<li>
                <strong>${text.message}</strong> <span>${t('problemAt', { pointer: p.pointer })}</span>
                <span>${t('problemFix', { fix: text.fix })}</span>
              </li>`;
            })}
          </ul>`
        : nothing
    }
    ${
      node.added && ctx.renamable
        ? html`<div class="limit">
            <label for="field-name">${t('fieldName')}</label>
            <input
              id="field-name"
              type="text"
              spellcheck="false"
              .value=${node.name}
              aria-describedby="field-name-help"
              @change=${(e: Event) =>
                ctx.apply(
                  { op: 'rename', pointer: node.pointer, name: (e.target as HTMLInputElement).value.trim() },
                  t('changed', { label }),
                )}
            />
            <span class="base" id="field-name-help">${t('fieldNameHelp')}</span>
          </div>`
        : html`<p class="kind">
            ${node.added ? t('fieldNameFrozen') : t('fieldName')}: <code>${dataPath(node.pointer)}</code>
          </p>`
    }
    ${textRows(ctx, 'x-ias-title', 'texts')} ${isField ? textRows(ctx, 'x-ias-help', 'help') : nothing}
    <div class="actions" role="group" aria-label=${t('visibility')}>
      ${
        node.hidden
          ? action(
              ctx,
              t('show'),
              { op: 'hide', pointer: node.pointer, hidden: false },
              t('shown', { label }),
            )
          : action(
              ctx,
              t('hide'),
              { op: 'hide', pointer: node.pointer, hidden: true },
              t('hidden', { label }),
              lock ? 'lock-reason' : undefined,
              'hide',
            )
      }
      ${node.added ? action(ctx, t('remove'), { op: 'remove', pointer: node.pointer }, t('removed', { label })) : nothing}
      ${action(ctx, t('moveUp'), { op: 'move', pointer: node.pointer, delta: -1 }, t('moved', { label }))}
      ${action(ctx, t('moveDown'), { op: 'move', pointer: node.pointer, delta: 1 }, t('moved', { label }))}
    </div>
    ${
      container
        ? html`<p>
            <button
              type="button"
              class="button"
              data-variant="primary"
              part="add-field"
              @click=${() => ctx.startAdd(container)}
            >
              ${t('addField')}
            </button>
          </p>`
        : nothing
    }
    ${
      isField
        ? html`<div class="limits">
            ${limitInput(ctx, 'maxLength')}${limitInput(ctx, 'minimum')}${limitInput(ctx, 'maximum')}
          </div>`
        : nothing
    }
    ${optionsBlock(ctx, locale)} ${accessBlock(ctx)}
  </section>`;
}
