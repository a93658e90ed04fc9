import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, isCalendarDate, type DocumentRef } from '@ias-kit/core';
import type { PlanKey } from './integration-plan.l10n.js';
import type { AttachTarget } from './integration-plan.types.js';
import { fid } from './view-helpers.js';

/** What the documents block of a goal or measure needs from the editor. */
export interface DocumentsView {
  target: AttachTarget;
  docs: DocumentRef[] | undefined;
  readonly: boolean;
  t: (key: PlanKey, params?: Record<string, string | number>) => string;
  /** The user chose or dropped files (the editor fires `ias-document-attach` for each). */
  onFiles: (files: FileList | null | undefined) => void;
  /** The user removed document `index` (named `name` for the announcement). */
  onRemove: (index: number, name: string) => void;
}

/** A goal's or measure's documents: the list, a file chooser and a drop zone. Nothing is uploaded here. */
export function renderDocuments({
  target,
  docs,
  readonly,
  t,
  onFiles,
  onRemove,
}: DocumentsView): TemplateResult {
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
