import { html, type TemplateResult } from 'lit';
import { PLAN_STATUSES } from '@ias-kit/core';
import { actorField, enumOptions, input, section, select } from './fields.js';
import type { PlanView } from './view.js';

/** The plan section: the plan's status, validity, case manager, next review and participating offices. */
export function renderStatus(v: PlanView): TemplateResult {
  return section(
    v,
    'plan',
    html`<div class="grid">
      ${select(v, '/status', 'planStatus', enumOptions(v, PLAN_STATUSES, 'planStatus'))}
      ${input(v, '/validFrom', 'validFrom', 'date', true)} ${input(v, '/validTo', 'validTo', 'date')}
      ${input(v, '/caseManager/name', 'caseManager', 'text', true)}
      ${input(v, '/nextReview', 'nextReview', 'date')} ${actorField(v, '/participants', 'participants')}
    </div>`,
  );
}
