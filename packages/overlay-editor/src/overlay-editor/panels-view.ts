/** The views under the editor: preview, change list, schema comparison and the data check. */
import { html, nothing, type TemplateResult } from 'lit';
import { pickText, type Locale, type LocalizedText } from '@ias-kit/core';
import { getAt, isJsonObject, parsePointer } from '@ias-kit/core/schema';
import type { Change, DiffEntry } from '../model/changes.js';
import { TEMPLATE_ROLES, type Obj } from '../model/tree.js';
import type { OverlayEditorKey } from './overlay-editor.l10n.js';

export const TABS = ['preview', 'changes', 'diff', 'data'] as const;
export type Tab = (typeof TABS)[number];

type T = (key: OverlayEditorKey, params?: Record<string, string | number>) => string;

export interface DataCheckResult {
  count: number;
  valid: number;
  /** Records valid with the overlay the editor opened with, invalid now. */
  broken: { index: number; errors: { field: string; message: string }[] }[];
  /** Records that were invalid already before this editing session. */
  before: number;
  badLines: number[];
}

/** The label of a schema node in `locale`, falling back to its property name. */
export function schemaLabel(schema: unknown, locale: Locale, fallback: string): string {
  if (!isJsonObject(schema)) return fallback;
  return pickText((schema['x-ias-title'] ?? schema.title) as LocalizedText | undefined, locale) ?? fallback;
}

/** "Sprachen › fide mündlich" for a pointer into the DATA (`/languages/fideOral`). */
export function dataLabel(schema: Obj, pointer: string, locale: Locale): string {
  const names: string[] = [];
  let here: unknown = schema;
  for (const token of parsePointer(pointer)) {
    if (!isJsonObject(here)) break;
    if (/^\d+$/.test(token) && isJsonObject(here.items)) {
      here = here.items;
      names.push(String(Number(token) + 1));
      continue;
    }
    here = isJsonObject(here.properties) ? here.properties[token] : undefined;
    names.push(schemaLabel(here, locale, token));
  }
  return names.join(' › ');
}

/** "Sprachen › fide mündlich" for a pointer into the SCHEMA. */
export function pointerLabel(schema: Obj, pointer: string, locale: Locale): string {
  const tokens = parsePointer(pointer);
  const names: string[] = [];
  for (let i = 0; i < tokens.length; i++)
    if (tokens[i] === 'properties' && i + 1 < tokens.length)
      names.push(schemaLabel(getAt(schema, tokens.slice(0, i + 2)), locale, tokens[i + 1]!));
  return names.join(' › ') || pointer;
}

export function renderTabs(
  t: T,
  tab: Tab,
  changes: number,
  select: (tab: Tab, focus: boolean) => void,
): TemplateResult {
  const label = (x: Tab): string =>
    x === 'preview'
      ? t('tabPreview')
      : x === 'changes'
        ? t('tabChanges', { count: changes })
        : x === 'diff'
          ? t('tabDiff')
          : t('tabData');
  return html`<div role="tablist" aria-label=${t('tabs')} class="tabs" part="tabs">
    ${TABS.map(
      (x) =>
        html`<button
          type="button"
          role="tab"
          id=${`tab-${x}`}
          aria-controls="tabpanel"
          aria-selected=${x === tab ? 'true' : 'false'}
          tabindex=${x === tab ? 0 : -1}
          @click=${() => select(x, false)}
          @keydown=${(e: KeyboardEvent) => {
            const i = TABS.indexOf(x);
            const next =
              e.key === 'ArrowRight'
                ? TABS[(i + 1) % TABS.length]
                : e.key === 'ArrowLeft'
                  ? TABS[(i + TABS.length - 1) % TABS.length]
                  : e.key === 'Home'
                    ? TABS[0]
                    : e.key === 'End'
                      ? TABS[TABS.length - 1]
                      : undefined;
            if (next) {
              e.preventDefault();
              select(next, true);
            }
          }}
        >
          ${label(x)}
        </button>`,
    )}
  </div>`;
}

export function renderPreview(
  t: T,
  effective: Obj,
  role: string,
  value: unknown,
  locale: Locale,
  setRole: (role: string) => void,
): TemplateResult {
  return html`<div class="limit">
      <label for="preview-role">${t('previewRole')}</label>
      <select id="preview-role" @change=${(e: Event) => setRole((e.target as HTMLSelectElement).value)}>
        ${TEMPLATE_ROLES.map((r) => html`<option value=${r} ?selected=${r === role}>${t(`role.${r}`)}</option>`)}
      </select>
    </div>
    <ias-form
      part="preview"
      .schema=${effective}
      .value=${value}
      user-role=${role}
      locale=${locale}
    ></ias-form>`;
}

