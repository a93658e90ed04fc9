/**
 * A plain page (Vite, no framework): import each element's `define.js` (it registers the element and brings
 * the types of its events), hand data over as properties, listen for the `ias-*` events and store what
 * comes back. `kit-data.json` stands for the vendor's back end: one case and the Kurzassessment template.
 */
import '@ias-kit/form/define.js';
import '@ias-kit/case/define.js';
import '@ias-kit/timeline/define.js';
import '@ias-kit/tasks/define.js';
import '@ias-kit/plan/define.js';
import type { Case, Provider } from '@ias-kit/core';
import raw from './kit-data.json';

const data = raw as unknown as { today: string; case: Case; providers: Provider[]; template: object };
const saved: unknown[] = [];
// Read by the vendors' check (.tools/vendors-check.mjs); a real host sends these to its back end.
Object.assign(window, { __ias: { changes: saved } });

const form = document.querySelector('ias-form')!;
form.schema = data.template;
form.value = {};
form.addEventListener('ias-change', (e) => {
  saved.push(e.value); // typed: the whole form value, with e.valid and e.errors
  document.querySelector('#changes')!.textContent = String(saved.length);
});

const workspace = document.querySelector('ias-case')!;
workspace.case = data.case;
workspace.today = data.today;
workspace.addEventListener('ias-case-change', (e) => saved.push(e.case));
const plan = document.querySelector('ias-integration-plan')!;
plan.providers = data.providers;
plan.today = data.today;
plan.user = data.case.responsibleWorker;
plan.now = `${data.today}T09:00:00Z`;
document.querySelector('#person')!.textContent =
  `${data.case.person.firstName} ${data.case.person.officialName}`;
