import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectAccessible, forEachLocale } from '@ias-kit/ui/test/index.js';
import './define.js';
import type { IasErrorSummary } from './error-summary.js';
import type { IasErrorSelectEvent } from './error-summary.events.js';

const entries = [
  {
    pointer: '/person/officialName',
    label: 'Name',
    message: 'Geben Sie «Name» an.',
    group: 'Person und Status',
  },
  {
    pointer: '/person/entryDate',
    label: 'Einreisedatum',
    message: 'Spätestens am 03.03.2025.',
    group: 'Person und Status',
  },
  { pointer: '/schooling/years', label: 'Schuljahre', message: 'Höchstens 30.', group: 'Schulbildung' },
];

describe('ias-error-summary', () => {
  it('renders nothing without errors', async () => {
    const el = await fixture<IasErrorSummary>(html`<ias-error-summary></ias-error-summary>`);
    expect(el.shadowRoot!.querySelector('[part="base"]')).to.equal(null);
    await expectAccessible(el);
  });

  it('shows a heading, the count and one link per field, grouped by section, each with a real target', async () => {
    const el = await fixture<IasErrorSummary>(
      html`<ias-error-summary heading-level="3" .errors=${entries}></ias-error-summary>`,
    );
    const root = el.shadowRoot!;
    const heading = root.querySelector('[role="heading"]')!;
    expect(heading.getAttribute('aria-level')).to.equal('3');
    expect(heading.textContent!.trim()).to.equal('Es gibt ein Problem');
    const links = [...root.querySelectorAll('a')];
    expect(links.map((a) => a.textContent!.trim())).to.deep.equal([
      'Geben Sie «Name» an.',
      'Einreisedatum: Spätestens am 03.03.2025.',
      'Schuljahre: Höchstens 30.',
    ]);
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
      '#field-person-officialName',
      '#field-person-entryDate',
      '#field-schooling-years',
    ]);
    expect([...root.querySelectorAll('.group-name')].map((g) => g.textContent!.trim())).to.deep.equal([
      'Person und Status',
      'Schulbildung',
    ]);
    await expectAccessible(el);
  });

  it('takes focus and fires ias-error-select when a link is followed by keyboard', async () => {
    const el = await fixture<IasErrorSummary>(
      html`<ias-error-summary .errors=${entries}></ias-error-summary>`,
    );
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('[part="base"]'));
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    const selected = oneEvent<IasErrorSelectEvent>(el, 'ias-error-select');
    await sendKeys({ press: 'Enter' });
    const e = await selected;
    expect(e.pointer).to.equal('/person/entryDate');
    expect(location.hash).to.equal('', 'the page does not jump');
  });

  it('speaks every language', async () => {
    const headings: string[] = [];
    await forEachLocale(async (locale) => {
      const el = await fixture<IasErrorSummary>(
        html`<ias-error-summary .locale=${locale} .errors=${entries.slice(0, 1)}></ias-error-summary>`,
      );
      headings.push(el.shadowRoot!.querySelector('[role="heading"]')!.textContent!.trim());
      await expectAccessible(el);
    });
    expect(headings).to.deep.equal([
      'Es gibt ein Problem',
      'Il y a un problème',
      'C’è un problema',
      'There is a problem',
    ]);
  });
});
