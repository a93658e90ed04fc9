import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { CODE_PICKER_KINDS, type CodePickerKind } from '@ias-kit/ui';
import '@ias-kit/ui/code-picker/define.js';

type Args = {
  kind: CodePickerKind;
  value?: string;
  label: string;
  description: string;
  locale: string;
  required: boolean;
  readonly: boolean;
  invalid: boolean;
  errorMessage: string;
};

const meta: Meta<Args> = {
  title: 'Components/UI/Code picker',
  component: 'ias-code-picker',
  argTypes: {
    kind: { control: 'inline-radio', options: CODE_PICKER_KINDS },
    locale: { control: 'inline-radio', options: ['de', 'fr', 'it', 'en'] },
  },
  args: {
    kind: 'country',
    value: 'AF',
    label: 'Staatsangehörigkeit',
    description: '',
    locale: 'de',
    required: false,
    readonly: false,
    invalid: false,
    errorMessage: '',
  },
  parameters: { actions: { handles: ['change'] } },
  render: (a) =>
    html`<ias-code-picker
      .kind=${a.kind}
      .value=${a.value}
      .label=${a.label}
      .description=${a.description}
      .locale=${a.locale}
      ?required=${a.required}
      ?readonly=${a.readonly}
      ?invalid=${a.invalid}
      .errorMessage=${a.errorMessage}
    ></ias-code-picker>`,
};
export default meta;
type Story = StoryObj<Args>;

/** A country: the name in the reader's language, the ISO code (AF) stored. */
export const Country: Story = {};
/** A language: Persian shown as "Persisch", stored as `fa`. */
export const Language: Story = { args: { kind: 'language', value: 'fa', label: 'Sprache' } };
/** A code `Intl.DisplayNames` lumps together (Kurmanji): the kit's own name. */
export const OwnName: Story = { args: { kind: 'language', value: 'kmr', label: 'Sprache' } };
/** Empty and required. */
export const Empty: Story = { args: { value: undefined, required: true } };
/** French labels and names. */
export const French: Story = { args: { locale: 'fr', label: 'Nationalité', value: 'ER' } };
/** Read-only (a final assessment). */
export const ReadOnly: Story = { args: { readonly: true } };
/** Invalid, with the message tied to the input. */
export const Invalid: Story = {
  args: {
    value: undefined,
    required: true,
    invalid: true,
    errorMessage: 'Wählen Sie die Staatsangehörigkeit.',
  },
};
/** The list open while searching "Kurd". */
export const Searching: Story = {
  args: { kind: 'language', value: undefined, label: 'Sprache' },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('ias-code-picker')!;
    await el.updateComplete;
    const input = el.shadowRoot!.querySelector('input')!;
    input.focus();
    input.value = 'Kurd';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  },
};
