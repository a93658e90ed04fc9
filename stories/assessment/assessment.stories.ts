import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { AssessmentSnapshot } from '@ias-kit/core';
import { ASSESSMENT_MODES, ASSESSMENT_ROLES, type AssessmentPerson } from '@ias-kit/assessment';
import '@ias-kit/assessment/define.js';
import { badOverlayId, blank, dawit, mariam, overlays, samira, snapshot, templates } from './samples.js';

type Args = {
  value: AssessmentSnapshot;
  history: AssessmentSnapshot[];
  person?: AssessmentPerson;
  locale: string;
  userRole: string | null;
  mode: (typeof ASSESSMENT_MODES)[number];
  view?: string;
  today?: string;
  /** The host refuses `ias-assessment-complete` (for example because its server is offline). */
  veto?: boolean;
};

const K = 'https://ias-kit.ch/schemas/forms/sem-kurzassessment';

const meta: Meta<Args> = {
  title: 'Components/Assessment/Assessment',
  component: 'ias-assessment',
  argTypes: {
    locale: { control: 'inline-radio', options: ['de', 'fr', 'it', 'en'] },
    userRole: { control: 'inline-radio', options: [...ASSESSMENT_ROLES, null] },
    mode: { control: 'inline-radio', options: ASSESSMENT_MODES },
  },
  args: {
    value: snapshot('ka-2025-01'),
    history: samira.snapshots,
    person: samira.person,
    locale: 'de',
    userRole: 'case_manager',
    mode: 'edit',
    today: '2025-01-20',
  },
  parameters: {
    actions: {
      handles: [
        'ias-change',
        'ias-assessment-complete',
        'ias-schema-error',
        'ias-assessment-print-request',
        'ias-assessment-reopen-request',
      ],
    },
  },
  render: (a) =>
    html`<ias-assessment
      .templates=${templates}
      .overlays=${overlays}
      .value=${a.value}
      .history=${a.history}
      .person=${a.person}
      .locale=${a.locale}
      .userRole=${a.userRole}
      .mode=${a.mode}
      .view=${a.view}
      .today=${a.today}
      @ias-assessment-complete=${(e: Event) => {
        if (a.veto) e.preventDefault();
      }}
    ></ias-assessment>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Samira Haidari's current Kurzassessment (template 1.1.0 with the Bern example overlay), still a draft. */
export const Kurzassessment: Story = {};

/** A new, empty Kurzassessment: the progress shows how many required fields are still open. */
export const NewKurzassessment: Story = {
  args: { value: blank(K, '1.1.0'), history: [], person: undefined },
};

/** A snapshot made with the older template 1.0.0 opens with that version (free-text next steps). */
export const OlderTemplateVersion: Story = {
  args: { value: snapshot('ka-2023-01'), view: 'result' },
};

/** The Praxisassessment filled by an external assessing office. */
export const Praxisassessment: Story = { args: { value: snapshot('pa-2024-05'), view: 'criteria' } };

/** The Kompetenzerfassung. */
export const Kompetenzerfassung: Story = { args: { value: snapshot('ke-2024-06') } };

export const French: Story = { args: { locale: 'fr' } };
export const Italian: Story = { args: { locale: 'it' } };
export const English: Story = { args: { locale: 'en' } };

/** Bern example overlay: the fide language passport in the languages section, schooling relabelled. */
export const OverlayFide: Story = { args: { view: 'languages' } };

/** Zurich example overlay: no competence block, a cantonal triage option "Vorbereitungsmodul". */
export const OverlayTriage: Story = {
  args: { value: snapshot('ka-2024-08'), history: [], person: dawit.person, view: 'result' },
};

/** A refused overlay (it retypes a core field, hides a block with one and widens health access): an error state. */
export const OverlayRefused: Story = {
  args: { value: { ...snapshot('ka-2024-08'), overlayId: badOverlayId }, history: [] },
};

/** A social worker: no health block, no debts or legal proceedings. */
export const RoleSocialWorker: Story = { args: { userRole: 'social_worker', view: 'framework' } };

/** An external assessing office sees only the Praxisassessment it fills, nothing else of the file. */
export const RoleExternalOffice: Story = {
  args: { userRole: 'external_office', value: { ...snapshot('pa-2024-05'), status: 'draft' } },
};

/** Without a role nothing restricted shows. */
export const NoRole: Story = { args: { userRole: null } };

/** History: what changed since the last assessment, language levels per skill in months since entry, each snapshot checked against its own template version. */
export const History: Story = { args: { view: 'history' } };

/** The graphical summary: languages per skill, schooling, experience and competences, with the recommendation. */
export const Summary: Story = { args: { view: 'summary' } };

/** The finished assessment as a printable A4 report with person header and signature lines. */
export const Print: Story = { args: { value: snapshot('ka-2024-02'), mode: 'print' } };

/** The Praxisassessment as a report. */
export const PrintPraxisassessment: Story = { args: { value: snapshot('pa-2024-05'), mode: 'print' } };

type El = HTMLElement & {
  updateComplete: Promise<boolean>;
  review(): Promise<boolean>;
  finalise(): Promise<boolean>;
};
const element = async (canvas: HTMLElement): Promise<El> => {
  const el = canvas.querySelector('ias-assessment') as El;
  await el.updateComplete;
  return el;
};

/** "Abschliessen" on an empty Kurzassessment: the error summary lists every missing field, grouped by section; each link opens the section and focuses the field. */
export const FinaliseEmpty: Story = {
  args: { value: blank(K, '1.1.0'), history: [], person: undefined },
  play: async ({ canvasElement }) => void (await (await element(canvasElement)).review()),
};

/** The check-your-answers step: each section with what is given and what is not, a way back, and the confirmation. */
export const CheckAnswers: Story = {
  play: async ({ canvasElement }) => void (await (await element(canvasElement)).review()),
};

/** The host vetoes `ias-assessment-complete` (it calls `preventDefault()`): the assessment stays a draft and the person is told. */
export const HostVetoes: Story = {
  args: { veto: true },
  play: async ({ canvasElement }) => {
    const el = await element(canvasElement);
    await el.review();
    await el.finalise();
  },
};

/** Just finalised: focus is on the status message saying what happened and what comes next (print, new version). */
export const Finalised: Story = {
  play: async ({ canvasElement }) => void (await (await element(canvasElement)).finalise()),
};

/** Template 1.2.0: countries and languages as words (pickers), CEFR level names, ratings 1–4 as labelled radio groups, the fide language passport's oral and written levels. */
export const Version120: Story = {
  args: { value: mariam.snapshots[0], history: [], person: mariam.person, view: 'languages' },
};

/** Template 1.2.0, competences: ratings as radio groups with words, driving licence yes / no / unknown. */
export const Version120Competences: Story = {
  args: { value: mariam.snapshots[0], history: [], person: mariam.person, view: 'competences' },
};

/** Template 1.2.0 printed: names instead of codes everywhere. */
export const PrintVersion120: Story = {
  args: { value: mariam.snapshots[0], history: [], person: mariam.person, mode: 'print' },
};
