/**
 * DOM helpers shared by the tests of `<ias-integration-plan>`: mount the element on the kit's sample cases
 * and providers (`@ias-kit/core/testing/cases`), find a control by the JSON pointer of its value, type,
 * choose and record `ias-change`.
 */
import { fixture, html } from '@open-wc/testing';
import type { IasIntegrationPlan } from '../integration-plan/integration-plan.js';
import type { IasPlanChangeEvent } from '../integration-plan/integration-plan.events.js';
import type { PlanValue } from '../integration-plan/integration-plan.types.js';
import '../integration-plan/define.js';
import type { Case, Provider } from '@ias-kit/core';
import { SAMPLE_CASES, SAMPLE_PROVIDERS, SAMPLE_TODAY, SAMPLE_WORKERS } from '@ias-kit/core/testing/cases';

/** The reference date of the sample cases, a time on it, and the first sample case worker as the editor. */
export const TODAY = SAMPLE_TODAY;
export const NOW = `${SAMPLE_TODAY}T09:30:00+01:00`;
export const USER = SAMPLE_WORKERS[0]!;
export const PROVIDERS = SAMPLE_PROVIDERS;

/** A fresh copy of sample case `id` (`c01` … `c20`), free to modify in a test. */
export const sampleCase = (id: string): Case => structuredClone(SAMPLE_CASES.find((c) => c.id === id)!);
/** A fresh copy of the plan of sample case `id`. */
export const samplePlan = (id: string) => sampleCase(id).plan as PlanValue;
/** The new draft a host starts for a sample person without a plan yet (`c11`). */
export const emptyPlan = (): PlanValue => {
  const { person } = sampleCase('c11');
  return {
    id: 'plan-c11',
    personId: person.id,
    version: 1,
    status: 'entwurf',
    validFrom: TODAY,
    caseManager: USER,
    goals: [],
    measures: [],
    reviews: [],
  };
};
/** The entry date of the sample person a plan belongs to. */
const entryOf = (plan: PlanValue | undefined) =>
  SAMPLE_CASES.find((c) => c.person.id === plan?.personId)?.entryDate ?? '';

export const root = (el: IasIntegrationPlan) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: IasIntegrationPlan, selector: string) =>
  root(el).querySelector<T & Element>(selector)!;
export const field = <T extends Element = HTMLInputElement>(el: IasIntegrationPlan, pointer: string) =>
  $<T>(el, `#f${pointer.replace(/\//g, '-')}`);
export const messages = (el: IasIntegrationPlan, pointer: string) =>
  root(el)
    .querySelector(`#f${pointer.replace(/\//g, '-')}-msg`)
    ?.textContent?.replace(/\s+/g, ' ')
    .trim() ?? '';
export const openAll = async (el: IasIntegrationPlan) => {
  root(el)
    .querySelectorAll('details')
    .forEach((d) => (d.open = true));
  await el.updateComplete;
};
/** Mounts a plan with the sample providers, the sample reference date and its person's entry date. */
export const mount = (value: PlanValue | undefined, lang = 'en', providers: Provider[] = PROVIDERS) =>
  fixture<IasIntegrationPlan>(
    html`<ias-integration-plan
      lang=${lang}
      today=${TODAY}
      now=${NOW}
      entry-date=${entryOf(value)}
      .user=${USER}
      .providers=${providers}
      .value=${value}
    ></ias-integration-plan>`,
  );
/** Types `text` into a control and commits it like a user leaving the field. */
export const type = async (
  el: IasIntegrationPlan,
  control: HTMLInputElement | HTMLTextAreaElement,
  text: string,
) => {
  control.value = text;
  control.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
};
export const choose = async (el: IasIntegrationPlan, control: HTMLSelectElement, value: string) => {
  control.value = value;
  control.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
};
export const lastChange = (events: Event[]) => events[events.length - 1] as IasPlanChangeEvent;
export const record = (el: IasIntegrationPlan) => {
  const events: IasPlanChangeEvent[] = [];
  el.addEventListener('ias-change', (e) => events.push(e as IasPlanChangeEvent));
  return events;
};
