import { html, type TemplateResult } from 'lit';
import { addButton, checkbox, input, rowActions, section } from './fields.js';
import type { PlanView } from './view.js';
import { ptr } from './view-helpers.js';

/**
 * The consent section: when and in which language the person signed, with an interpreter, rights and duties
 * confirmed; then each recipient the person agreed to share data with (scope, dated), reorderable.
 */
export function renderConsent(v: PlanView): TemplateResult {
  const { t } = v.l10n;
  const consent = v.plan.consent;
  if (!consent)
    return section(
      v,
      'consent',
      html`<p class="muted">${t('noConsent')}</p>
        ${addButton(v, 'addConsent', () => v.edit.addConsent())}`,
    );
  const sharing = consent.dataSharing ?? [];
  return section(
    v,
    'consent',
    html`<div class="grid">
        ${input(v, '/consent/signedOn', 'signedOn', 'date', true)}
        ${input(v, '/consent/language', 'consentLanguage')}
        ${checkbox(v, '/consent/interpreter', 'interpreter')}
        ${checkbox(v, '/consent/rightsAndDutiesConfirmed', 'rightsAndDuties')}
      </div>
      <h3>${t('dataSharing')}</h3>
      ${
        sharing.length
          ? html`<ol class="items">
              ${sharing.map((d, i) => {
                const at = (...tokens: (string | number)[]) => ptr('consent', 'dataSharing', i, ...tokens);
                return html`<li part="row" class="item flat">
                  <div class="grid">
                    ${input(v, at('recipient'), 'recipient', 'text', true)}
                    ${input(v, at('scope'), 'scope', 'text', true)}
                    ${input(v, at('consentedOn'), 'consentedOn', 'date')}
                    ${input(v, at('validUntil'), 'validUntil', 'date')}
                  </div>
                  ${rowActions(v, '/consent/dataSharing', i, sharing.length, d.recipient || t('untitled'))}
                </li>`;
              })}
            </ol>`
          : html`<p class="muted">${t('noRecipients')}</p>`
      }
      ${addButton(v, 'addRecipient', () => v.edit.addRecipient())}`,
  );
}
