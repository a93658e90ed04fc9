import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { LOCALES } from '@ias-kit/core';
import '@ias-kit/case/case-header/define.js';
import '@ias-kit/case/define.js';
import type { IasCaseHeader } from '@ias-kit/case';
import { SAMPLE_CASES, SAMPLE_TODAY } from '@ias-kit/core/testing/cases';

type Args = { caseId: string; locale?: string };

const meta: Meta<Args> = {
  title: 'Components/Case/Case header',
  component: 'ias-case-header',
  argTypes: {
    caseId: { control: 'select', options: SAMPLE_CASES.map((c) => c.id) },
    locale: { control: 'inline-radio', options: [undefined, ...LOCALES] },
  },
  args: { caseId: 'c10' },
  parameters: { actions: { handles: ['ias-case-exit', 'ias-case-change'] } },
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

/**
 * With the exit control ("Austritt erfassen") inside an `<ias-case>`, which records a saved exit in the
 * status history and emits `ias-case-change`. Open it, enter a date, choose a reason, save.
 */
export const ExitControl: Story = {
  render: ({ caseId, locale }) =>
    html`<ias-case .case=${SAMPLE_CASES.find((c) => c.id === caseId)} today=${SAMPLE_TODAY}>
      <ias-case-header exit-control .locale=${locale}></ias-case-header>
    </ias-case>`,
};

const open = async (canvas: HTMLElement, save = false) => {
  const el = canvas.querySelector<IasCaseHeader>('ias-case-header')!;
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLElement>('[part="exit-toggle"]')!.click();
  await el.updateComplete;
  if (save)
    el.shadowRoot!.querySelector('ias-button[type="submit"]')!.shadowRoot!.querySelector('button')!.click();
};

/** The exit form open: exit date, reason (in words) and, for a move, the new canton. */
export const ExitFormOpen: Story = {
  ...ExitControl,
  play: ({ canvasElement }) => open(canvasElement),
};

/** The same in French. */
export const ExitFormFrench: Story = {
  ...ExitControl,
  args: { locale: 'fr' },
  play: ({ canvasElement }) => open(canvasElement),
};

/** Saved without a date and a reason: the errors are listed, each field says its own, focus on the first. */
export const ExitFormErrors: Story = {
  ...ExitControl,
  play: ({ canvasElement }) => open(canvasElement, true),
};

/** A case whose latest status entry is an exit (a move to Geneva): the header says so. */
export const Exited: Story = {
  render: ({ caseId, locale }) => {
    const c = SAMPLE_CASES.find((x) => x.id === caseId)!;
    const moved = {
      ...c,
      statusHistory: [
        ...c.statusHistory,
        { exit: 'moved-canton' as const, canton: 'GE' as const, validFrom: '2026-02-01' },
      ],
    };
    return html`<ias-case-header .case=${moved} .locale=${locale} exit-control></ias-case-header>`;
  },
};
