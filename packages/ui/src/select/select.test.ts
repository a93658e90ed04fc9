import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectAccessible } from '../test/index.js';
import './define.js';
import type { IasSelect } from './define.js';

const OPTIONS = [
  { value: '', label: 'Alle' },
  { value: 'critical', label: 'Rot' },
  { value: 'warn', label: 'Gelb' },
];
const native = (el: IasSelect) => el.shadowRoot!.querySelector('select')!;

describe('ias-select', () => {
  it('is labelled, shows the value and keeps a 24 px target when small', async () => {
    const el = await fixture<IasSelect>(
      html`<ias-select label="Ampel" size="small" value="warn" .options=${OPTIONS}></ias-select>`,
    );
    expect(native(el).value).to.equal('warn');
    expect(el.shadowRoot!.querySelector('label')!.textContent!.trim()).to.equal('Ampel');
    expect(native(el).getBoundingClientRect().height).to.be.at.least(24);
    await expectAccessible(el);
    el.labelHidden = true;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('label')!.getBoundingClientRect().width).to.be.at.most(1);
    await expectAccessible(el);
  });

  it('reports a keyboard choice as change on the host, with the value', async () => {
    const el = await fixture<IasSelect>(html`<ias-select label="Ampel" .options=${OPTIONS}></ias-select>`);
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(native(el));
    // Pick the value the way the browser does after a keyboard choice, then check the host re-dispatch.
    setTimeout(() => {
      native(el).value = 'critical';
      native(el).dispatchEvent(new Event('change', { bubbles: true }));
    });
    const e = await oneEvent(el, 'change');
    expect(e.target).to.equal(el);
    expect(el.value).to.equal('critical');
  });

  it('takes part in a form: value, required and reset', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <ias-select name="light" label="Ampel" required .options=${OPTIONS}></ias-select>
      </form>`,
    );
    const el = form.querySelector('ias-select')!;
    await el.updateComplete;
    expect(form.checkValidity()).to.be.false;
    el.value = 'warn';
    await el.updateComplete;
    expect(new FormData(form).get('light')).to.equal('warn');
    expect(form.checkValidity()).to.be.true;
    form.reset();
    await el.updateComplete;
    expect(el.value).to.equal('');
    // A blocked submit points the browser at the inner select.
    let submitted = false;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submitted = true;
    });
    form.requestSubmit();
    expect(submitted).to.be.false;
    expect(el.shadowRoot!.activeElement === native(el), 'focus on the inner select').to.be.true;
  });

  it('is disabled with a disabled fieldset around it', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <fieldset disabled>
          <legend>Filter</legend>
          <ias-select name="light" label="Ampel" value="warn" .options=${OPTIONS}></ias-select>
        </fieldset>
      </form>`,
    );
    const el = form.querySelector('ias-select')!;
    await el.updateComplete;
    expect(native(el).disabled).to.be.true;
    expect(new FormData(form).has('light')).to.be.false;
    await expectAccessible(form);
    form.querySelector('fieldset')!.disabled = false;
    await el.updateComplete;
    expect(native(el).disabled).to.be.false;
    expect(new FormData(form).get('light')).to.equal('warn');
  });

  it('moves through options with the arrow keys in both browsers', async () => {
    const el = await fixture<IasSelect>(html`<ias-select label="Ampel" .options=${OPTIONS}></ias-select>`);
    el.focus();
    const changed = oneEvent(el, 'change');
    await sendKeys({ press: 'ArrowDown' });
    await changed;
    expect(el.value).to.equal('critical');
  });
});
