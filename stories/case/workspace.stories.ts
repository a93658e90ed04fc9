import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { deriveTasks } from '@ias-kit/core/tasks';
import {
  CANTONS,
  currentStatus,
  EXIT_REASONS,
  formatDate,
  type Canton,
  type Case,
  type ExitReason,
} from '@ias-kit/core';
import '@ias-kit/case/define.js';
import '@ias-kit/case/case-header/define.js';
import '@ias-kit/timeline/define.js';
import '@ias-kit/tasks/define.js';
import { taskPeople } from '@ias-kit/tasks';
import '@ias-kit/plan/define.js';
import '@ias-kit/assessment/define.js';
import { overlays, templates } from '../assessment/samples.js';
import {
  manyCases,
  SAMPLE_CASES,
  SAMPLE_PROVIDERS,
  SAMPLE_TODAY,
  SAMPLE_WORKERS,
} from '@ias-kit/core/testing/cases';

type Args = { caseId: string; locale: string };

const EXIT_LABELS: Record<ExitReason, string> = {
  departure: 'Ausreise',
  'moved-canton': 'Wegzug in anderen Kanton',
  naturalisation: 'Einbürgerung',
  'ordinary-permit': 'Ordentliche Bewilligung',
  'end-of-responsibility': 'Ende der IAS-Zuständigkeit',
  death: 'Tod',
};

/**
 * Entering an exit: a dated fact in the status history, recorded by `<ias-case>`
 * (`recordStatusEntry`). The timeline ends the horizon, the task list drops the reminders after it,
 * and `ias-case-change` carries the case for the host to store.
 */
const exitForm = () => {
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const exit = data.get('exit') as ExitReason;
    const validFrom = String(data.get('validFrom'));
    const canton = data.get('canton') as Canton;
    const out = form.querySelector('output')!;
    try {
      form
        .closest('ias-case')!
        .recordStatusEntry(exit === 'moved-canton' ? { exit, validFrom, canton } : { exit, validFrom });
      out.textContent = `${EXIT_LABELS[exit]} ab ${formatDate(validFrom)} erfasst.`;
    } catch (error) {
      out.textContent = error instanceof Error ? error.message : String(error);
    }
  };
  return html`<form
    @submit=${submit}
    aria-label="Austritt erfassen"
    style="display:flex;flex-wrap:wrap;gap:.5rem;align-items:end;margin-block:.75rem"
  >
    <label
      >Austritt
      <select name="exit">
        ${EXIT_REASONS.map((r) => html`<option value=${r}>${EXIT_LABELS[r]}</option>`)}
      </select></label
    >
    <label>Datum <input type="date" name="validFrom" required value=${SAMPLE_TODAY} /></label>
    <label
      >Neuer Kanton (bei Wegzug)
      <select name="canton">
        ${CANTONS.map((k) => html`<option>${k}</option>`)}
      </select></label
    >
    <button type="submit">Austritt erfassen</button>
    <output></output>
  </form>`;
};

/** The latest SEM assessment of the case with the earlier ones as its history (when the case has any). */
const assessment = (c: Case) => {
  const snapshots = c.assessments.filter((a) => a.templateId.startsWith('https://ias-kit.ch/schemas/forms/'));
  const latest = snapshots.at(-1);
  if (!latest) return '';
  return html`<section aria-label="Potenzialabklärung" style="margin-block-start:1.5rem">
    <ias-assessment
      .templates=${templates}
      .overlays=${overlays}
      .value=${latest}
      .history=${snapshots.slice(0, -1)}
      .person=${{
        name: `${c.person.firstName} ${c.person.officialName}`,
        birthDate: c.person.dateOfBirth,
        status: currentStatus(c.statusHistory),
        entryDate: c.entryDate,
      }}
      user-role="case_manager"
      today=${SAMPLE_TODAY}
    ></ias-assessment>
  </section>`;
};

const meta: Meta<Args> = {
  title: 'Patterns/Case workspace',
  argTypes: {
    caseId: { control: 'select', options: SAMPLE_CASES.map((c) => c.id) },
    locale: { control: 'inline-radio', options: ['de', 'fr', 'it', 'en'] },
  },
  args: { caseId: 'c10', locale: 'de' },
  parameters: {
    layout: 'padded',
    actions: {
      handles: [
        'ias-case-change',
        'ias-timeline-select',
        'ias-task-open',
        'ias-task-complete',
        'ias-task-snooze',
        'ias-task-reassign',
        'ias-task-undo',
      ],
    },
  },
};
export default meta;

/**
 * One invented person's case file: `<ias-case-header>`, the 5/7-year timeline (one: the plan editor's strip is
 * hidden through `::part(strip)`), derived tasks, SEM assessment (for cases that
 * have one, e.g. c10) and the plan editor inside one
 * `<ias-case>`, which shares the case with every element through `@lit/context`: edit a measure's dates in
 * the plan and it moves on the timeline and changes the tasks at once. Enter an exit below the header
 * (departure, move to another canton, naturalisation, ...): the later milestones show as ended and the
 * reminders after it disappear.
 */
export const Workspace: StoryObj<Args> = {
  render: ({ caseId, locale }) => {
    const c = SAMPLE_CASES.find((x) => x.id === caseId) ?? SAMPLE_CASES[0]!;
    // One timeline: the plan editor's own compact strip is hidden through its part, the full chart stays.
    return html`<style>
        .workspace ias-integration-plan::part(strip) {
          display: none;
        }
      </style>
      <ias-case class="workspace" .case=${c} today=${SAMPLE_TODAY} lang=${locale}>
        <ias-case-header></ias-case-header>
        ${exitForm()}
        <section aria-label="Zeitachse"><ias-timeline></ias-timeline></section>
        <section aria-label="Aufgaben" style="margin-block-start:1.5rem">
          <ias-task-list view="person"></ias-task-list>
        </section>
        ${assessment(c)}
        <section aria-label="Integrationsplan" style="margin-block-start:1.5rem">
          <ias-integration-plan
            .providers=${SAMPLE_PROVIDERS}
            .user=${c.responsibleWorker}
            now="${SAMPLE_TODAY}T09:00:00Z"
            today=${SAMPLE_TODAY}
          ></ias-integration-plan>
        </section>
      </ias-case>`;
  },
};

/** A worker's cockpit over 200 invented cases (the twenty sample cases, repeated with new ids). */
export const Cockpit: StoryObj<Args> = {
  render: ({ locale }) => {
    const cases = manyCases(200);
    const tasks = deriveTasks({ today: SAMPLE_TODAY, cases, onCaseError: () => undefined });
    return html`<ias-task-list
      lang=${locale}
      view="worker"
      .tasks=${tasks}
      .people=${taskPeople(cases)}
      .workers=${[...SAMPLE_WORKERS]}
      today=${SAMPLE_TODAY}
    ></ias-task-list>`;
  },
};

/** The team view: caseload per worker (open tasks, reds, persons) over the twenty cases. */
export const Team: StoryObj<Args> = {
  render: ({ locale }) => {
    const tasks = deriveTasks({ today: SAMPLE_TODAY, cases: SAMPLE_CASES, onCaseError: () => undefined });
    return html`<ias-task-list
      lang=${locale}
      view="team"
      .tasks=${tasks}
      .people=${taskPeople(SAMPLE_CASES)}
      .workers=${[...SAMPLE_WORKERS]}
      today=${SAMPLE_TODAY}
    ></ias-task-list>`;
  },
};
