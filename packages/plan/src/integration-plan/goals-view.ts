import { html, type TemplateResult } from 'lit';
import { GOAL_DOMAINS, GOAL_STATUSES, IAS_GOALS } from '@ias-kit/core';
import { renderDocuments } from './documents-view.js';
import { enumLabel, enumOptions, input, select } from './fields.js';
import type { PlanGoal } from './integration-plan.types.js';
import { renderItemList } from './item-list.js';
import type { PlanView } from './view.js';
import { dateText } from './view-helpers.js';

/** The goals section: each goal's domain, IAS goal, SMART text, indicator, target date, status and documents. */
export function renderGoals(v: PlanView): TemplateResult {
  const { t } = v.l10n;
  return renderItemList<PlanGoal>(v, 'goals', v.plan.goals ?? [], (g, _i, at) => {
    const name = g.text?.trim() || t('untitled');
    return {
      id: g.id,
      name,
      title: `${enumLabel(v, 'domain', g.domain)}: ${name}`,
      meta: `${enumLabel(v, 'goalStatus', g.status)}${g.targetDate ? ` · ${dateText(g.targetDate)}` : ''}`,
      fields: html`${select(v, at('domain'), 'domain', enumOptions(v, GOAL_DOMAINS, 'domain'))}
        ${select(v, at('iasGoal'), 'iasGoal', enumOptions(v, IAS_GOALS, 'iasGoal'), {
          empty: t('none'),
          numeric: true,
        })}
        <div class="wide">${input(v, at('text'), 'goalText', 'textarea', true)}</div>
        ${input(v, at('indicator'), 'indicator')} ${input(v, at('targetDate'), 'targetDate', 'date')}
        ${select(v, at('status'), 'goalStatus', enumOptions(v, GOAL_STATUSES, 'goalStatus'))}
        ${input(v, at('degreeAchieved'), 'degreeAchieved', 'number')}`,
      after: renderDocuments(v, { kind: 'goal', id: g.id, pointer: at() }, g.documents),
    };
  });
}
