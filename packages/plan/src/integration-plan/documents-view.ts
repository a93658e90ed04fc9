import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, isCalendarDate, type DocumentRef } from '@ias-kit/core';
import { joinPointer } from '@ias-kit/core/schema';
import type { AttachTarget } from './integration-plan.types.js';
import type { PlanView } from './view.js';
import { fid } from './view-helpers.js';

/**
 * A goal's or measure's documents: the list, a file chooser and a drop zone. Nothing is uploaded here: the
 * files go to the element (`v.edit.attach`), which hands each to the host with `ias-document-attach`.
 */
export function renderDocuments(
  v: PlanView,
  target: AttachTarget,
  docs: readonly DocumentRef[] | undefined,
): TemplateResult {
  const { readonly } = v;
  const { t } = v.l10n;
  const onFiles = (files: FileList | null | undefined) => v.edit.attach(target, files);
  const onRemove = (i: number, name: string) =>
    v.edit.remove(joinPointer(target.pointer, 'documents', i), name);
  const id = fid(target.pointer) + '-attach';
  const over = (e: DragEvent) => {
    e.preventDefault();
    (e.currentTarget as HTMLElement).classList.toggle('drag', e.type === 'dragover');
  };
  return html`<div
    part="documents"
    class="documents"
    @dragover=${over}
    @dragleave=${over}
    @drop=${(e: DragEvent) => {
      over(e);
      if (!readonly) onFiles(e.dataTransfer?.files);
    }}
  >
    <h3>${t('documents')}</h3>
    ${
      docs?.length
        ? html`<ul>
            ${docs.map(
              (d, i) =>
                html`<li>
                  <span>${d.title}${d.date && isCalendarDate(d.date) ? ` (${formatDate(d.date)})` : ''}</span>
                  ${
                    readonly
                      ? nothing
                      : html`<button type="button" class="link" @click=${() => onRemove(i, d.title || d.id)}>
                          ${t('removeDocument', { title: d.title || d.id })}
                        </button>`
                  }
                </li>`,
            )}
          </ul>`
        : html`<p class="muted">${t('noDocuments')}</p>`
    }
    ${
      readonly
        ? nothing
        : html`<label class="attach" for=${id}>${t('attach')}</label>
            <input
              id=${id}
              type="file"
              class="file"
              aria-describedby=${`${id}-hint`}
              @change=${(e: Event) => {
                const input = e.target as HTMLInputElement;
                onFiles(input.files);
                input.value = '';
              }}
            />
            <p class="hint" id=${`${id}-hint`}>${t('dropHint')}</p>`
    }
  </div>`;
}
