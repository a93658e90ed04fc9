import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { LOCALES } from '@ias-kit/core';
import { GROUP_KEYS, computeIndicators, type GroupKey } from '@ias-kit/core/indicators';
import '@ias-kit/indicators/define.js';
// Invented people only: the deterministic generator of the core indicators.
import {
  HAND_AT,
  HAND_COHORT,
  HAND_COHORT_42,
  HAND_COHORT_42_AT as HAND_COHORT_AT,
  sampleIndicatorRecords,
} from '@ias-kit/core/testing';

const AT = '2026-06-30';
const PERSONS = sampleIndicatorRecords(400, { seed: 11, at: AT });

type Args = { by: GroupKey[]; indicators: string; locale?: string; persons: number };

const meta: Meta<Args> = {
  title: 'Components/Indicators/Indicators',
  component: 'ias-indicators',
  argTypes: {
    by: { control: 'check', options: [...GROUP_KEYS] },
    indicators: { control: 'text' },
    locale: { control: 'inline-radio', options: [undefined, ...LOCALES] },
    persons: { control: { type: 'number', min: 10, max: 5000 } },
  },
  args: { by: ['cohort'], indicators: '', persons: 400 },
  parameters: { actions: { handles: ['ias-indicator-select'] } },
  render: (a) => {
    const records = a.persons === 400 ? PERSONS : sampleIndicatorRecords(a.persons, { seed: 11, at: AT });
    const report = computeIndicators(records, { at: AT, by: a.by });
    return html`<ias-indicators
      .report=${report}
      indicators=${a.indicators}
      .locale=${a.locale}
    ></ias-indicators>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

/** 400 invented persons, goals and Kennzahlen by entry cohort. */
export const ByCohort: Story = {};

/** The five impact goals by entry cohort and status (the status valid on the measurement date). */
export const GoalsByCohortAndStatus: Story = {
  args: {
    by: ['cohort', 'status'],
    indicators:
      'goal-1-language,goal-2-children-language,goal-3-education,goal-4-labour-market,goal-5-social-contacts',
  },
};

/** Kennzahlen by responsible worker, in French. */
export const KennzahlenByWorker: Story = {
  args: {
    by: ['worker'],
    locale: 'fr',
    indicators:
      'erstinformation,language-support,support-16-25,support-26-55,early-language-support,profile-schooling-over-6,profile-not-alphabetised,profile-potential-yes,profile-potential-no,profile-work-experience-up-to-1',
  },
};

/** The small hand-computed cohort of the core tests (with excluded persons and a status change). */
export const HandComputedCohort: Story = {
  render: () =>
    html`<ias-indicators lang="en" .records=${HAND_COHORT} at=${HAND_AT} by="status"></ias-indicators>`,
};

/**
 * The report an officer signs (the print view), on the 42-person cohort of the core tests: per figure
 * the definition, parameter values, counts, exclusions by reason (exits included) and the ids.
 */
export const SignableReport: Story = {
  render: () =>
    html`<ias-indicators
      lang="de"
      view="report"
      .report=${computeIndicators(HAND_COHORT_42, { at: HAND_COHORT_AT })}
    ></ias-indicators>`,
};

/** No report yet. */
export const Empty: Story = { render: () => html`<ias-indicators lang="de"></ias-indicators>` };
