import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { deriveTasks } from '@ias-kit/core/tasks';
import { currentStatus, type Case, type Locale } from '@ias-kit/core';
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

type Args = { caseId: string; locale: Locale };

/** The workspace's own section names (the elements inside bring their own strings). */
const SECTIONS: Record<Locale, Record<'timeline' | 'tasks' | 'assessment' | 'plan', string>> = {
  de: {
    timeline: 'Zeitachse',
    tasks: 'Aufgaben',
    assessment: 'Potenzialabklärung',
    plan: 'Integrationsplan',
  },
  fr: {
    timeline: 'Ligne du temps',
    tasks: 'Tâches',
    assessment: 'Évaluation du potentiel',
    plan: 'Plan d’intégration',
  },
  it: {
    timeline: 'Linea del tempo',
    tasks: 'Compiti',
    assessment: 'Valutazione del potenziale',
    plan: 'Piano d’integrazione',
  },
  en: { timeline: 'Timeline', tasks: 'Tasks', assessment: 'Potential assessment', plan: 'Integration plan' },
};

/** The latest SEM assessment of the case with the earlier ones as its history (when the case has any). */
const assessment = (c: Case, locale: Locale) => {
  const snapshots = c.assessments.filter((a) => a.templateId.startsWith('https://ias-kit.ch/schemas/forms/'));
  const latest = snapshots.at(-1);
  if (!latest) return '';
  return html`<section aria-label=${SECTIONS[locale].assessment} style="margin-block-start:1.5rem">
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
        'ias-case-exit',
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
 * the plan and it moves on the timeline and changes the tasks at once. Record an exit with the header's
 * "Austritt erfassen" (date, reason, the canton of a move): `<ias-case>` records it, the later milestones
 * show as ended and the reminders after it disappear. Every string follows the `locale` control.
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
        <ias-case-header exit-control></ias-case-header>
        <section aria-label=${SECTIONS[locale].timeline} style="margin-block-start:1rem">
          <ias-timeline></ias-timeline>
        </section>
        <section aria-label=${SECTIONS[locale].tasks} style="margin-block-start:1.5rem">
          <ias-task-list view="person"></ias-task-list>
        </section>
        ${assessment(c, locale)}
        <section aria-label=${SECTIONS[locale].plan} style="margin-block-start:1.5rem">
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

/** The same workspace in French: header, exit control, timeline, tasks, assessment and plan. */
export const WorkspaceFrench: StoryObj<Args> = { ...Workspace, args: { locale: 'fr' } };

/** The exit control open in the workspace (Italian): exit date, reason in words, the kit's controls. */
export const WorkspaceExitItalian: StoryObj<Args> = {
  ...Workspace,
  args: { locale: 'it' },
  play: async ({ canvasElement }) => {
    const header = canvasElement.querySelector('ias-case-header')!;
    await header.updateComplete;
    header.shadowRoot!.querySelector<HTMLElement>('[part="exit-toggle"]')!.click();
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
