import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { BUTTON_VARIANTS, CONTROL_SIZES, type ButtonVariant, type ControlSize } from '@ias-kit/ui';
import '@ias-kit/ui/button/define.js';

type Args = { variant: ButtonVariant; size: ControlSize; disabled: boolean; text: string };

const meta: Meta<Args> = {
  title: 'Foundations/Button',
  component: 'ias-button',
  argTypes: {
    variant: { control: 'inline-radio', options: [...BUTTON_VARIANTS] },
    size: { control: 'inline-radio', options: [...CONTROL_SIZES] },
    disabled: { control: 'boolean' },
    text: { control: 'text' },
  },
  args: { variant: 'secondary', size: 'medium', disabled: false, text: 'Speichern' },
  parameters: { actions: { handles: ['click'] } },
  render: ({ variant, size, disabled, text }) =>
    html`<ias-button variant=${variant} size=${size} ?disabled=${disabled}>${text}</ias-button>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The one main action of a view. */
export const Primary: Story = { args: { variant: 'primary', text: 'Plan speichern' } };
/** Every other action. */
export const Secondary: Story = {};
/** Removes or discards something. */
export const Danger: Story = { args: { variant: 'danger', text: 'Massnahme löschen' } };
/** Low emphasis, e.g. inside rows and toolbars. */
export const Quiet: Story = { args: { variant: 'quiet', text: 'Filter zurücksetzen' } };
/** Dense rows and toolbars: 1.5rem high, still a 24 × 24 px target. */
export const Small: Story = { args: { size: 'small', text: 'Öffnen' } };
export const Disabled: Story = { args: { disabled: true } };
/** All variants and sizes side by side; they wrap at 320 px. */
export const AllVariants: Story = {
  render: () =>
    html`<div style="display:grid;gap:.75rem">
      ${CONTROL_SIZES.map(
        (size) =>
          html`<div style="display:flex;flex-wrap:wrap;gap:.5rem;align-items:center">
            ${BUTTON_VARIANTS.map((v) => html`<ias-button variant=${v} size=${size}>${v}</ias-button>`)}
            <ias-button size=${size} disabled>disabled</ias-button>
            <ias-button size=${size} toggle pressed>pressed</ias-button>
          </div>`,
      )}
    </div>`,
};
