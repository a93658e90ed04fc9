import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { renderMarker } from './chart-svg.js';
import type { ItemText } from './item-text.js';
import type { TimelineModel } from './model.js';
import type { TimelineKey } from './timeline.l10n.js';
import type { TimelineItem } from './timeline.types.js';

type T = (key: TimelineKey, params?: Record<string, string | number>) => string;

const swatch = (content: SVGTemplateResult) =>
  html`<svg class="swatch" viewBox="0 0 28 20" width="28" height="20" aria-hidden="true" focusable="false">
    ${content}
  </svg>`;

/**
 * The legend of every shape, line and glyph, shown with the chart and with the table (so the ✓ ▶ ✕ ○
 * of the labels and the table are explained in both views).
 */
export function renderLegend(t: T, compact: boolean): TemplateResult {
  const entries: [SVGTemplateResult, string][] = [
    [
      svg`<rect class="planned" x="1" y="3" width="26" height="14" rx="2"></rect><rect class="actual" x="1" y="6" width="16" height="8" rx="2"></rect><path class="actual" d="M19,4l6,6l-6,6z"></path>`,
      t('legend.bars'),
    ],
  ];
  if (!compact) {
    entries.push(
      [renderMarker({ kind: 'milestone', state: 'reached' }, 14, 10), t('legend.milestone')],
      [renderMarker({ kind: 'review' }, 14, 10), t('legend.review')],
      [renderMarker({ kind: 'assessment' }, 14, 10), t('legend.assessment')],
      [renderMarker({ kind: 'task' }, 14, 10), t('legend.task')],
      [renderMarker({ kind: 'status' }, 14, 10), t('legend.status')],
      [
        svg`<line class="entry-line" x1="6" x2="6" y1="0" y2="20"></line><line class="today-line" x1="18" x2="18" y1="0" y2="20"></line>`,
        t('legend.lines'),
      ],
    );
  }
  return html`<div part="legend" class="legend">
    <h3 class="legend-title">${t('legend')}</h3>
    <ul>
      ${entries.map(([shape, text]) => html`<li>${swatch(shape)}<span>${text}</span></li>`)}
      <li><span>${t('legend.glyphs')}</span></li>
    </ul>
  </div>`;
}

/** The table alternative: every item with its kind, name, dates and state (the chart's text, in rows). */
export function renderTable(
  t: T,
  text: ItemText,
  model: TimelineModel,
  opts: { caption: string; hidden: boolean; empty: string; select: (item: TimelineItem) => void },
): TemplateResult {
  const { hidden } = opts;
  return html`<div
    part="table"
    class=${hidden ? 'visually-hidden' : 'table-wrap'}
    role=${hidden ? nothing : 'region'}
    aria-label=${hidden ? nothing : opts.caption}
    tabindex=${hidden ? nothing : 0}
  >
    <table>
      <caption>
        ${opts.caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('colKind')}</th>
          <th scope="col">${t('colItem')}</th>
          <th scope="col">${t('colDate')}</th>
          <th scope="col">${t('colState')}</th>
        </tr>
      </thead>
      <tbody>
        ${
          model.items.length
            ? model.items.map(
                (item) =>
                  html`<tr data-key=${item.key}>
                    <td>${t(`kind.${item.kind}`)}</td>
                    <td>
                      ${
                        hidden
                          ? text.itemName(item)
                          : html`<button type="button" @click=${() => opts.select(item)}>
                              ${text.itemName(item)}
                            </button>`
                      }
                    </td>
                    <td>${text.itemDates(item)}</td>
                    <td>${[text.itemState(item), text.problemText(item)].filter(Boolean).join(' – ')}</td>
                  </tr>`,
              )
            : html`<tr>
                <td colspan="4">${opts.empty}</td>
              </tr>`
        }
      </tbody>
    </table>
  </div>`;
}
