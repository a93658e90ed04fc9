import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { ErrorSummaryEntry } from '@ias-kit/form';
import '@ias-kit/form/define.js';

type Args = { errors: ErrorSummaryEntry[]; locale: string; heading?: string };

const person: ErrorSummaryEntry[] = [
  { pointer: '/person/officialName', label: 'Name', message: 'Geben Sie «Name» an.' },
  { pointer: '/person/entryDate', label: 'Einreisedatum', message: 'Geben Sie das Einreisedatum an.' },
  { pointer: '/schooling/years', label: 'Schuljahre', message: 'Höchstens 30.' },
];

const meta: Meta<Args> = {
  title: 'Components/Form/Error summary',
  component: 'ias-error-summary',
  argTypes: { locale: { control: 'inline-radio', options: ['de', 'fr', 'it', 'en'] } },
  args: { errors: person, locale: 'de' },
  parameters: { actions: { handles: ['ias-error-select'] } },
  render: (a) =>
    html`<ias-error-summary
      .errors=${a.errors}
      .locale=${a.locale}
      .heading=${a.heading}
    ></ias-error-summary>`,
};
export default meta;
type Story = StoryObj<Args>;

/** One entry per invalid field: the label (unless the message names it) and what to do; each link leads to the field. */
export const Fields: Story = {};

/** One field only: the count says so in the singular. */
export const OneField: Story = { args: { errors: person.slice(0, 1) } };

/** Across the sections of an assessment: entries grouped under their section. */
export const BySection: Story = {
  args: {
    errors: [
      { ...person[0]!, group: 'Person und Status' },
      { ...person[1]!, group: 'Person und Status' },
      {
        pointer: '/languages/alphabetisation',
        label: 'Alphabetisierung',
        message: 'Wählen Sie «Alphabetisierung».',
        group: 'Sprachen',
      },
      { ...person[2]!, group: 'Schulbildung' },
    ],
  },
};

/** French: the heading and count follow the locale; the entries come from the form in its locale. */
export const French: Story = {
  args: {
    locale: 'fr',
    errors: [
      { pointer: '/person/officialName', label: 'Nom', message: 'Indiquez « Nom ».' },
      { pointer: '/schooling/years', label: 'Années de scolarité', message: 'Au plus 30.' },
    ],
  },
};

/** No errors: nothing is rendered (the host keeps the element in place). */
export const NoErrors: Story = { args: { errors: [] } };
