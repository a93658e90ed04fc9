/** The editor's header: the overlay's identity and version, the compatible template versions, the toolbar and the problems. */
import { html, nothing, type TemplateResult } from 'lit';
import { pickText, type Locale, type LocalizedText } from '@ias-kit/core';
import { parseVersionedId, versionSatisfies, type Overlay, type OverlayIssue } from '@ias-kit/core/schema';
import type { Edit } from '../model/ops.js';
import { flatten, type Obj, type TreeNode } from '../model/tree.js';
import type { OverlayEditorKey } from './overlay-editor.l10n.js';
import { pointerLabel } from './panels-view.js';

export interface HeaderContext {
  t(key: OverlayEditorKey, params?: Record<string, string | number>): string;
  schema: Obj;
  overlay: Overlay;
  locale: Locale;
  errors: readonly OverlayIssue[];
  tree: readonly TreeNode[];
  effective: Obj;
  meta(edit: Edit): void;
  undo(): void;
  redo(): void;
  importText(text: string): void;
  exportOverlay(): void;
  problemText(issue: OverlayIssue): { message: string; fix: string };
  reveal(pointer: string): void;
}

export function renderHeader(c: HeaderContext): TemplateResult {
  const t = c.t;
  const parsed = parseVersionedId(c.overlay.$id ?? '');
  const range = String(c.overlay.base ?? '').split('@')[1] ?? '';
  const baseVersion = parseVersionedId(String(c.schema.$id ?? '')).version ?? '';
  const fits = versionSatisfies(baseVersion, range);
  const form =
    pickText((c.schema['x-ias-title'] ?? c.schema.title) as LocalizedText | undefined, c.locale) ?? '';
  const meta = c.meta;
  return html`<header part="header">
    <h2>${t('heading', { form })}</h2>
    <p class="help">${t('intro')}</p>
    <fieldset class="meta">
      <legend>${t('metaLegend')}</legend>
      <div class="limit">
        <label for="meta-id">${t('metaId')}</label>
        <input
          id="meta-id"
          type="text"
          spellcheck="false"
          .value=${parsed.id}
          @change=${(e: Event) => meta({ op: 'meta', id: (e.target as HTMLInputElement).value.trim() })}
        />
      </div>
      <div class="limit">
        <label for="meta-version">${t('metaVersion')}</label>
        <input
          id="meta-version"
          type="text"
          inputmode="decimal"
          .value=${parsed.version ?? ''}
          @change=${(e: Event) => meta({ op: 'meta', version: (e.target as HTMLInputElement).value.trim() })}
        />
      </div>
      <div class="limit">
        <label for="meta-range">${t('metaRange')}</label>
        <input
          id="meta-range"
          type="text"
          .value=${range}
          aria-describedby="meta-range-help meta-range-fit"
          @change=${(e: Event) => meta({ op: 'meta', range: (e.target as HTMLInputElement).value })}
        />
        <span class="base" id="meta-range-help">${t('metaRangeHelp')}</span>
        <span class=${fits ? 'base' : 'error'} id="meta-range-fit"
          >${t(fits ? 'rangeOk' : 'rangeNo', { version: baseVersion })}</span
        >
      </div>
    </fieldset>
    <div class="actions" role="toolbar" aria-label=${t('toolbar')}>
      <button type="button" class="button" @click=${() => c.undo()} aria-keyshortcuts="Control+Z">
        ${t('undo')}
      </button>
      <button type="button" class="button" @click=${() => c.redo()} aria-keyshortcuts="Control+Y">
        ${t('redo')}
      </button>
      <span class="file">
        <input
          id="import"
          type="file"
          accept=".json,application/json"
          @change=${async (e: Event) => {
            const file = (e.target as HTMLInputElement).files?.[0];
            if (file) c.importText(await file.text());
          }}
        />
        <label for="import" class="button">${t('importOverlay')}</label>
      </span>
      <button
        type="button"
        class="button"
        data-variant="primary"
        part="export"
        @click=${() => c.exportOverlay()}
      >
        ${t('exportOverlay')}
      </button>
    </div>
    ${c.errors.length ? renderProblems(c) : nothing}
  </header>`;
}

function renderProblems(c: HeaderContext): TemplateResult {
  const t = c.t;
  return html`<section class="all-problems" aria-labelledby="problems-heading" part="problems">
    <h3 id="problems-heading">${t('problems', { count: c.errors.length })}</h3>
    <ul>
      ${c.errors.map((e) => {
        const text = c.problemText(e);
        const node = flatten(c.tree).find(
          (n) => e.pointer === n.pointer || e.pointer.startsWith(`${n.pointer}/`),
        );
        return html`<li>
          <strong
            >${node ? `${pointerLabel(c.effective, node.pointer, c.locale)}: ` : ''}${text.message}</strong
          >
          ${t('problemAt', { pointer: e.pointer })}. ${t('problemFix', { fix: text.fix })}
          ${
            node
              ? html`<button
                  type="button"
                  class="button"
                  data-size="small"
                  @click=${() => c.reveal(node.pointer)}
                >
                  ${t('goToField')}
                </button>`
              : nothing
          }
        </li>`;
      })}
    </ul>
  </section>`;
}
