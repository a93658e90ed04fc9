// The exit control of <ias-case-header> ("Austritt erfassen"), as a case worker uses it: by keyboard in
// Chromium and Firefox (real key presses), asserting focus, the live message and the events the host gets.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Case } from '@ias-kit/core';
import { sampleCase } from '@ias-kit/core/testing';
import { expectAccessible, forEachLocale } from '@ias-kit/ui/test/index.js';
import '../case/define.js';
import './define.js';
import type { IasCaseChangeEvent } from '../case/case.events.js';
import type { IasCaseExitEvent } from './case-header.events.js';
import type { IasCaseHeader } from './case-header.js';
import { checkExit } from './exit-control.js';

// The kit's invented sample person (Amina Beispiel, entry 10.05.2023), as a case of <ias-case>.
const sample: Case = sampleCase('c-7');

/** The element that has focus, looking through shadow roots. */
function deepActive(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}
/** The custom element whose shadow root holds the focus (e.g. the `<ias-select>` of a native select). */
const activeHost = () =>
  (deepActive()?.getRootNode() as ShadowRoot | undefined)?.host as HTMLElement | undefined;
const settle = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
/** Waits (up to 5 s) until `ok()` holds: under load a browser may handle a key after sendKeys returns. */
async function until(ok: () => unknown): Promise<void> {
  for (let i = 0; i < 100 && !ok(); i++) await new Promise((r) => setTimeout(r, 50));
}
const press = async (key: string) => {
  await sendKeys({ press: key });
  await settle();
};
const root = (el: IasCaseHeader) => el.shadowRoot!;
const message = (el: IasCaseHeader) => root(el).querySelector('[part="exit-message"]')!.textContent!.trim();
const form = (el: IasCaseHeader) => root(el).querySelector('[part="exit-form"]');
const fact = (el: IasCaseHeader, key: string) =>
  root(el).querySelector(`[data-fact="${key}"] dd`)?.textContent!.trim();

