import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { registerWidget, type IasChangeEvent } from '@ias-kit/form';
import '@ias-kit/form/define.js';
import {
  arraySchema,
  choiceSchema,
  conditionalSchema,
  intakeSchema,
  intakeValue,
  rolesSchema,
  rolesValue,
} from './samples.js';

type Args = {
  schema: unknown;
  value?: unknown;
  locale?: string;
  userRole?: string;
  readonly: boolean;
  submitLabel?: string;
};

const meta: Meta<Args> = {
  title: 'Components/Form/Form',
  component: 'ias-form',
  argTypes: {
    locale: { control: 'inline-radio', options: ['de', 'fr', 'it', 'en'] },
    userRole: { control: 'inline-radio', options: ['case_manager', 'job_coach', 'external_office'] },
    readonly: { control: 'boolean' },
  },
  args: { schema: intakeSchema, value: intakeValue, readonly: false, submitLabel: '' },
  parameters: { actions: { handles: ['ias-change', 'ias-form-submit', 'ias-schema-error'] } },
  render: (a) =>
    html`<ias-form
      .schema=${a.schema}
      .value=${a.value}
      .locale=${a.locale}
      .userRole=${a.userRole ?? null}
      ?readonly=${a.readonly}
      submit-label=${ifDefined(a.submitLabel)}
      @ias-change=${(e: IasChangeEvent) => console.info('ias-change', e.value)}
    ></ias-form>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Widgets: Story = {};
export const Empty: Story = { args: { value: undefined } };
export const French: Story = { args: { locale: 'fr' } };
export const Italian: Story = { args: { locale: 'it' } };
export const English: Story = { args: { locale: 'en' } };
export const ReadOnly: Story = { args: { readonly: true, submitLabel: undefined } };

export const ErrorsAfterSubmit: Story = {
  args: { value: { officialName: '', children: -1, entryDate: '31.02.2024', email: 'lina@' } },
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector('ias-form')!;
    await form.updateComplete;
    form.validate();
  },
};

export const Conditional: Story = {
  args: { schema: conditionalSchema, value: { employed: true, employer: 'Coop', hasChildren: true } },
};
export const ConditionalHidden: Story = {
  args: { schema: conditionalSchema, value: { employed: false, employer: 'Coop (kept while hidden)' } },
};
export const Arrays: Story = {
  args: {
    schema: arraySchema,
    value: {
      languages: [
        { code: 'ar', level: 'C2', firstLanguage: true },
        { code: 'de', level: 'A2' },
      ],
      sources: ['Test'],
    },
  },
};
export const OneOfChoice: Story = {
  args: { schema: choiceSchema, value: { contact: { kind: 'email', address: 'lina@example.ch' } } },
};
export const RoleCaseManager: Story = {
  args: { schema: rolesSchema, value: rolesValue, userRole: 'case_manager' },
};
export const RoleJobCoach: Story = {
  args: { schema: rolesSchema, value: rolesValue, userRole: 'job_coach' },
};

export const BrokenSchema: Story = {
  args: {
    schema: { type: 'object', properties: { entryDate: { $ref: '#/$defs/calendarDate' } } },
    value: {},
  },
};

class DemoAhvInput extends HTMLElement {
  value: unknown;
  label = '';
  description = '';
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    const label = document.createElement('label');
    label.textContent = `${this.label} (Widget eines Herstellers: 756.xxxx.xxxx.xx)`;
    label.style.cssText = 'display:grid;gap:.25rem;font-weight:600;margin-block-end:1rem';
    const input = document.createElement('input');
    input.value = String(this.value ?? '').replace(/^(\d{3})(\d{4})(\d{4})(\d{2})$/, '$1.$2.$3.$4');
    input.style.cssText = 'font:inherit;max-width:14rem;padding:.25rem .5rem';
    label.append(input);
    root.append(label);
    input.addEventListener('input', () => {
      this.value = input.value.replace(/\D/g, '') || undefined;
      this.dispatchEvent(new Event('input', { bubbles: true }));
    });
  }
}
if (!customElements.get('demo-ahv-input')) customElements.define('demo-ahv-input', DemoAhvInput);
registerWidget('ahv-number', 'demo-ahv-input');

/** A host registers its own element (`registerWidget('ahv-number', 'demo-ahv-input')`); fields with `"x-ias-widget": "ahv-number"` use it. */
export const CustomWidget: Story = {
  args: {
    schema: {
      title: 'Identifikation',
      type: 'object',
      properties: {
        vn: { type: 'string', pattern: '^756\\d{10}$', title: 'AHV-Nummer', 'x-ias-widget': 'ahv-number' },
      },
    },
    value: { vn: '7561234567897' },
  },
};
