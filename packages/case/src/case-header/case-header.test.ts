import { expect, fixture, html } from '@open-wc/testing';
import type { Case } from '@ias-kit/core';
import { expectAccessible, forEachLocale } from '@ias-kit/ui/test/index.js';
import '../case/define.js';
import './define.js';
import type { IasCaseHeader } from './case-header.js';

const sample: Case = {
  id: 'c-7',
  person: {
    id: 'p-7',
    localPersonId: { personIdCategory: 'CT.XX.TEST', personId: 'N-4711' },
    officialName: 'Beispiel',
    firstName: 'Amina',
    sex: '2',
    dateOfBirth: '1990-04',
  },
  entryDate: '2024-05-10',
  asylumApplicationDate: '2024-05-11',
  statusHistory: [{ status: 'FL', validFrom: '2024-11-01' }],
  assessments: [],
  tasks: [],
  responsibleWorker: { id: 'w1', name: 'Jonas Keller' },
};

const facts = (el: IasCaseHeader) =>
  Object.fromEntries(
    [...el.shadowRoot!.querySelectorAll<HTMLElement>('.fact')].map((f) => [
      f.dataset.fact!,
      f.querySelector('dd')!.textContent!.trim(),
    ]),
  );

describe('ias-case-header', () => {
  it('shows person, status in words, entry, birth, responsibility end, case worker and number', async () => {
    const el = await fixture<IasCaseHeader>(
      html`<ias-case-header lang="de" .case=${sample}></ias-case-header>`,
    );
    const name = el.shadowRoot!.querySelector('[part="name"]')!;
    expect(name.textContent!.trim()).to.equal('Amina Beispiel');
    expect(name.getAttribute('role')).to.equal('heading');
    expect(facts(el)).to.deep.equal({
      status: 'Flüchtling (Ausweis B)',
      entry: '10.05.2024',
      born: '04.1990',
      until: '11.05.2029',
      worker: 'Jonas Keller',
      number: 'N-4711',
    });
    await expectAccessible(el);
  });

  it('speaks every locale and uses the kit’s type and tokens', async () => {
    const seen: string[] = [];
    await forEachLocale(async (locale) => {
      const el = await fixture<IasCaseHeader>(
        html`<ias-case-header lang=${locale} .case=${sample}></ias-case-header>`,
      );
      seen.push(el.shadowRoot!.querySelector('[data-fact="until"] dt')!.textContent!.trim());
      await expectAccessible(el);
    });
    expect(seen).to.deep.equal([
      'Zuständig bis',
      'Responsabilité jusqu’au',
      'Competenza fino al',
      'Responsible until',
    ]);
    const wrap = await fixture(
      html`<div style="--ias-font-family: monospace; --ias-color-text: rgb(1, 2, 3)">
        <ias-case-header .case=${sample}></ias-case-header>
      </div>`,
    );
    const name = wrap.querySelector('ias-case-header')!.shadowRoot!.querySelector('[part="name"]')!;
    expect(getComputedStyle(name).fontFamily).to.equal('monospace');
    expect(getComputedStyle(name).color).to.equal('rgb(1, 2, 3)');
  });

  it('reads the case of an enclosing <ias-case> and says when there is none', async () => {
    const wrap = await fixture(
      html`<ias-case .case=${sample} today="2026-03-02"
        ><ias-case-header lang="en"></ias-case-header
      ></ias-case>`,
    );
    const el = wrap.querySelector('ias-case-header')!;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="name"]')!.textContent!.trim()).to.equal('Amina Beispiel');
    const empty = await fixture<IasCaseHeader>(html`<ias-case-header lang="en"></ias-case-header>`);
    expect(empty.shadowRoot!.textContent!.trim()).to.equal('No case loaded.');
    const bad = await fixture<IasCaseHeader>(
      html`<ias-case-header lang="en" .case=${{ ...sample, entryDate: '10.05.2024' }}></ias-case-header>`,
    );
    expect(facts(bad).until).to.equal('–');
    expect(facts(bad).entry).to.equal('10.05.2024');
  });
});
