import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { CONTROL_SIZES, type ControlSize, type SelectOption } from '@ias-kit/ui';
import '@ias-kit/ui/select/define.js';

type Args = {
  label: string;
  value: string;
  size: ControlSize;
  labelHidden: boolean;
  inline: boolean;
  disabled: boolean;
};

const OPTIONS: SelectOption[] = [
  { value: '', label: 'Alle' },
  { value: 'critical', label: 'Handlungsbedarf' },
  { value: 'warn', label: 'Bald fällig' },
  { value: 'ok', label: 'Im Plan' },
];

const meta: Meta<Args> = {
  title: 'Foundations/Select',
  component: 'ias-select',
  argTypes: {
    size: { control: 'inline-radio', options: [...CONTROL_SIZES] },
    value: { control: 'inline-radio', options: OPTIONS.map((o) => o.value) },
  },
  args: { label: 'Ampel', value: '', size: 'medium', labelHidden: false, inline: false, disabled: false },
  parameters: { actions: { handles: ['change'] } },
  render: (a) =>
    html`<ias-select
      label=${a.label}
      value=${a.value}
      size=${a.size}
      ?label-hidden=${a.labelHidden}
      ?inline=${a.inline}
      ?disabled=${a.disabled}
      .options=${OPTIONS}
    ></ias-select>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const Chosen: Story = { args: { value: 'critical' } };
/** Label beside the control, as in toolbars. */
export const Inline: Story = { args: { inline: true, size: 'small' } };
/** The label is spoken but not shown (the context names the purpose). */
export const LabelHidden: Story = { args: { labelHidden: true } };
export const Disabled: Story = { args: { disabled: true } };
