import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectAccessible } from '../test/index.js';
import './define.js';
import type { IasCodePicker } from './code-picker.js';
import { countryName, languageName, cefrName } from '../localize/code-names.js';

const input = (el: IasCodePicker) => el.shadowRoot!.querySelector('input')!;

describe('ias-code-picker', () => {
  it('shows the name in the reader’s language and keeps the ISO code as the value', async () => {
    const el = await fixture<IasCodePicker>(
      html`<ias-code-picker
        kind="country"
        label="Staatsangehörigkeit"
        .value=${'AF'}
        locale="de"
      ></ias-code-picker>`,
    );
    expect(input(el).value).to.equal('Afghanistan');
    el.locale = 'fr';
    await el.updateComplete;
    expect(input(el).value).to.equal('Afghanistan');
    el.kind = 'language';
    el.value = 'fa';
    await el.updateComplete;
    expect(input(el).value).to.equal('Persan');
    await expectAccessible(el);
  });

  it('finds a country by typing its name and picks it with Enter (keyboard only)', async () => {
    const el = await fixture<IasCodePicker>(
      html`<ias-code-picker kind="country" label="Land" locale="de"></ias-code-picker>`,
    );
    const changes: unknown[] = [];
    el.addEventListener('change', () => changes.push(el.value));
    el.focus();
    await sendKeys({ type: 'Eritr' });
    await el.updateComplete;
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    const options = [...el.shadowRoot!.querySelectorAll('[role="option"]')].map((o) => o.textContent!.trim());
    expect(options[0]).to.equal('Eritrea');
    await expectAccessible(el);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.value).to.equal('ER');
    expect(changes).to.deep.equal(['ER']);
    expect(input(el).value).to.equal('Eritrea');
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
  });

  it('moves through matches with the arrow keys; Escape closes the list', async () => {
    const el = await fixture<IasCodePicker>(
      html`<ias-code-picker kind="language" label="Sprache" locale="de"></ias-code-picker>`,
    );
    el.focus();
    await sendKeys({ type: 'kurd' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const active = input(el).getAttribute('aria-activedescendant')!;
    expect(el.shadowRoot!.getElementById(active)!.getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    expect(el.value).to.equal(undefined);
  });

  it('marks itself invalid with a prefixed message tied to the input', async () => {
    const el = await fixture<IasCodePicker>(
      html`<ias-code-picker
        label="Land"
        invalid
        error-message="Wählen Sie das Land."
        locale="de"
      ></ias-code-picker>`,
    );
    expect(input(el).getAttribute('aria-invalid')).to.equal('true');
    expect(input(el).getAttribute('aria-describedby')).to.equal('error');
    expect(el.shadowRoot!.getElementById('error')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Fehler: Wählen Sie das Land.',
    );
    await expectAccessible(el);
  });
});

describe('code names', () => {
  it('fills the names Intl lacks or lumps together, and names CEFR levels', () => {
    expect(languageName('kmr', 'de')).to.equal('Kurmandschi (Nordkurdisch)');
    expect(languageName('aii', 'en')).to.equal('Assyrian Neo-Aramaic');
    expect(languageName('ti', 'de')).to.equal('Tigrinya');
    expect(countryName('XK', 'it')).to.equal('Kosovo');
    expect(countryName('ZZ', 'de')).to.equal('ZZ');
    expect(cefrName('B1', 'de')).to.equal('B1 – Fortgeschrittene Sprachverwendung');
    expect(cefrName('keine', 'de')).to.equal('keine');
  });
});
