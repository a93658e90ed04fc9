/**
 * A small React page on @ias-kit/react: the case workspace with typed props and `on*` event handlers.
 * The host keeps the case in state and records every edit, as a vendor would save it.
 */
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { Case } from '@ias-kit/core';
import type { IasCaseChangeEvent } from '@ias-kit/case';
import { IasCase, IasIntegrationPlan, IasTaskList, IasTimeline } from '@ias-kit/react';
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

function App() {
  const [current, setCurrent] = useState<Case>(sample);
  const [edits, setEdits] = useState<SavedEdit[]>([]);
  const onIasCaseChange = (e: IasCaseChangeEvent) => {
    const edit: SavedEdit = {
      source: e.source,
      caseId: e.case.id,
      plannedStarts: (e.case.plan?.measures ?? []).map((m) => m.plannedStart ?? ''),
    };
    window.__edits.push(edit);
    setCurrent(e.case); // the host's copy; save it to your back end here
    setEdits((list) => [...list, edit]);
  };
  return (
    <>
      <div className="vendor-bar">
        <strong>Vendor case system (React)</strong>{' '}
        <label>
          Search (the vendor&apos;s own control) <input id="host-input" type="search" />
        </label>
      </div>
      <main>
        <h1 id="person">
          {current.person.firstName} {current.person.officialName}
        </h1>
        <IasCase case={current} today={SAMPLE_TODAY} onIasCaseChange={onIasCaseChange}>
          <section aria-label="Zeitachse">
            <IasTimeline />
          </section>
          <section aria-label="Aufgaben">
            <IasTaskList view="person" />
          </section>
          <section aria-label="Integrationsplan">
            <IasIntegrationPlan
              providers={SAMPLE_PROVIDERS}
              user={sample.responsibleWorker}
              now={`${SAMPLE_TODAY}T09:00:00Z`}
              today={SAMPLE_TODAY}
            />
          </section>
        </IasCase>
        <h2>Saved edits (the host&apos;s onIasCaseChange handler)</h2>
        <ol id="edits">
          {edits.map((edit, i) => (
            <li key={i}>
              {edit.source}: measures start {edit.plannedStarts.join(', ')}
            </li>
          ))}
        </ol>
      </main>
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
