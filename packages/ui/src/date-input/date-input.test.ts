import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectAccessible } from '../test/index.js';
import './define.js';
import type { IasDateInput } from './date-input.js';
import { formatDateText, parseDateText } from './date-text.js';

const input = (el: IasDateInput) => el.shadowRoot!.querySelector('input')!;
const deepActive = (): Element | null => {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
};

describe('date text', () => {
  it('reads Swiss dates, short years and, where allowed, partial dates; never through Date', () => {
    const today = '2025-03-03';
    expect(parseDateText('12.05.2021', false, today)).to.equal('2021-05-12');
    expect(parseDateText('5.6.22', false, today)).to.equal('2022-06-05');
    expect(parseDateText('1.1.40', false, today)).to.equal('1940-01-01');
    expect(parseDateText('29.02.2023', false, today)).to.equal(undefined);
    expect(parseDateText('03.1994', false, today)).to.equal(undefined);
    expect(parseDateText('03.1994', true, today)).to.equal('1994-03');
    expect(parseDateText('1994', true, today)).to.equal('1994');
    expect(parseDateText('2021-05-12', false, today)).to.equal('2021-05-12');
    expect(formatDateText('1994-03')).to.equal('03.1994');
    expect(formatDateText('2021-05-12')).to.equal('12.05.2021');
  });
});

describe('ias-date-input', () => {
  it('shows dd.mm.yyyy, stores YYYY-MM-DD and keeps text that is not a date yet', async () => {
    const el = await fixture<IasDateInput>(
      html`<ias-date-input label="Einreisedatum" .value=${'2021-05-12'} locale="de"></ias-date-input>`,
    );
    expect(input(el).value).to.equal('12.05.2021');
    el.focus();
    input(el).select();
    await sendKeys({ type: '31.02.2024' });
    expect(el.value).to.equal('31.02.2024', 'kept as typed, validation says what is wrong');
    input(el).select();
    await sendKeys({ type: '1.3.24' });
    expect(el.value).to.equal('2024-03-01');
    await expectAccessible(el);
  });

  it('accepts MM.JJJJ and JJJJ where partial dates are allowed', async () => {
    const el = await fixture<IasDateInput>(
      html`<ias-date-input label="Geburtsdatum" partial .value=${'1994-03'} locale="de"></ias-date-input>`,
    );
    expect(input(el).value).to.equal('03.1994');
    expect(input(el).placeholder).to.equal('TT.MM.JJJJ, MM.JJJJ oder JJJJ');
    el.focus();
    input(el).select();
    await sendKeys({ type: '1989' });
    expect(el.value).to.equal('1989');
  });

  it('has a calendar operated by keyboard: open, move by day, week and month, pick with Enter', async () => {
    const el = await fixture<IasDateInput>(
      html`<ias-date-input label="Einreisedatum" today="2025-03-03" locale="de"></ias-date-input>`,
    );
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="calendar-button"]')!;
    expect(button.getAttribute('aria-label')).to.equal('Einreisedatum: im Kalender wählen');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(deepActive()!.getAttribute('aria-label')).to.contain('3. März 2025');
    await expectAccessible(el);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'PageDown' });
    await el.updateComplete;
    expect(deepActive()!.getAttribute('aria-label')).to.contain('11. April 2025');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.value).to.equal('2025-04-11');
    expect(input(el).value).to.equal('11.04.2025');
    expect(deepActive()).to.equal(input(el));
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="calendar"]')).to.equal(null);
    expect(deepActive()).to.equal(button);
  });
});

describe('ias-date-input in a host <form>', () => {
  it('submits YYYY-MM-DD under its name, blocks an empty required date at the input, resets what was typed', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <ias-date-input
          name="entry"
          label="Einreisedatum"
          locale="de"
          .value=${'2021-05-12'}
        ></ias-date-input>
        <ias-date-input name="exit" label="Austrittsdatum" locale="de" required></ias-date-input>
      </form>`,
    );
    const [entry, exit] = [...form.querySelectorAll('ias-date-input')] as IasDateInput[];
    await exit!.updateComplete;
    await expectAccessible(form);
    expect(new FormData(form).get('entry')).to.equal('2021-05-12');
    expect(exit!.matches(':invalid')).to.be.true;
    let submitted = false;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submitted = true;
    });
    form.requestSubmit();
    expect(submitted).to.be.false;
    expect(deepActive() === input(exit!), 'the empty required input has focus').to.be.true;
    await sendKeys({ type: '3.1.2025' });
    await exit!.updateComplete;
    expect(new FormData(form).get('exit')).to.equal('2025-01-03');
    form.requestSubmit();
    expect(submitted).to.be.true;
    entry!.focus();
    input(entry!).select();
    await sendKeys({ type: '31.02.' });
    form.reset();
    await entry!.updateComplete;
    expect(input(entry!).value).to.equal('12.05.2021');
    expect(entry!.value).to.equal('2021-05-12');
    expect(exit!.value).to.equal(undefined);
  });

  it('is disabled with a disabled fieldset: input and calendar button', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <fieldset disabled>
          <legend>Austritt</legend>
          <ias-date-input
            name="exit"
            label="Austrittsdatum"
            locale="de"
            .value=${'2025-01-03'}
          ></ias-date-input>
        </fieldset>
      </form>`,
    );
    const el = form.querySelector('ias-date-input')!;
    await el.updateComplete;
    expect(input(el).disabled).to.be.true;
    expect(el.shadowRoot!.querySelector<HTMLButtonElement>('.cal-button')!.disabled).to.be.true;
    expect(new FormData(form).has('exit')).to.be.false;
    await expectAccessible(form);
  });
});
