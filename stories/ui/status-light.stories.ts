import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { STATUS_VALUES } from '@ias-kit/ui';
import '@ias-kit/ui/status-light/define.js';

type Args = { status: (typeof STATUS_VALUES)[number]; label?: string; labelHidden: boolean };

const meta: Meta<Args> = {
  title: 'Foundations/Status light',
  component: 'ias-status-light',
  argTypes: {
    status: { control: 'inline-radio', options: [...STATUS_VALUES] },
    label: { control: 'text' },
    labelHidden: { control: 'boolean' },
  },
  args: { status: 'ok', labelHidden: false },
  render: ({ status, label, labelHidden }) =>
    html`<ias-status-light
      .status=${status}
      .label=${label}
      ?label-hidden=${labelHidden}
    ></ias-status-light>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Ok: Story = {};
export const Warn: Story = { args: { status: 'warn' } };
export const Critical: Story = { args: { status: 'critical' } };
export const CustomLabel: Story = { args: { status: 'critical', label: 'Standortbestimmung überfällig' } };
export const IconOnly: Story = { args: { status: 'warn', labelHidden: true } };
export const AllStates: Story = {
  render: () =>
    html`<ul style="list-style:none;padding:0;display:grid;gap:.5rem">
      ${STATUS_VALUES.map((s) => html`<li><ias-status-light status=${s}></ias-status-light></li>`)}
    </ul>`,
};
