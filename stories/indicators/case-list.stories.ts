import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { LOCALES } from '@ias-kit/core';
import { CASE_LIST_SORT_KEYS, caseListRows, type CaseListSortKey } from '@ias-kit/core/indicators';
import { caseLight } from '@ias-kit/indicators';
import '@ias-kit/indicators/define.js';
// Invented people only: the deterministic generator of the core indicators.
import { sampleIndicatorRecords } from '@ias-kit/core/testing';

const AT = '2026-06-30';
const RECORDS = sampleIndicatorRecords(300, { seed: 21, at: AT });

type Args = { sortBy: CaseListSortKey; sortDirection: 'asc' | 'desc'; locale?: string };

const meta: Meta<Args> = {
  title: 'Components/Indicators/Case list',
  component: 'ias-case-list',
  argTypes: {
    sortBy: { control: 'inline-radio', options: [...CASE_LIST_SORT_KEYS] },
    sortDirection: { control: 'inline-radio', options: ['asc', 'desc'] },
    locale: { control: 'inline-radio', options: [undefined, ...LOCALES] },
  },
  args: { sortBy: 'light', sortDirection: 'asc' },
  parameters: {
    actions: { handles: ['ias-case-list-export', 'ias-case-open', 'ias-case-list-filter-change'] },
  },
  render: (a) =>
    html`<ias-case-list
      .records=${RECORDS}
      at=${AT}
      sort-by=${a.sortBy}
      sort-direction=${a.sortDirection}
      .locale=${a.locale}
    ></ias-case-list>`,
};
export default meta;
type Story = StoryObj<Args>;

/** 300 invented persons; lights from the core task rules. */
export const Default: Story = {};

/** Filtered to one worker's persons who need action, in Italian. */
export const FilteredCritical: Story = {
  args: { locale: 'it' },
  render: (a) =>
    html`<ias-case-list
      .records=${RECORDS}
      at=${AT}
      .filter=${{ workers: ['w-anna'], lights: ['critical'] }}
      .locale=${a.locale}
    ></ias-case-list>`,
};

/** 10,000 invented persons (rows precomputed once), virtualized. */
export const TenThousand: Story = {
  render: () => {
    const rows = caseListRows(sampleIndicatorRecords(10_000, { seed: 5, at: AT }), AT, { light: caseLight });
    return html`<ias-case-list .rows=${rows} at=${AT} lang="de"></ias-case-list>`;
  },
};
