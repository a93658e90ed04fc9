import { html, nothing, type TemplateResult } from 'lit';
import type { ListName } from '../model/inputs.js';
import type { PlanKey } from './integration-plan.l10n.js';
import { addButton, issueBadge, rowActions, section } from './fields.js';
import type { PlanView } from './view.js';
import { fid, ptr } from './view-helpers.js';

/** How one goal, measure or review shows in its list. */
export interface ItemRow {
  /** The item's id (which rows are expanded). */
  id: string;
  /** Its name in the move and remove buttons' labels and the announcements. */
  name: string;
  /** The summary line: a title, and the state at a glance. */
  title: string;
  meta: string;
  /** More classes of the row (e.g. the measure's status). */
  className?: string;
  /** The fields, in the row's grid. */
  fields: unknown;
  /** What follows the fields (e.g. the documents). */
  after?: unknown;
}

/** Item `i`'s row; `at(...)` is the pointer of one of its members. */
export type RowOf<T> = (item: T, i: number, at: (...tokens: (string | number)[]) => string) => ItemRow;

/** The text of an empty list and the label of its add button. */
const TEXTS: Record<ListName, [empty: PlanKey, add: PlanKey]> = {
  goals: ['noGoals', 'addGoal'],
  measures: ['noMeasures', 'addMeasure'],
  reviews: ['noReviews', 'addReview'],
};

/**
 * A section listing goals, measures or reviews: each a collapsible row (summary with title, state and
 * issue badge; the fields; move and remove buttons), the text for an empty list and the add button.
 */
export function renderItemList<T>(
  v: PlanView,
  list: ListName,
  items: readonly T[],
  row: RowOf<T>,
  /** Shown above the list (e.g. the measures' time strip). */
  before?: unknown,
): TemplateResult {
  const [empty, add] = TEXTS[list];
  return section(
    v,
    list,
    html`${before ?? nothing}${
      items.length
        ? html`<ol class="items">
            ${items.map((item, i) => {
              const at = (...t: (string | number)[]) => ptr(list, i, ...t);
              const r = row(item, i, at);
              return html`<li part="row" class=${r.className ? `item ${r.className}` : 'item'}>
                <details ?open=${v.isOpen(r.id)}>
                  <summary id=${`summary-${fid(at())}`}>
                    <span class="title">${r.title}</span>
                    <span class="meta">${r.meta}</span>
                    ${issueBadge(v, at())}
                  </summary>
                  <div class="grid">${r.fields}</div>
                  ${r.after ?? nothing} ${rowActions(v, `/${list}`, i, items.length, r.name)}
                </details>
              </li>`;
            })}
          </ol>`
        : html`<p class="muted">${v.l10n.t(empty)}</p>`
    }
    ${addButton(v, add, () => v.edit.add(list))}`,
    items.length,
  );
}
