import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { LOCALES } from '@ias-kit/core';
import {
  BUTTON_VARIANTS,
  CONTROL_SIZES,
  type ButtonVariant,
  type ControlSize,
  type MenuItem,
} from '@ias-kit/ui';
import '@ias-kit/ui/menu/define.js';

type Args = {
  variant: ButtonVariant;
  size: ControlSize;
  labelHidden: boolean;
  locale?: string;
  items: MenuItem[];
};

const ITEMS: MenuItem[] = [
  { value: 'open', label: 'Öffnen', shortcut: 'O' },
  { value: 'done', label: 'Erledigt', shortcut: 'D' },
  { value: 'snooze', label: 'Zurückstellen bis 09.03.2026', shortcut: 'Z' },
  { value: 'w-anna', label: 'Anna Muster', group: 'Übergeben an' },
  { value: 'w-ben', label: 'Ben Keller', group: 'Übergeben an' },
  { value: 'delete', label: 'Löschen', variant: 'danger', disabled: true },
];

const meta: Meta<Args> = {
  title: 'Foundations/Menu',
  component: 'ias-menu',
  argTypes: {
    variant: { control: 'inline-radio', options: [...BUTTON_VARIANTS] },
    size: { control: 'inline-radio', options: [...CONTROL_SIZES] },
    locale: { control: 'inline-radio', options: [undefined, ...LOCALES] },
    items: { control: false },
  },
  args: { variant: 'secondary', size: 'medium', labelHidden: false, items: ITEMS },
  parameters: { actions: { handles: ['ias-menu-select'] } },
  render: (a) =>
    html`<ias-menu
      variant=${a.variant}
      size=${a.size}
      ?label-hidden=${a.labelHidden}
      .locale=${a.locale}
      .items=${a.items}
    ></ias-menu>`,
};
export default meta;
type Story = StoryObj<Args>;

/** A row's actions: one tab stop; ArrowDown opens, letters jump, Escape closes. */
export const RowActions: Story = {};
/** Icon-only trigger for dense rows; the accessible name stays "Aktionen". */
export const IconOnly: Story = { args: { labelHidden: true, size: 'small', variant: 'quiet' } };
export const French: Story = { args: { locale: 'fr' } };
/** Opened (the list sits in the top layer, inside the viewport). */
export const Open: Story = {
  play: async ({ canvasElement }) => {
    canvasElement.querySelector('ias-menu')?.show();
  },
};
