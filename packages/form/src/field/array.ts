import { html, nothing, type TemplateResult } from 'lit';
import type { ArrayNode } from '@ias-kit/core/schema';
import type { IasFormField } from './field.js';
import type { FieldWidget } from './registry.js';
import { group } from './parts.js';
import { initialValue, joinPointer } from './values.js';

/** An array: an ordered list of items, each with move up / move down / remove, and an add button. */
export const arrayWidget: FieldWidget = {
  kinds: ['array'],
  render(f: IasFormField): TemplateResult {
    const node = f.node as ArrayNode;
    const list = Array.isArray(f.value) ? f.value : [];
    const itemName = f.text(node.items.title) ?? f.label;
    const canWrite = f.writable;
    const canAdd = canWrite && (node.maxItems === undefined || list.length < node.maxItems);
    // Removing or reordering would shift values the role cannot see or change (core's `canRearrange`).
    const canMove = canWrite && f.store.canRearrange(f.pointer, list);
    const canRemove = canMove && (node.minItems === undefined || list.length > node.minItems);
    const move = (from: number, to: number) => {
      const next = [...list];
      [next[from], next[to]] = [next[to], next[from]];
      f.focusAfterRender = `[data-i="${to}"] .${to < from ? (to === 0 ? 'down' : 'up') : to === list.length - 1 ? 'up' : 'down'}`;
      f.edit(next);
    };
    const remove = (i: number) => {
      const next = list.filter((_, j) => j !== i);
      f.announcement = f.t('removed', { name: f.t('item', { name: itemName, n: i + 1 }) });
      f.focusAfterRender = next.length === 0 ? '.add' : `[data-i="${Math.min(i, next.length - 1)}"] .remove`;
      f.edit(next);
    };
    const add = () => {
      f.focusAfterRender = `[data-i="${list.length}"] ias-form-field`;
      f.edit([...list, initialValue(node.items)]);
    };
    return group(
      f,
      html`${list.length === 0 ? html`<p class="empty">${f.t('empty')}</p>` : nothing}
        <ol class="items">
          ${list.map((item, i) => {
            const n = f.t('item', { name: itemName, n: i + 1 });
            return html`<li class="item" data-i=${i}>
              <ias-form-field
                .store=${f.store}
                .node=${node.items}
                .value=${item}
                .pointer=${joinPointer(f.pointer, String(i))}
                .name=${n}
                .locked=${!canWrite}
              ></ias-form-field>
              ${
                canMove
                  ? html`<div class="item-actions" role="group" aria-label=${n}>
                      <button
                        type="button"
                        class="up"
                        ?disabled=${i === 0}
                        aria-label="${f.t('moveUp')}: ${n}"
                        @click=${() => move(i, i - 1)}
                      >
                        ↑
                      </button>
                      <button
                        type="button"
                        class="down"
                        ?disabled=${i === list.length - 1}
                        aria-label="${f.t('moveDown')}: ${n}"
                        @click=${() => move(i, i + 1)}
                      >
                        ↓
                      </button>
                      <button
                        type="button"
                        class="remove"
                        ?disabled=${!canRemove}
                        aria-label="${f.t('remove')}: ${n}"
                        @click=${() => remove(i)}
                      >
                        ${f.t('remove')}
                      </button>
                    </div>`
                  : nothing
              }
            </li>`;
          })}
        </ol>
        ${canWrite ? html`<button type="button" class="add" ?disabled=${!canAdd} @click=${add}>${f.t('addNamed', { name: itemName })}</button>` : nothing}
        <div class="visually-hidden" role="status">${f.announcement}</div>`,
      'array',
    );
  },
};
