/**
 * A plain page embedding the case workspace: register the elements, hand `<ias-case>` one case as a
 * property, listen for `ias-case-change` and store what comes back. No framework, no global CSS.
 */
import '@ias-kit/case/define.js';
import '@ias-kit/timeline/define.js';
import '@ias-kit/tasks/define.js';
import '@ias-kit/plan/define.js';
import type { Case } from '@ias-kit/core';
import { SAMPLE_CASES, SAMPLE_PROVIDERS, SAMPLE_TODAY } from '@ias-kit/core/testing/cases';

/** What the host saved, newest last (read by .tools/examples-check.mjs). */
export interface SavedEdit {
  source: string;
  caseId: string;
  plannedStarts: string[];
}
declare global {
  interface Window {
    __edits: SavedEdit[];
  }
}
window.__edits = [];

const sample: Case = SAMPLE_CASES.find((c) => c.id === 'c07') ?? SAMPLE_CASES[0]!;

const workspace = document.querySelector('ias-case')!;
workspace.case = sample; // data goes in as a property …
workspace.today = SAMPLE_TODAY;
const plan = document.querySelector('ias-integration-plan')!;
plan.providers = SAMPLE_PROVIDERS;
plan.user = sample.responsibleWorker;
plan.now = `${SAMPLE_TODAY}T09:00:00Z`;
plan.today = SAMPLE_TODAY;
document.querySelector('#person')!.textContent = `${sample.person.firstName} ${sample.person.officialName}`;

// … and every edit comes back as a bubbling, composed event: store `e.case` (here: list it).
workspace.addEventListener('ias-case-change', (e) => {
  const edit: SavedEdit = {
    source: e.source,
    caseId: e.case.id,
    plannedStarts: (e.case.plan?.measures ?? []).map((m) => m.plannedStart ?? ''),
  };
  window.__edits.push(edit);
  const item = document.createElement('li');
  item.textContent = `${edit.source}: measures start ${edit.plannedStarts.join(', ')}`;
  document.querySelector('#edits')!.append(item);
});
