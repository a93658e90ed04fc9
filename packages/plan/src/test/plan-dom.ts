/**
 * DOM helpers shared by the tests of `<ias-integration-plan>`: mount the element with the test fixtures,
 * find a control by the JSON pointer of its value, type, choose and record `ias-change`.
 */
import { fixture, html } from '@open-wc/testing';
import type { IasIntegrationPlan } from '../integration-plan/integration-plan.js';
import type { IasPlanChangeEvent } from '../integration-plan/integration-plan.events.js';
import type { PlanValue } from '../integration-plan/integration-plan.types.js';
import '../integration-plan/define.js';
import { NOW, PROVIDERS, TODAY, USER } from './fixtures.js';

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
export const mount = (value: PlanValue | undefined, lang = 'en') =>
  fixture<IasIntegrationPlan>(
    html`<ias-integration-plan
      lang=${lang}
      today=${TODAY}
      now=${NOW}
      entry-date="2025-02-10"
      .user=${USER}
      .providers=${PROVIDERS}
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