describe('ias-case-header exit control', () => {
  it('records an exit by keyboard: open, type the date, choose the reason, save', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div>
        <input aria-label="Before" />
        <ias-case .case=${sample} today="2026-03-02">
          <ias-case-header lang="de" exit-control></ias-case-header>
        </ias-case>
      </div>`,
    );
    const el = wrap.querySelector('ias-case-header')!;
    await el.updateComplete;
    const exits: IasCaseExitEvent[] = [];
    const changes: IasCaseChangeEvent[] = [];
    wrap.addEventListener('ias-case-exit', (e) => exits.push(e));
    wrap.addEventListener('ias-case-change', (e) => changes.push(e));
    await expectAccessible(el);

    // Tab to "Austritt erfassen"; Enter opens the form with the focus in the date.
    wrap.querySelector('input')!.focus();
    await press('Tab');
    await until(() => activeHost()?.getAttribute('part') === 'exit-toggle');
    expect(activeHost()?.getAttribute('part')).to.equal('exit-toggle');
    expect(activeHost()!.textContent!.trim()).to.equal('Austritt erfassen');
    expect(deepActive()!.getAttribute('aria-expanded')).to.equal('false');
    await press('Enter');
    await until(() => activeHost()?.dataset.field === 'date');
    expect(form(el), 'the form opens').to.exist;
    expect(
      root(el)
        .querySelector('[part="exit-toggle"]')!
        .shadowRoot!.querySelector('button')!
        .getAttribute('aria-expanded'),
    ).to.equal('true');
    expect(activeHost()?.dataset.field).to.equal('date');
    expect(root(el).querySelector('legend')!.textContent!.trim()).to.equal(
      'Austritt von Amina Beispiel erfassen',
    );
    await expectAccessible(el);

    // Swiss date typed; past the calendar button to the reason; ArrowDown picks the first reason.
    await sendKeys({ type: '01.03.2026' });
    await until(
      () =>
        root(el).querySelector<HTMLElement & { value: unknown }>('ias-date-input')!.value === '2026-03-01',
    );
    await press('Tab');
    await until(() => deepActive()?.getAttribute('part') === 'calendar-button');
    expect(deepActive()!.getAttribute('part')).to.equal('calendar-button');
    await press('Tab');
    await until(() => activeHost()?.dataset.field === 'reason');
    expect(activeHost()?.dataset.field).to.equal('reason');
    await press('ArrowDown');
    await until(() => (activeHost() as HTMLSelectElement).value === 'departure');
    expect((activeHost() as HTMLSelectElement).value).to.equal('departure');
    expect((deepActive() as HTMLSelectElement).selectedOptions[0]!.textContent!.trim()).to.equal(
      'Ausgereist',
    );

    // Save: one typed event, the case records it, the polite message says what, focus back on the button.
    await press('Tab');
    await until(() => activeHost()?.textContent!.trim() === 'Austritt speichern');
    expect(activeHost()!.textContent!.trim()).to.equal('Austritt speichern');
    await press('Enter');
    await until(() => exits.length > 0 && activeHost()?.getAttribute('part') === 'exit-toggle');
    expect(exits).to.have.length(1);
    expect(exits[0]!.exit).to.deep.equal({ exit: 'departure', validFrom: '2026-03-01' });
    expect(exits[0]!.caseId).to.equal('c-7');
    expect(exits[0]!.defaultPrevented).to.be.false;
    expect(changes).to.have.length(1);
    expect(changes[0]!.source).to.equal('ias-case-header');
    expect(changes[0]!.case.statusHistory.at(-1)).to.deep.equal({
      exit: 'departure',
      validFrom: '2026-03-01',
    });
    expect(root(el).querySelector('[part="exit-message"]')!.getAttribute('role')).to.equal('status');
    expect(message(el)).to.equal('Austritt erfasst: Ausgereist, ab 01.03.2026.');
    expect(form(el), 'the form closes').to.be.null;
    await settle();
    expect(activeHost()?.getAttribute('part')).to.equal('exit-toggle');
    expect(fact(el, 'exit')).to.equal('Ausgereist, ab 01.03.2026');
    await expectAccessible(el);
  });

  it('says what is wrong, focuses the first error, asks the canton of a move; Escape closes', async () => {
    const el = await fixture<IasCaseHeader>(
      html`<ias-case-header lang="en" exit-control today="2026-03-02" .case=${sample}></ias-case-header>`,
    );
    const exits: IasCaseExitEvent[] = [];
    el.addEventListener('ias-case-exit', (e) => exits.push(e));
    root(el).querySelector<HTMLElement>('[part="exit-toggle"]')!.click();
    await el.updateComplete;
    const save = () =>
      root(el).querySelector('ias-button[type="submit"]')!.shadowRoot!.querySelector('button')!.click();
    save();
    await el.updateComplete;
    await settle();
    const errors = () => [...root(el).querySelectorAll('.errors li')].map((li) => li.textContent!.trim());
    expect(root(el).querySelector('.errors')!.getAttribute('role')).to.equal('alert');
    expect(errors()).to.deep.equal(['Enter the exit date.', 'Choose a reason.']);
    expect(activeHost()?.dataset.field, 'focus on the first error').to.equal('date');
    const date = root(el).querySelector<HTMLElement & { invalid: boolean }>('ias-date-input')!;
    expect(date.invalid).to.be.true;
    expect(date.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('Enter the exit date.');

    // A date before the entry, and a move without its canton.
    await sendKeys({ type: '01.01.2020' });
    const reason = root(el).querySelector<HTMLElement & { value: string }>(
      'ias-select[data-field="reason"]',
    )!;
    const inner = reason.shadowRoot!.querySelector('select')!;
    inner.value = 'moved-canton';
    inner.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const canton = root(el).querySelector<HTMLElement>('ias-select[data-field="canton"]');
    expect(canton, 'a move asks for the canton').to.exist;
    const options = [...canton!.shadowRoot!.querySelectorAll('option')].map((o) => o.textContent!.trim());
    expect(options).to.include('Geneva');
    expect(options).not.to.include('GE');
    save();
    await el.updateComplete;
    expect(errors()).to.deep.equal([
      'The exit date is before the entry (10.05.2023).',
      'Choose the new canton.',
    ]);
    expect(exits).to.have.length(0);
    await expectAccessible(el);

    await settle();
    await press('Escape');
    await until(() => !form(el));
    expect(form(el)).to.be.null;
    await until(() => activeHost()?.getAttribute('part') === 'exit-toggle');
    expect(activeHost()?.getAttribute('part')).to.equal('exit-toggle');
  });

  it('lets a host refuse the exit (cancel): the form stays open and says so', async () => {
    const el = await fixture<IasCaseHeader>(
      html`<ias-case-header lang="fr" exit-control .case=${sample}></ias-case-header>`,
    );
    el.addEventListener('ias-case-exit', (e) => e.preventDefault());
    root(el).querySelector<HTMLElement>('[part="exit-toggle"]')!.click();
    await el.updateComplete;
    const date = root(el).querySelector<HTMLElement & { value: unknown }>('ias-date-input')!;
    const input = date.shadowRoot!.querySelector('input')!;
    input.value = '15.02.2026';
    input.dispatchEvent(new Event('input'));
    const reason = root(el)
      .querySelector('ias-select[data-field="reason"]')!
      .shadowRoot!.querySelector('select')!;
    reason.value = 'naturalisation';
    reason.dispatchEvent(new Event('change'));
    await el.updateComplete;
    root(el).querySelector('ias-button[type="submit"]')!.shadowRoot!.querySelector('button')!.click();
    await el.updateComplete;
    expect(message(el)).to.equal('La sortie n’a pas été enregistrée.');
    expect(form(el)).to.exist;
  });

  it('speaks every locale: button, legend, labels and reasons in words', async () => {
    const seen: string[][] = [];
    await forEachLocale(async (locale) => {
      const el = await fixture<IasCaseHeader>(
        html`<ias-case-header lang=${locale} exit-control .case=${sample}></ias-case-header>`,
      );
      root(el).querySelector<HTMLElement>('[part="exit-toggle"]')!.click();
      await el.updateComplete;
      const reason = root(el).querySelector('ias-select[data-field="reason"]')!;
      await (reason as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      seen.push([
        root(el).querySelector('[part="exit-toggle"]')!.textContent!.trim(),
        root(el).querySelector('ias-date-input')!.getAttribute('label')!,
        reason.shadowRoot!.querySelectorAll('option')[1]!.textContent!.trim(),
      ]);
      await expectAccessible(el);
    });
    expect(seen).to.deep.equal([
      ['Austritt erfassen', 'Austrittsdatum', 'Ausgereist'],
      ['Saisir une sortie', 'Date de sortie', 'Parti de Suisse'],
      ['Registrare un’uscita', 'Data di uscita', 'Partito dalla Svizzera'],
      ['Record exit', 'Exit date', 'Left Switzerland'],
    ]);
  });

  it('checks a draft without Date: full ISO dates only, not before the entry', () => {
    const ok = checkExit({ date: '2023-05-10', reason: 'death', canton: '' }, '2023-05-10');
    expect(ok.exit).to.deep.equal({ exit: 'death', validFrom: '2023-05-10' });
    expect(checkExit({ date: '2023-05-09', reason: 'death', canton: '' }, '2023-05-10').errors).to.deep.equal(
      {
        date: 'errDateBeforeEntry',
      },
    );
    expect(checkExit({ date: '2024-05', reason: 'death', canton: '' }, undefined).errors).to.deep.equal({
      date: 'errDateInvalid',
    });
    expect(
      checkExit({ date: '2026-03-01', reason: 'moved-canton', canton: 'ZH' }, '2023-05-10').exit,
    ).to.deep.equal({ exit: 'moved-canton', validFrom: '2026-03-01', canton: 'ZH' });
  });
});
