import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@ias-kit/ui/date-input/define.js';

type Args = {
  value?: string;
  label: string;
  description: string;
  locale: string;
  partial: boolean;
  required: boolean;
  readonly: boolean;
  invalid: boolean;
  errorMessage: string;
  today: string;
};

const meta: Meta<Args> = {
  title: 'Components/UI/Date input',
  component: 'ias-date-input',
  argTypes: { locale: { control: 'inline-radio', options: ['de', 'fr', 'it', 'en'] } },
  args: {
    value: '2022-09-14',
    label: 'Einreisedatum',
    description: '',
    locale: 'de',
    partial: false,
    required: false,
    readonly: false,
    invalid: false,
    errorMessage: '',
    today: '2025-03-03',
  },
  parameters: { actions: { handles: ['input', 'change'] } },
  render: (a) =>
    html`<ias-date-input
      .value=${a.value}
      .label=${a.label}
      .description=${a.description}
      .locale=${a.locale}
      .today=${a.today}
      ?partial=${a.partial}
      ?required=${a.required}
      ?readonly=${a.readonly}
      ?invalid=${a.invalid}
      .errorMessage=${a.errorMessage}
    ></ias-date-input>`,
};
export default meta;
type Story = StoryObj<Args>;

/** A full date: shown 14.09.2022, stored 2022-09-14. */
export const FullDate: Story = {};
/** A birth date of which only the month is known (eCH-0044): shown 03.1994, stored 1994-03. */
export const PartialMonth: Story = {
  args: {
    partial: true,
    value: '1994-03',
    label: 'Geburtsdatum',
    description: 'TT.MM.JJJJ; ist nur der Monat oder das Jahr bekannt: MM.JJJJ oder JJJJ',
  },
};
/** Only the year known: shown and stored 1989. */
export const PartialYear: Story = { args: { partial: true, value: '1989', label: 'Geburtsdatum' } };
/** Empty, required. */
export const Empty: Story = { args: { value: undefined, required: true } };
/** Text that is not a date stays as typed; the form's message says what is wrong. */
export const Invalid: Story = {
  args: {
    value: '31.02.2024',
    invalid: true,
    errorMessage: 'Bitte ein gültiges Datum im Format TT.MM.JJJJ eingeben.',
  },
};
/** Read-only: no calendar button. */
export const ReadOnly: Story = { args: { readonly: true } };
/** French. */
export const French: Story = { args: { locale: 'fr', label: 'Date d’entrée' } };
/** The calendar open (keyboard: arrows, PageUp/PageDown, Home/End, Enter, Escape). */
export const CalendarOpen: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('ias-date-input')!;
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="calendar-button"]')!.click();
  },
};