export function changeText(t: T, change: Change, base: Obj, effective: Obj, locale: Locale): string {
  const label = pointerLabel(effective, change.pointer, locale) || pointerLabel(base, change.pointer, locale);
  switch (change.kind) {
    case 'added':
      return t('change.added', {
        label,
        parent: pointerLabel(effective, change.pointer.replace(/\/properties\/[^/]+$/, ''), locale),
      });
    case 'text':
      return t('change.text', {
        label,
        what: t(
          change.key.endsWith('help') || change.key.endsWith('description')
            ? 'change.text.help'
            : 'change.text.title',
        ),
        locales: change.locales
          .map((l) => (['de', 'fr', 'it', 'en'].includes(l) ? t(`locale.${l}` as OverlayEditorKey) : l))
          .join(', '),
      });
    case 'limit':
      return t('change.limit', {
        label,
        keyword: t(
          (['maxLength', 'minimum', 'maximum'].includes(change.keyword)
            ? change.keyword
            : 'limits') as OverlayEditorKey,
        ),
        to: String(change.to),
        from: change.from === undefined ? '–' : String(change.from),
      });
    case 'options':
      return t('change.options', { label, count: change.removed.length });
    case 'options-added':
      return t('change.options-added', { label, count: change.added.length });
    case 'other':
      return t('change.other', { label, keyword: change.keyword });
    default:
      return t(`change.${change.kind}`, { label });
  }
}

export function renderChanges(
  t: T,
  changes: readonly Change[],
  base: Obj,
  effective: Obj,
  locale: Locale,
): TemplateResult {
  if (changes.length === 0) return html`<p>${t('changesNone')}</p>`;
  return html`<ol class="changes" part="changes">
    ${changes.map((c) => html`<li>${changeText(t, c, base, effective, locale)}</li>`)}
  </ol>`;
}

const show = (value: unknown, t: T): string => {
  if (value === undefined) return t('diffAbsent');
  const json = JSON.stringify(value);
  return json.length > 160 ? `${json.slice(0, 157)}…` : json;
};

export function renderDiff(t: T, diff: readonly DiffEntry[]): TemplateResult {
  if (diff.length === 0) return html`<p>${t('diffNone')}</p>`;
  return html`<div class="scroll" role="region" tabindex="0" aria-labelledby="diff-caption">
    <table class="diff" part="diff">
      <caption id="diff-caption">
        ${t('diffCaption')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('diffWhere')}</th>
          <th scope="col">${t('diffBefore')}</th>
          <th scope="col">${t('diffAfter')}</th>
        </tr>
      </thead>
      <tbody>
        ${diff.map(
          (d) =>
            html`<tr>
              <th scope="row"><code>${d.pointer}</code></th>
              <td><code>${show(d.before, t)}</code></td>
              <td><code>${show(d.after, t)}</code></td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

export function renderData(
  t: T,
  count: number,
  result: DataCheckResult | undefined,
  checking: boolean,
  run: () => void,
  load: (file: File) => void,
): TemplateResult {
  return html`<p>${t('dataIntro')}</p>
    <p>${count ? t('dataCount', { count }) : t('dataNone')}</p>
    <div class="actions">
      <span class="file">
        <input
          id="records-file"
          type="file"
          accept=".ndjson,.jsonl,.json,application/x-ndjson,application/json"
          @change=${(e: Event) => {
            const file = (e.target as HTMLInputElement).files?.[0];
            if (file) load(file);
          }}
        />
        <label for="records-file" class="button">${t('dataLoad')}</label>
      </span>
      <button
        type="button"
        class="button"
        data-variant="primary"
        part="data-run"
        ?disabled=${count === 0 || checking}
        @click=${run}
      >
        ${checking ? t('dataChecking') : t('dataRun')}
      </button>
    </div>
    ${
      result
        ? html`<div class="data-result" part="data-result">
            <p>
              ${
                result.broken.length === 0
                  ? t('dataOk', { count: result.count - result.before })
                  : t('dataSummary', {
                      valid: result.valid,
                      count: result.count,
                      broken: result.broken.length,
                    })
              }
              ${result.before ? t('dataBefore', { count: result.before }) : nothing}
            </p>
            ${result.badLines.map((n) => html`<p class="error">${t('dataBadLine', { n })}</p>`)}
            ${
              result.broken.length
                ? html`<ul class="broken">
                    ${result.broken.map(
                      (b) =>
                        html`<li>
                          <strong>${t('dataRecord', { n: b.index + 1 })}</strong>
                          <ul>
                            ${b.errors.map((e) => html`<li>${e.field}: ${e.message}</li>`)}
                          </ul>
                        </li>`,
                    )}
                  </ul>`
                : nothing
            }
          </div>`
        : nothing
    }`;
}
