import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { LOCALES, type Case, type Provider } from '@ias-kit/core';
import { PLAN_SECTIONS, type PlanSection, type PlanValue } from '@ias-kit/plan';
import '@ias-kit/plan/define.js';
// Invented people and invented providers only.
import {
  caseB,
  caseF,
  emptyPlan,
  NOW,
  planB,
  planF,
  PROVIDERS,
  TODAY,
  USER,
} from '../../packages/plan/src/test/fixtures.js';

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

const B = { value: planB(), case: caseB() };
const F = { value: planF(), case: caseF() };

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
    providers: PROVIDERS,
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

/** A new draft: no goals, measures or reviews yet. */
export const Empty: Story = { args: { value: emptyPlan() } };

/**
 * A typical plan of a recognised refugee (B): language and work goals, a completed course, a running
 * placement. The measures also show on the compact time strip (`<ias-timeline compact>`) since entry.
 */
export const TypicalB: Story = { args: { ...B, expanded: ['measure-2'] } };

/**
 * Without a case, only the entry date (`entry-date`): the compact time strip still shows the measures
 * relative to it (no horizon without a status).
 */
export const EntryDateOnly: Story = {
  args: { value: planB(), entryDate: caseB().entryDate, sections: ['measures'] },
};

/** A typical plan of a provisionally admitted young person (F): bridging course registered, an unknown provider. */
export const TypicalF: Story = { args: { ...F, expanded: ['measure-3'] } };

/** A planned measure on a full offer: the free places and a warning show. */
export const FullProvider: Story = { args: { ...B, sections: ['measures'], expanded: ['measure-3'] } };

/** A cancelled measure with its outcome and the reason it was not achieved. */
export const CancelledMeasure: Story = {
  args: { ...F, sections: ['measures'], expanded: ['measure-1'] },
};

/** The reviews (Standortbestimmungen) of a plan, and its change log. */
export const ReviewHistory: Story = {
  args: {
    ...F,
    sections: ['reviews', 'history'],
    expanded: ['review-1', 'review-2'],
  },
};

/** What a role that may only read sees. */
export const ReadOnly: Story = { args: { ...B, readonly: true } };

/** German. */
export const German: Story = { args: { ...B, locale: 'de', expanded: ['measure-2'] } };
/** French. */
export const French: Story = { args: { ...B, locale: 'fr', expanded: ['measure-2'] } };
/** Italian. */
export const Italian: Story = { args: { ...B, locale: 'it', expanded: ['measure-2'] } };
/** English. */
export const English: Story = { args: { ...B, locale: 'en', expanded: ['measure-2'] } };
