import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { LOCALES } from '@ias-kit/core';
import '@ias-kit/case/case-header/define.js';
import { SAMPLE_CASES } from '@ias-kit/core/testing/cases';

type Args = { caseId: string; locale?: string };

const meta: Meta<Args> = {
  title: 'Components/Case/Case header',
  component: 'ias-case-header',
  argTypes: {
    caseId: { control: 'select', options: SAMPLE_CASES.map((c) => c.id) },
    locale: { control: 'inline-radio', options: [undefined, ...LOCALES] },
  },
  args: { caseId: 'c10' },
  render: ({ caseId, locale }) =>
    html`<ias-case-header
      .case=${SAMPLE_CASES.find((c) => c.id === caseId) ?? SAMPLE_CASES[0]}
      .locale=${locale}
    ></ias-case-header>`,
};
export default meta;
type Story = StoryObj<Args>;

/** A recognised refugee (B): the responsibility ends five years after the asylum application. */
export const Default: Story = {};
export const French: Story = { args: { locale: 'fr' } };
export const Italian: Story = { args: { locale: 'it' } };
export const English: Story = { args: { locale: 'en' } };
/** Themed by the host: font, colours and the name's size from tokens and the element's own hooks. */
export const Themed: Story = {
  render: ({ caseId }) =>
    html`<div
      style="--ias-font-family: Georgia, serif; --ias-color-text: #102a43; --ias-case-header-name-size: 1.75rem; --ias-case-header-border: 4px solid #0b5cad"
    >
      <ias-case-header .case=${SAMPLE_CASES.find((c) => c.id === caseId)}></ias-case-header>
    </div>`,
};
