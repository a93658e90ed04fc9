import { html, type TemplateResult } from 'lit';
import { linesOf } from '../model/inputs.js';
import { actorField, input } from './fields.js';
import type { Review } from '@ias-kit/core';
import { renderItemList } from './item-list.js';
import type { PlanView } from './view.js';
import { dateText, fid, short } from './view-helpers.js';

/** The reviews section (Standortbestimmungen): each review's date, next date, participants, summary and decisions. */
export function renderReviews(v: PlanView): TemplateResult {
  const { t } = v.l10n;
  return renderItemList<Review>(v, 'reviews', v.plan.reviews ?? [], (r, _i, at) => {
    const name = t('reviewOf', { date: dateText(r.date) || '?' });
    const decisionsId = fid(at('decisions'));
    return {
      id: r.id,
      name,
      title: name,
      meta: r.summary ? short(r.summary) : '',
      fields: html`${input(v, at('date'), 'reviewDate', 'date', true)}
        ${input(v, at('nextDate'), 'nextDate', 'date')}
        ${actorField(v, at('participants'), 'reviewParticipants')}
        <div class="wide">${input(v, at('summary'), 'summary', 'textarea')}</div>
        <div class="field wide">
          <label for=${decisionsId}>${t('decisions')}</label>
          <textarea
            id=${decisionsId}
            rows="3"
            .value=${Array.isArray(r.decisions) ? r.decisions.join('\n') : ''}
            ?readonly=${v.readonly}
            @change=${(e: Event) => v.edit.set(at('decisions'), linesOf((e.target as HTMLTextAreaElement).value))}
          ></textarea>
        </div>`,
    };
  });
}
