/**
 * A React page on @ias-kit/react: typed props and `on*` event handlers; the host keeps the case in state and
 * saves every edit. `kit-data.json` stands for the vendor's back end: one case and the Kurzassessment template.
 */
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { Case, Provider } from '@ias-kit/core';
// One entry point per element: the page ships only the elements it uses.
import { IasForm } from '@ias-kit/react/form';
import { IasCase } from '@ias-kit/react/case';
import { IasTimeline } from '@ias-kit/react/timeline';
import { IasTaskList } from '@ias-kit/react/task-list';
import { IasIntegrationPlan } from '@ias-kit/react/integration-plan';
import raw from './kit-data.json';

const data = raw as unknown as { today: string; case: Case; providers: Provider[]; template: object };
const saved: unknown[] = [];
// Read by the vendors' check (.tools/vendors-check.mjs); a real host sends these to its back end.
Object.assign(window, { __ias: { changes: saved } });

function App() {
  const [current, setCurrent] = useState<Case>(data.case);
  const [record, setRecord] = useState<unknown>({}); // the form's value: what the user typed so far
  const [count, setCount] = useState(0);
  const save = (value: unknown) => {
    saved.push(value);
    setCount(saved.length);
  };
  return (
    <>
      <label>
        Search (the vendor&apos;s own control) <input id="host-input" type="search" />
      </label>
      <h1 id="person">
        {current.person.firstName} {current.person.officialName}
      </h1>
      {/* userRole: the kit's templates restrict sections by role; without it a restricted form shows a notice. */}
      <IasForm
        schema={data.template}
        value={record}
        userRole="case_manager"
        onIasChange={(e) => {
          setRecord(e.value);
          save(e.value);
        }}
      />
      <p>
        Changes saved: <output id="changes">{count}</output>
      </p>
      <IasCase
        case={current}
        today={data.today}
        onIasCaseChange={(e) => {
          setCurrent(e.case);
          save(e.case);
        }}
      >
        <IasTimeline />
        <IasTaskList view="person" />
        <IasIntegrationPlan
          providers={data.providers}
          user={current.responsibleWorker}
          now={`${data.today}T09:00:00Z`}
          today={data.today}
        />
      </IasCase>
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
