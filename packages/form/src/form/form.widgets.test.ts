/* <ias-form> with a host's widgets: a registered element per `x-ias-widget`, a replaced built-in. */
import { expect, fixture, html } from '@open-wc/testing';
import { expectAccessible } from '@ias-kit/ui/test/index.js';
import './define.js';
import type { IasForm } from './form.js';
import { registerWidget, widgetRegistry } from '../field/builtins.js';
import { WidgetRegistry } from '../field/registry.js';
import { controlAt, deepQuery, mount, settle } from '../testing/helpers.js';

describe('ias-form: widget registry', () => {
  class AhvInput extends HTMLElement {
    value: unknown;
    label = '';
    connectedCallback() {
      if (this.shadowRoot) return;
      const root = this.attachShadow({ mode: 'open' });
      const label = document.createElement('label');
      label.textContent = this.label;
      const input = document.createElement('input');
      input.value = String(this.value ?? '');
      label.append(input);
      root.append(label);
      input.addEventListener('input', () => {
        this.value = input.value.replace(/\D/g, '');
        this.dispatchEvent(new Event('input', { bubbles: true }));
      });
    }
  }
  customElements.define('test-ahv-input', AhvInput);

  it('renders a host-registered element for an x-ias-widget name and takes its value', async () => {
    registerWidget('ahv', 'test-ahv-input');
    const el = await mount(
      { type: 'object', properties: { vn: { type: 'string', 'x-ias-widget': 'ahv', title: 'AHV-Nr.' } } },
      { vn: '756' },
    );
    const widget = deepQuery<AhvInput>(el, 'test-ahv-input')!;
    expect(widget.value).to.equal('756');
    expect(widget.label).to.equal('AHV-Nr.');
    const input = widget.shadowRoot!.querySelector('input')!;
    input.value = '756.1234.5678.97';
    input.dispatchEvent(new Event('input'));
    await settle(el);
    expect(el.value).to.deep.equal({ vn: '7561234567897' });
    await expectAccessible(el);
  });

  it('lets a host replace a built-in control by kind in its own registry, keeping the other built-ins', async () => {
    const widgets = new WidgetRegistry(widgetRegistry).register('kind:boolean', {
      render: (f) =>
        html`<button
          type="button"
          id="c"
          aria-pressed=${f.value === true ? 'true' : 'false'}
          @click=${() => f.edit(f.value !== true)}
        >
          ${f.label}
        </button>`,
    });
    const el = await fixture<IasForm>(
      html`<ias-form
        .widgets=${widgets}
        .schema=${{
          type: 'object',
          properties: { consent: { type: 'boolean', title: 'Einwilligung' }, name: { type: 'string' } },
        }}
        .value=${{}}
      ></ias-form>`,
    );
    await settle(el);
    const toggle = controlAt<HTMLButtonElement>(el, '/consent');
    expect(toggle.localName).to.equal('button');
    toggle.click();
    await settle(el);
    expect(el.value).to.deep.equal({ consent: true });
    expect(controlAt(el, '/name').localName).to.equal('input');
    await expectAccessible(el);
  });
});
