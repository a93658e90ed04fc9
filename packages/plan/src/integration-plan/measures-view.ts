import { html, nothing, type TemplateResult } from 'lit';
import {
  ENDED_MEASURE_STATUSES,
  FINANCING_SOURCES,
  MEASURE_OUTCOMES,
  MEASURE_STATUS_TRANSITIONS,
  MEASURE_STATUSES,
  MEASURE_TYPES,
  TARIFF_TYPES,
} from '@ias-kit/core';
import type { IasTimelineSelectEvent } from '@ias-kit/timeline';
import { toggledGoalIds } from '../model/inputs.js';
import { renderDocuments } from './documents-view.js';
import { checkbox, enumLabel, enumOptions, input, messages, select, type Option } from './fields.js';
import type { PlanMeasure } from './integration-plan.types.js';
import { renderItemList } from './item-list.js';
import { OUTCOMES_NEEDING_REASON, resolveProvider } from './rules.js';
import type { PlanView } from './view.js';
import { dateText, fid, ptr } from './view-helpers.js';

const includes = (values: readonly string[], value: unknown): boolean => values.includes(value as string);

/**
 * The measures section: the time strip, then each measure's type, title, status (only the allowed
 * transitions), provider and offer with free places, dates, pensum, cost, outcome and reason, the goals it
 * serves, notes and documents.
 */
export function renderMeasures(v: PlanView): TemplateResult {
  const { t } = v.l10n;
  return renderItemList<PlanMeasure>(
    v,
    'measures',
    v.plan.measures ?? [],
    (m, i, at) => {
      const name = m.title?.trim() || t('untitled');
      const next = includes(MEASURE_STATUSES, m.status)
        ? MEASURE_STATUS_TRANSITIONS[m.status]
        : MEASURE_STATUSES;
      const statusOptions = enumOptions(
        v,
        MEASURE_STATUSES.filter((s) => s === m.status || includes(next, s)),
        'measureStatus',
      );
      const showOutcome = includes(ENDED_MEASURE_STATUSES, m.status) || m.outcome !== undefined;
      const needsReason = includes(OUTCOMES_NEEDING_REASON, m.outcome ?? '') || m.outcomeReason !== undefined;
      const start = m.actualStart ?? m.plannedStart;
      const end = m.actualEnd ?? m.plannedEnd;
      const resolved = resolveProvider(m, v.providers);
      const providerName = resolved.unknownProvider
        ? t('providerUnknown', { id: resolved.unknownProvider })
        : (resolved.provider?.name ?? m.provider?.name);
      return {
        id: m.id,
        name,
        className: `status-${m.status}`,
        title: `${enumLabel(v, 'measureType', m.type)}: ${name}`,
        meta: `${enumLabel(v, 'measureStatus', m.status)}${
          start || end ? ` · ${dateText(start)}–${dateText(end)}` : ''
        }${providerName ? ` · ${providerName}` : ''}`,
        fields: html`${select(v, at('type'), 'measureType', enumOptions(v, MEASURE_TYPES, 'measureType'))}
          ${input(v, at('title'), 'title', 'text', true)}
          ${select(v, at('status'), 'measureStatus', statusOptions, { onChange: (el) => v.edit.status(i, el) })}
          ${renderProvider(v, m, i)} ${input(v, at('plannedStart'), 'plannedStart', 'date')}
          ${input(v, at('plannedEnd'), 'plannedEnd', 'date')}
          ${input(v, at('actualStart'), 'actualStart', 'date')}
          ${input(v, at('actualEnd'), 'actualEnd', 'date')}
          ${input(v, at('pensumPercent'), 'pensum', 'number')}
          ${input(v, at('cost', 'amountChf'), 'cost', 'number')}
          ${select(v, at('cost', 'tariffType'), 'tariffType', enumOptions(v, TARIFF_TYPES, 'tariff'), {
            empty: t('none'),
          })}
          ${select(v, at('cost', 'financing'), 'financing', enumOptions(v, FINANCING_SOURCES, 'financing'), {
            empty: t('none'),
          })}
          ${
            showOutcome
              ? select(v, at('outcome'), 'outcome', enumOptions(v, MEASURE_OUTCOMES, 'outcome'), {
                  empty: t('outcomeNone'),
                })
              : nothing
          }
          ${
            needsReason
              ? html`<div class="wide">
                  ${input(v, at('outcomeReason'), 'outcomeReason', 'textarea', true)}
                </div>`
              : nothing
          }
          ${goalLinks(v, m.goalIds, i)} ${checkbox(v, at('certificate'), 'certificate')}
          <div class="wide">${input(v, at('notes'), 'notes', 'textarea')}</div>
          <div class="wide">${input(v, at('clientPerception'), 'clientPerception', 'textarea')}</div>`,
        after: renderDocuments(v, { kind: 'measure', id: m.id, pointer: at() }, m.documents),
      };
    },
    renderStrip(v),
  );
}

