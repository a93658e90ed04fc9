/* <ias-form> over the shape of a schema: conditions, oneOf branches, arrays. */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectAccessible } from '@ias-kit/ui/test/index.js';
import './define.js';
import type { IasForm } from './form.js';
import {
  controlAt,
  deepActiveElement,
  deepQuery,
  fieldAt,
  labelAt,
  mount,
  settle,
  type,
} from '../testing/helpers.js';

describe('ias-form: conditions', () => {
  const schema = {
    type: 'object',
    properties: {
      employed: { type: 'boolean', title: 'Erwerbstätig' },
      hasChildren: { type: 'boolean', title: 'Kinder' },
      childcare: { type: 'string', title: 'Kinderbetreuung' },
    },
    if: { properties: { employed: { const: true } }, required: ['employed'] },
    then: { properties: { employer: { type: 'string', title: 'Arbeitgeber' } }, required: ['employer'] },
    else: { properties: { reason: { type: 'string', title: 'Grund' } } },
    dependentRequired: { hasChildren: ['childcare'] },
  };

  it('shows then/else fields by the data and keeps a hidden field’s value', async () => {
    const el = await mount(schema, { employed: true, employer: 'Migros' });
    expect(labelAt(el, '/employer')).to.contain('Arbeitgeber').and.contain('Pflichtfeld');
    expect(() => fieldAt(el, '/reason')).to.throw();
    controlAt(el, '/employed').click();
    await settle(el);
    expect(() => fieldAt(el, '/employer')).to.throw();
    expect(labelAt(el, '/reason')).to.equal('Grund');
    expect(el.value).to.deep.equal({ employed: false, employer: 'Migros' }, 'hidden value kept');
    await expectAccessible(el);
  });

  it('marks dependentRequired fields as required when their trigger is present', async () => {
    const el = await mount(schema, {});
    expect(labelAt(el, '/childcare')).to.not.contain('Pflichtfeld');
    controlAt(el, '/hasChildren').click();
    await settle(el);
    expect(labelAt(el, '/childcare')).to.contain('Pflichtfeld');
  });

  it('renders draft-07 schemas with definitions and dependencies', async () => {
    const draft7 = {
      $schema: 'http://json-schema.org/draft-07/schema#',
      type: 'object',
      definitions: { name: { type: 'string', minLength: 2 } },
      properties: { first: { $ref: '#/definitions/name', title: 'Vorname' }, card: { type: 'string' } },
      dependencies: {
        card: { properties: { expiry: { type: 'string', title: 'Ablauf' } }, required: ['expiry'] },
      },
    };
    const el = await mount(draft7, { first: 'A', card: '123' });
    expect(labelAt(el, '/expiry')).to.contain('Ablauf');
    const r = el.validate();
    expect(r.valid).to.be.false;
    expect(r.errors.map((e) => e.pointer).sort()).to.deep.equal(['/expiry', '/first']);
  });
});

describe('ias-form: oneOf switch policy', () => {
  const schema = {
    type: 'object',
    properties: {
      contact: {
        title: 'Kontakt',
        oneOf: [
          {
            title: 'Telefon',
            type: 'object',
            properties: { kind: { const: 'phone' }, number: { type: 'string', title: 'Nummer' } },
            required: ['kind'],
          },
          {
            title: 'E-Mail',
            type: 'object',
            properties: { kind: { const: 'email' }, address: { type: 'string', title: 'Adresse' } },
            required: ['kind'],
          },
        ],
      },
    },
  };
  const chooser = (el: IasForm) => deepQuery<HTMLSelectElement>(el, '#choice')!;

  it('follows the data, does not flip on its own, and restores typed text when switching back', async () => {
    const el = await mount(schema, { contact: { kind: 'email', address: 'a@b.ch' } });
    expect(chooser(el).value).to.equal('1');
    await type(el, '/contact/address', 'lina@example.ch');
    // switch to phone
    chooser(el).value = '0';
    chooser(el).dispatchEvent(new Event('change'));
    await settle(el);
    expect(el.value).to.deep.equal({ contact: { kind: 'phone' } });
    await type(el, '/contact/number', '079 123 45 67');
    // data no longer matching does not flip the branch
    expect(chooser(el).value).to.equal('0');
    chooser(el).value = '1';
    chooser(el).dispatchEvent(new Event('change'));
    await settle(el);
    expect(el.value).to.deep.equal({ contact: { kind: 'email', address: 'lina@example.ch' } });
    chooser(el).value = '0';
    chooser(el).dispatchEvent(new Event('change'));
    await settle(el);
    expect(el.value).to.deep.equal({ contact: { kind: 'phone', number: '079 123 45 67' } });
    await expectAccessible(el);
  });
});

describe('ias-form: arrays', () => {
  const schema = {
    type: 'object',
    properties: {
      languages: {
        type: 'array',
        title: 'Sprachen',
        items: { type: 'object', title: 'Sprache', properties: { code: { type: 'string', title: 'Code' } } },
      },
    },
  };

  it('adds, moves and removes items by keyboard and keeps focus sensible', async () => {
    const el = await mount(schema, { languages: [{ code: 'ti' }, { code: 'ar' }] });
    const root = () => fieldAt(el, '/languages').shadowRoot!;
    root().querySelector<HTMLButtonElement>('[data-i="0"] .down')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.value).to.deep.equal({ languages: [{ code: 'ar' }, { code: 'ti' }] });
    expect(deepActiveElement()?.getAttribute('aria-label')).to.match(/Nach oben: Sprache 2/);
    root().querySelector<HTMLButtonElement>('[data-i="1"] .remove')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.value).to.deep.equal({ languages: [{ code: 'ar' }] });
    expect(deepActiveElement()?.getAttribute('aria-label')).to.match(/Entfernen: Sprache 1/);
    root().querySelector<HTMLButtonElement>('.add')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.value).to.deep.equal({ languages: [{ code: 'ar' }, {}] });
    expect(deepActiveElement()?.id).to.equal('c', 'focus in the new item');
    await expectAccessible(el);
  });
});
