import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { IasFormAssociated } from '../base/ias-form-associated.js';
import { expectAccessible } from '../test/index.js';
import { FormAssociatedController } from './form-associated.js';

/** The smallest form control built on the controller (through the kit's base, which forwards the native API
 * and the form callbacks): a labelled text input in a shadow root. No `delegatesFocus`, so focus reaching the
 * input proves the browser used the validation anchor. */
class TestFormInput extends IasFormAssociated {
  @property() value = '';
  @property() label = 'Name';
  @property({ type: Boolean }) required = false;
  @property({ type: Boolean, reflect: true }) disabled = false;
  private defaultValue = '';

  override readonly formControl = new FormAssociatedController(this, {
    value: () => this.value || null,
    anchor: () => this.renderRoot.querySelector('input'),
    reset: () => (this.value = this.defaultValue),
    restore: (state) => (this.value = typeof state === 'string' ? state : ''),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.defaultValue = this.value;
  }

  protected override render(): TemplateResult {
    return html`<label for="c">${this.label}</label
      ><input
        id="c"
        .value=${live(this.value)}
        ?required=${this.required}
        ?disabled=${this.disabled || this.formControl.disabled}
        @input=${(e: Event) => (this.value = (e.target as HTMLInputElement).value)}
      />`;
  }
}
customElements.define('test-form-input', TestFormInput);

const inner = (el: TestFormInput) => el.shadowRoot!.querySelector('input')!;
const type = async (el: TestFormInput, text: string) => {
  inner(el).value = text;
  inner(el).dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
};

/** Submits `form` the way a submit button does; resolves with the submitted data, or `null` when blocked. */
const submit = async (form: HTMLFormElement): Promise<FormData | null> => {
  let data: FormData | null = null;
  const listener = (e: SubmitEvent) => {
    e.preventDefault();
    data = new FormData(form);
  };
  form.addEventListener('submit', listener);
  form.requestSubmit();
  form.removeEventListener('submit', listener);
  await nextFrame();
  return data;
};

describe('FormAssociatedController', () => {
  it('submits the inner value with the host form, under the element name', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><test-form-input name="vorname" value="Amina"></test-form-input></form>`,
    );
    const el = form.querySelector<TestFormInput>('test-form-input')!;
    await el.updateComplete;
    await expectAccessible(form);
    expect(el.form).to.equal(form);
    await type(el, 'Yonas');
    const data = await submit(form);
    expect(data?.get('vorname')).to.equal('Yonas');
  });

  it('puts the value back when the form resets', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><test-form-input name="vorname" value="Amina"></test-form-input></form>`,
    );
    const el = form.querySelector<TestFormInput>('test-form-input')!;
    await type(el, 'Yonas');
    form.reset();
    await el.updateComplete;
    expect(el.value).to.equal('Amina');
    expect(inner(el).value).to.equal('Amina');
    expect(new FormData(form).get('vorname')).to.equal('Amina');
  });

  it('blocks submitting while required and empty, and points the browser at the inner control', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><test-form-input name="vorname" required></test-form-input></form>`,
    );
    const el = form.querySelector<TestFormInput>('test-form-input')!;
    await el.updateComplete;
    expect(el.matches(':invalid')).to.be.true;
    expect(el.matches(':state(invalid)')).to.be.true;
    expect(el.validity?.valueMissing).to.be.true;
    // The browser's own localized message of the inner input, not a made-up one.
    expect(el.validationMessage).to.equal(inner(el).validationMessage).and.not.equal('');
    expect(await submit(form)).to.equal(null);
    // The failed submit focused the anchor: the inner input, not just the host.
    expect(document.activeElement === el, 'focus is in the element').to.be.true;
    expect(el.shadowRoot!.activeElement === inner(el), 'focus is on the inner input').to.be.true;
    await type(el, 'Amina');
    expect(el.matches(':invalid')).to.be.false;
    expect(el.matches(':state(invalid)')).to.be.false;
    expect((await submit(form))?.get('vorname')).to.equal('Amina');
  });

  it('reports validity from the host like a native control', async () => {
    const el = await fixture<TestFormInput>(
      html`<test-form-input name="vorname" required></test-form-input>`,
    );
    let invalidEvents = 0;
    el.addEventListener('invalid', () => invalidEvents++);
    expect(el.checkValidity()).to.be.false;
    expect(el.reportValidity()).to.be.false;
    expect(invalidEvents).to.equal(2);
    await type(el, 'Amina');
    expect(el.checkValidity()).to.be.true;
  });

  it('is disabled by a disabled fieldset: the inner control too, and nothing is submitted', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <fieldset disabled>
          <legend>Person</legend>
          <test-form-input name="vorname" value="Amina" required></test-form-input>
        </fieldset>
      </form>`,
    );
    const el = form.querySelector<TestFormInput>('test-form-input')!;
    await el.updateComplete;
    expect(el.matches(':disabled')).to.be.true;
    expect(el.formControl.disabled).to.be.true;
    expect(inner(el).disabled).to.be.true;
    expect(el.matches(':state(disabled)')).to.be.true;
    expect([...new FormData(form).keys()]).to.deep.equal([]);
    await expectAccessible(form);
    form.querySelector('fieldset')!.disabled = false;
    await el.updateComplete;
    expect(inner(el).disabled).to.be.false;
    expect(new FormData(form).get('vorname')).to.equal('Amina');
  });

  it('restores a state the browser saved', async () => {
    const el = await fixture<TestFormInput>(html`<test-form-input name="vorname"></test-form-input>`);
    el.formStateRestoreCallback('Yonas', 'restore');
    await el.updateComplete;
    expect(inner(el).value).to.equal('Yonas');
  });

  it('keeps custom states for elements that are not form-associated, with a fallback without CustomStateSet', () => {
    const updates: string[] = [];
    const host = Object.assign(document.createElement('div'), {
      addController: () => undefined,
      removeController: () => undefined,
      requestUpdate: () => updates.push('update'),
      updateComplete: Promise.resolve(true),
    });
    Object.defineProperty(host, 'attachInternals', { value: () => ({}) }); // a browser without states
    const states = new FormAssociatedController(host);
    states.setState('empty', true);
    expect(states.hasState('empty')).to.be.true;
    states.setState('empty', false);
    expect(states.hasState('empty')).to.be.false;
    expect(states.form).to.equal(null);
    expect(states.checkValidity()).to.be.true;
  });
});