/** The compact time strip of the measures since entry (none without an entry date). */
function renderStrip(v: PlanView): TemplateResult | typeof nothing {
  const entry = v.entryDate;
  if (!entry) return nothing;
  const label = v.l10n.t('timeStrip');
  // the compact strip: the case (for the horizon) with the entry date and the plan being edited on top
  return html`<div class="strip" part="strip">
    <h3>${label}</h3>
    <ias-timeline
      compact
      .case=${v.case}
      .plan=${v.plan}
      entry-date=${entry}
      today=${v.today ?? nothing}
      locale=${v.l10n.locale}
      label=${label}
      @ias-timeline-select=${(e: IasTimelineSelectEvent) => {
        if (e.item.kind === 'measure') v.edit.showMeasure(e.item.measure.id);
      }}
    ></ias-timeline>
  </div>`;
}

/** The provider select (with its UID) and, once a provider is chosen, its offers with their free places. */
function renderProvider(v: PlanView, m: PlanMeasure, i: number): TemplateResult {
  const { t } = v.l10n;
  const at = (...tokens: (string | number)[]) => ptr('measures', i, ...tokens);
  const resolved = resolveProvider(m, v.providers);
  const providerOptions: Option[] = (v.providers ?? []).map((p) => [
    p.id,
    `${p.name} (${t(p.accredited ? 'accredited' : 'notAccredited')})`,
  ]);
  const current = m.provider?.providerId ?? '';
  if (resolved.unknownProvider)
    providerOptions.unshift([current, t('providerUnknown', { id: resolved.unknownProvider })]);
  const providerId = fid(at('provider'));
  const places = (o: { freePlaces: number; capacity: number }) =>
    t('offerPlaces', { free: o.freePlaces, capacity: o.capacity });
  const offerOptions: Option[] = (resolved.provider?.offers ?? []).map((o) => [
    o.id,
    `${o.title} – ${o.freePlaces > 0 ? places(o) : t('offerFull')}`,
  ]);
  const offer = resolved.offer;
  return html`<div class="field">
      <label for=${providerId}>${t('provider')}</label>
      <select
        id=${providerId}
        ?disabled=${v.readonly}
        aria-describedby=${v.issuesByPointer.has(at('provider')) ? `${providerId}-msg` : nothing}
        @change=${(e: Event) => v.edit.provider(i, (e.target as HTMLSelectElement).value)}
      >
        <option value="" ?selected=${current === ''}>
          ${m.provider && !current ? m.provider.name : t('providerNone')}
        </option>
        ${providerOptions.map(
          ([value, text]) => html`<option value=${value} ?selected=${value === current}>${text}</option>`,
        )}
      </select>
      ${resolved.provider?.uid ? html`<p class="hint">UID ${resolved.provider.uid}</p>` : nothing}
      ${messages(v, at('provider'), providerId)}
    </div>
    ${
      resolved.provider || resolved.unknownOffer
        ? select(v, at('offerId'), 'offer', offerOptions, {
            empty: t('offerNone'),
            onChange: (el) => v.edit.offer(i, el.value),
            extra: offer
              ? html`<p part="capacity" class="capacity ${offer.freePlaces > 0 ? 'ok' : 'full'}">
                  ${offer.freePlaces > 0 ? places(offer) : t('offerFullLong', { capacity: offer.capacity })}
                </p>`
              : undefined,
          })
        : nothing
    }`;
}

/** Checkboxes linking a measure to the plan goals it serves; ids of goals not in the plan are kept. */
function goalLinks(
  v: PlanView,
  goalIds: string[] | undefined,
  index: number,
): TemplateResult | typeof nothing {
  const goals = v.plan.goals ?? [];
  if (!goals.length) return nothing;
  const linked = Array.isArray(goalIds) ? goalIds : [];
  return html`<fieldset class="wide goals">
    <legend>${v.l10n.t('servesGoals')}</legend>
    ${goals.map((g, gi) => {
      const id = fid(ptr('measures', index, 'goalIds', gi));
      return html`<div class="field check">
        <input
          id=${id}
          type="checkbox"
          .checked=${linked.includes(g.id)}
          ?disabled=${v.readonly}
          @change=${(e: Event) =>
            v.edit.set(
              ptr('measures', index, 'goalIds'),
              toggledGoalIds(goals, linked, g.id, (e.target as HTMLInputElement).checked),
            )}
        />
        <label for=${id}>${g.text?.trim() || v.l10n.t('untitled')}</label>
      </div>`;
    })}
  </fieldset>`;
}
