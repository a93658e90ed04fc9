import { expect, fixture, html } from '@open-wc/testing';
import { expectAccessible, forEachLocale } from '../test/index.js';
import { STATUS_VALUES } from './status-light.types.js';
import './define.js';
import type { IasStatusLight } from './status-light.js';

const text = (el: IasStatusLight) => el.shadowRoot!.querySelector('[part="text"]')!.textContent!.trim();

describe('ias-status-light', () => {
  it('defaults to ok and reflects the status attribute', async () => {
    const el = await fixture<IasStatusLight>(html`<ias-status-light lang="en"></ias-status-light>`);
    expect(el.status).to.equal('ok');
    expect(el.getAttribute('status')).to.equal('ok');
    expect(text(el)).to.equal('On track');
    await expectAccessible(el);
  });

  it('gives each status a distinct text and a distinct icon shape', async () => {
    const words = new Set<string>();
    const shapes = new Set<string>();
    for (const status of STATUS_VALUES) {
      const el = await fixture<IasStatusLight>(
        html`<ias-status-light .status=${status} lang="de"></ias-status-light>`,
      );
      words.add(text(el));
      shapes.add(el.shadowRoot!.querySelector('svg')!.innerHTML.replace(/<!--.*?-->/g, ''));
      await expectAccessible(el);
    }
    expect(words.size).to.equal(STATUS_VALUES.length);
    expect(shapes.size).to.equal(STATUS_VALUES.length);
  });

  it('speaks every locale, from the locale property or the nearest lang attribute', async () => {
    const seen: string[] = [];
    await forEachLocale(async (locale) => {
      const wrapper = await fixture(
        html`<div lang=${`${locale}-CH`}><ias-status-light status="critical"></ias-status-light></div>`,
      );
      seen.push(text(wrapper.querySelector('ias-status-light')!));
    });
    expect(seen).to.deep.equal([
      'Handlungsbedarf',
      'Intervention requise',
      'Intervento necessario',
      'Action needed',
    ]);
    const el = await fixture<IasStatusLight>(
      html`<ias-status-light lang="de" locale="fr" status="warn"></ias-status-light>`,
    );
    expect(text(el)).to.equal('Échéance proche');
  });

  it('shows an unknown value as "unknown status" instead of a wrong colour', async () => {
    const el = await fixture<IasStatusLight>(
      html`<ias-status-light lang="en" status="purple"></ias-status-light>`,
    );
    expect(text(el)).to.equal('Unknown status');
    await expectAccessible(el);
  });

  it('keeps the word for screen readers only with label-hidden, and takes a custom label', async () => {
    const el = await fixture<IasStatusLight>(
      html`<ias-status-light label-hidden label="Review overdue" status="critical"></ias-status-light>`,
    );
    const span = el.shadowRoot!.querySelector('[part="text"]')!;
    expect(span.textContent!.trim()).to.equal('Review overdue');
    expect(span.classList.contains('visually-hidden')).to.be.true;
    expect(span.getBoundingClientRect().width).to.be.at.most(1);
    await expectAccessible(el);
  });
});
