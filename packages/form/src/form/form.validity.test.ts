/* <ias-form> messages, the error summary, submitting, and taking part in a surrounding <form>. */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectAccessible } from '@ias-kit/ui/test/index.js';
import './define.js';
import type { IasForm } from './form.js';
import type { IasFormSubmitEvent, IasSchemaErrorEvent } from './form.events.js';
import { controlAt, deepActiveElement, errorAt, mount, settle, type } from '../testing/helpers.js';
import { person } from '../testing/person.js';

describe('ias-form: errors and validity', () => {
  it('names the JSON pointer of a broken schema and fires ias-schema-error instead of throwing', async () => {
    const el = document.createElement('ias-form') as IasForm;
    const failed = oneEvent<IasSchemaErrorEvent>(el, 'ias-schema-error');
    el.schema = { type: 'object', properties: { a: { $ref: '#/$defs/missing' } } };
    document.body.append(el);
    const detail = await failed;
    expect(detail.pointer).to.equal('/properties/a/$ref');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="schema-error"]')!.textContent).to.contain(
      '/properties/a/$ref',
    );
    await expectAccessible(el);
    el.remove();
  });

  it('after a failed submit focuses the summary; each entry names the field, says what to do and leads to it by keyboard', async () => {
    const el = await mount(person, {});
    const valid = await el.reportValidity();
    expect(valid).to.be.false;
    await settle(el);
    const summary = el.shadowRoot!.querySelector('ias-error-summary')!;
    const box = summary.shadowRoot!.querySelector('[part="base"]')!;
    expect(deepActiveElement()).to.equal(box, 'focus on the summary');
    expect(box.querySelector('[role="heading"]')!.textContent!.trim()).to.equal('Es gibt ein Problem');
    const links = [...summary.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a')];
    expect(links.map((a) => a.textContent!.trim())).to.deep.equal([
      'Geben Sie «Name» an.',
      'Geben Sie «Einreisedatum» an.',
    ]);
    expect(links.every((a) => a.getAttribute('href')!.length > 1)).to.be.true;
    expect(links[1]!.getAttribute('href')).to.equal('#field-entryDate');
    // Every invalid field is marked and says why, with the "Fehler:" prefix for screen readers.
    expect(controlAt(el, '/name').getAttribute('aria-invalid')).to.equal('true');
    expect(errorAt(el, '/entryDate')).to.equal('Fehler: Geben Sie «Einreisedatum» an.');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(deepActiveElement()).to.equal(controlAt(el, '/entryDate'));
    await expectAccessible(el);
  });

  it('counts an empty required string from the host as missing and keeps schema messages per field', async () => {
    const schema = {
      ...person,
      properties: {
        ...person.properties,
        name: {
          ...person.properties.name,
          'x-ias-messages': { required: { de: 'Wie heisst die Person?', en: 'What is the name?' } },
        },
      },
    };
    const el = await mount(schema, { name: '', entryDate: '' });
    expect(el.checkValidity()).to.be.false;
    await el.reportValidity();
    await settle(el);
    expect(errorAt(el, '/name')).to.equal('Fehler: Wie heisst die Person?');
    expect(errorAt(el, '/entryDate')).to.contain('Geben Sie «Einreisedatum» an.');
    el.locale = 'en';
    await settle(el);
    expect(errorAt(el, '/name')).to.equal('Error: What is the name?');
    expect(errorAt(el, '/entryDate')).to.equal('Error: Enter “Einreisedatum”.');
  });

  it('submits a valid form with its localized submit button and fires ias-form-submit with the value', async () => {
    const el = await fixture<IasForm>(
      html`<ias-form
        lang="fr"
        submit-label=""
        .schema=${person}
        .value=${{ name: 'Aylin', entryDate: '2020-01-02' }}
      ></ias-form>`,
    );
    await settle(el);
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!;
    expect(button.textContent!.trim()).to.equal('Enregistrer');
    const submitted = oneEvent<IasFormSubmitEvent>(el, 'ias-form-submit');
    button.click();
    const detail = await submitted;
    expect(detail.value).to.deep.equal({ name: 'Aylin', entryDate: '2020-01-02' });
  });

  it('writes messages for case workers in every locale', async () => {
    const messages: string[] = [];
    for (const locale of ['de', 'fr', 'it', 'en']) {
      const el = await mount(person, {}, { locale });
      el.validate();
      await settle(el);
      messages.push(errorAt(el, '/name'));
    }
    expect(new Set(messages).size).to.equal(4);
    messages.forEach((m) => expect(m).to.not.match(/NaN|undefined|\{|must/));
  });

  it('takes part in a surrounding <form>: value as JSON, validity, reset', async () => {
    const wrapper = await fixture<HTMLFormElement>(
      html`<form>
        <ias-form
          name="assessment"
          .schema=${person}
          .value=${{ name: 'Aylin', entryDate: '2020-01-02' }}
        ></ias-form>
      </form>`,
    );
    const el = wrapper.querySelector('ias-form')!;
    await settle(el);
    expect(JSON.parse(new FormData(wrapper).get('assessment') as string)).to.deep.equal({
      name: 'Aylin',
      entryDate: '2020-01-02',
    });
    expect(wrapper.checkValidity()).to.be.true;
    await type(el, '/name', '');
    expect(wrapper.checkValidity()).to.be.false;
    expect(el.matches(':invalid') && el.matches(':state(invalid)')).to.be.true;
    wrapper.reset();
    await settle(el);
    expect(controlAt(el, '/name').value).to.equal('Aylin');
    expect(el.matches(':state(invalid)')).to.be.false;
  });
});
