import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { LOCALES, type Case, type Provider } from '@ias-kit/core';
import { PLAN_SECTIONS, type PlanSection, type PlanValue } from '@ias-kit/plan';
import '@ias-kit/plan/define.js';
// The kit's invented sample cases and providers (every person and provider is fictitious).
import { SAMPLE_CASES, SAMPLE_PROVIDERS, SAMPLE_TODAY, SAMPLE_WORKERS } from '@ias-kit/core/testing/cases';

const TODAY = SAMPLE_TODAY;
const NOW = `${SAMPLE_TODAY}T09:30:00+01:00`;
const USER = SAMPLE_WORKERS[0]!;
const sample = (id: string): Case => structuredClone(SAMPLE_CASES.find((c) => c.id === id)!);
/** A sample case with its plan as the value. */
const withPlan = (id: string) => {
  const c = sample(id);
  return { value: c.plan as PlanValue, case: c };
};

type Args = {
  value?: PlanValue;
  case?: Case;
  providers: Provider[];
  locale?: string;
  readonly: boolean;
  sections: PlanSection[];
  expanded: string[];
  entryDate?: string;
};

/** Yonas (recognised refugee, B): language and work goals, two completed measures, a running one. */
const B = withPlan('c01');
/** Nazanin (provisionally admitted, F): four measures, two reviews. */
const F = withPlan('c20');

const meta: Meta<Args> = {
  title: 'Components/Plan/Integration plan',
  component: 'ias-integration-plan',
  argTypes: {
    locale: { control: 'inline-radio', options: [undefined, ...LOCALES] },
    readonly: { control: 'boolean' },
    sections: { control: 'check', options: [...PLAN_SECTIONS] },
    value: { control: false },
    providers: { control: false },
    case: { control: false },
    expanded: { control: false },
  },
  args: {
    providers: SAMPLE_PROVIDERS,
    readonly: false,
    sections: [...PLAN_SECTIONS],
    expanded: [],
  },
  parameters: { actions: { handles: ['ias-change', 'ias-document-attach', 'ias-measure-status-change'] } },
  render: (a) =>
    html`<ias-integration-plan
      .value=${a.value}
      .case=${a.case}
      .providers=${a.providers}
      .user=${USER}
      .sections=${a.sections}
      .expanded=${a.expanded}
      .locale=${a.locale}
      ?readonly=${a.readonly}
      entry-date=${a.entryDate ?? a.case?.entryDate ?? ''}
      today=${TODAY}
      now=${NOW}
      @ias-change=${(e: Event) => {
        // A host keeps the value it receives (controlled use).
        const el = e.currentTarget as HTMLElement & { value?: PlanValue };
        el.value = (e as Event & { value: PlanValue }).value;
      }}
      @ias-document-attach=${(e: Event & { file: File; respondWith(ref: unknown): void }) =>
        e.respondWith({
          id: `doc-${e.file.name}`,
          title: e.file.name,
          mediaType: e.file.type || undefined,
          date: TODAY,
        })}
    ></ias-integration-plan>`,
};
export default meta;
type Story = StoryObj<Args>;

/** A new draft for a person without a plan yet: no goals, measures or reviews. */
export const Empty: Story = {
  args: (() => {
    const c = sample('c11');
    const value: PlanValue = {
      id: `plan-${c.id}`,
      personId: c.person.id,
      version: 1,
      status: 'entwurf',
      validFrom: TODAY,
      caseManager: c.responsibleWorker ?? USER,
      goals: [],
      measures: [],
      reviews: [],
    };
    return { value, case: c };
  })(),
};

/**
 * A typical plan of a recognised refugee (B): language and work goals, a completed course, a running
 * placement. The measures also show on the compact time strip (`<ias-timeline compact>`) since entry.
 */
export const TypicalB: Story = { args: { ...B, expanded: ['m-c01-3'] } };

/**
 * Without a case, only the entry date (`entry-date`): the compact time strip still shows the measures
 * relative to it (no horizon without a status).
 */
export const EntryDateOnly: Story = {
  args: { value: B.value, entryDate: B.case.entryDate, sections: ['measures'] },
};

/**
 * A typical plan of a provisionally admitted person (F): two language courses, a placement, job coaching.
 * The completed placement has no outcome recorded yet: the plan shows that one error.
 */
export const TypicalF: Story = { args: { ...F, expanded: ['m-c20-4'] } };

/**
 * A planned measure on a full offer: the free places and a warning show. Samir's registered course,
 * set back to planned (no sample plans a measure on a full offer).
 */
export const FullProvider: Story = {
  args: (() => {
    const full = withPlan('c07');
    full.value.measures[0]!.status = 'geplant';
    return { ...full, sections: ['measures'], expanded: ['m-c07-1'] };
  })(),
};

/** A cancelled measure with its outcome and the reason it was not achieved. */
export const CancelledMeasure: Story = {
  args: { ...withPlan('c05'), sections: ['measures'], expanded: ['m-c05-1'] },
};

/** The reviews (Standortbestimmungen) of a plan, and its change log. */
export const ReviewHistory: Story = {
  args: {
    ...F,
    sections: ['reviews', 'history'],
    expanded: ['r-c20-1', 'r-c20-2'],
  },
};

/** What a role that may only read sees. */
export const ReadOnly: Story = { args: { ...B, readonly: true } };

/** German. */
export const German: Story = { args: { ...B, locale: 'de', expanded: ['m-c01-3'] } };
/** French. */
export const French: Story = { args: { ...B, locale: 'fr', expanded: ['m-c01-3'] } };
/** Italian. */
export const Italian: Story = { args: { ...B, locale: 'it', expanded: ['m-c01-3'] } };
/** English. */
export const English: Story = { args: { ...B, locale: 'en', expanded: ['m-c01-3'] } };
