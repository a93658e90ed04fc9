import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectAccessible } from '@ias-kit/ui/test/index.js';
import './define.js';
import type { IasForm } from './form.js';
import { IasFormField } from '../field/field.js';
import type { IasChangeEvent, IasFormSubmitEvent, IasSchemaErrorEvent } from './form.events.js';
import { registerWidget, widgetRegistry } from '../field/builtins.js';
import { WidgetRegistry } from '../field/registry.js';
import {
  controlAt,
  deepActiveElement,
  deepQuery,
  deepQueryAll,
  errorAt,
  fieldAt,
  labelAt,
  leave,
  settle,
  type,
} from '../test/helpers.js';

const person = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Person',
  type: 'object',
  required: ['name', 'entryDate'],
  properties: {
    name: {
      type: 'string',
      title: 'Name',
      'x-ias-title': { fr: 'Nom', it: 'Cognome', en: 'Name' },
      maxLength: 60,
    },
    entryDate: {
      type: 'string',
      format: 'date',
      title: 'Einreisedatum',
      'x-ias-title': { fr: 'Date d’entrée' },
    },
    children: { type: 'integer', title: 'Kinder', minimum: 0 },
    income: { type: 'number', title: 'Einkommen' },
    alphabetised: { type: 'boolean', title: 'Alphabetisiert' },
    interpreter: { type: ['boolean', 'null'], title: 'Dolmetscher nötig' },
    notes: { type: 'string', title: 'Notizen', maxLength: 2000 },
    status: {
      title: 'Status',
      oneOf: [
        { const: 'FL', title: 'Flüchtling (B)', 'x-ias-title': { fr: 'Réfugié (B)' } },
        {
          const: 'VA',
          title: 'Vorläufig aufgenommen (F)',
          'x-ias-title': { fr: 'Admis à titre provisoire (F)' },
        },
      ],
    },
    skills: {
      type: 'array',
      title: 'Sprachen',
      uniqueItems: true,
      items: { enum: ['de', 'fr', 'it', 'en'] },
    },
    address: {
      type: 'object',
      title: 'Adresse',
      properties: { street: { type: 'string', title: 'Strasse' }, town: { type: 'string', title: 'Ort' } },
    },
  },
};

async function mount(schema: unknown, value?: unknown, attrs: { locale?: string; role?: string } = {}) {
  const el = await fixture<IasForm>(
    html`<ias-form
      .schema=${schema}
      .value=${value}
      .locale=${attrs.locale}
      .userRole=${attrs.role ?? null}
    ></ias-form>`,
  );
  await settle(el);
  return el;
}

describe('ias-form: rendering', () => {
  it('renders nested objects as fieldsets with legends, labels and required markers', async () => {
    const el = await mount(person, { name: 'Amina Yusuf' });
    expect(labelAt(el, '/name')).to.contain('Name').and.contain('Pflichtfeld');
    expect(labelAt(el, '/children')).to.equal('Kinder');
    expect(labelAt(el, '/address')).to.equal('Adresse');
    expect(deepQuery(fieldAt(el, '/address'), 'fieldset legend')).to.exist;
    expect(controlAt(el, '/name').value).to.equal('Amina Yusuf');
    expect(controlAt(el, '/notes').localName).to.equal('textarea');
    await expectAccessible(el);
  });

  it('shows dates as dd.mm.yyyy while the value stays YYYY-MM-DD', async () => {
    const el = await mount(person, { entryDate: '2021-03-04' });
    expect(controlAt(el, '/entryDate').value).to.equal('04.03.2021');
    const change = oneEvent(el, 'ias-change');
    await type(el, '/entryDate', '5.6.2022');
    expect(((await change) as unknown as IasChangeEvent).value).to.deep.include({
      entryDate: '2022-06-05',
    });
    expect(controlAt(el, '/entryDate').value).to.equal('5.6.2022', 'typed text stays while editing');
  });

  it('keeps an impossible date as typed and says what is wrong once the field is left', async () => {
    const el = await mount(person, { name: 'A', entryDate: '2021-03-04' });
    await type(el, '/entryDate', '30.02.2024');
    expect(controlAt(el, '/entryDate').value).to.equal('30.02.2024');
    expect(errorAt(el, '/entryDate')).to.equal('', 'no message while typing');
    await leave(el, '/entryDate');
    expect(errorAt(el, '/entryDate')).to.match(/Datum/);
    expect(controlAt(el, '/entryDate').getAttribute('aria-invalid')).to.equal('true');
    expect(controlAt(el, '/entryDate').getAttribute('aria-describedby')).to.contain('error');
    await expectAccessible(el);
  });

  it('shows and reads numbers the Swiss way and keeps text that is not a number', async () => {
    const el = await mount(person, { income: 1234.5 });
    expect(controlAt(el, '/income').value).to.equal('1’234.5');
    await type(el, '/income', "2'500.25");
    expect(el.value).to.deep.include({ income: 2500.25 });
    await type(el, '/children', '2a');
    expect(controlAt(el, '/children').value).to.equal('2a');
    expect((el.value as Record<string, unknown>)['children']).to.equal('2a');
    await leave(el, '/children');
    expect(errorAt(el, '/children')).to.not.equal('');
  });

  it('renders booleans as a checkbox, or yes / no / unknown when null is allowed', async () => {
    const el = await mount(person, {});
    expect(controlAt(el, '/alphabetised').type).to.equal('checkbox');
    const radios = fieldAt(el, '/interpreter').shadowRoot!.querySelectorAll('input[type=radio]');
    expect([...radios].map((r) => r.parentElement!.textContent!.trim())).to.deep.equal([
      'Ja',
      'Nein',
      'Unbekannt',
    ]);
    (radios[2] as HTMLInputElement).click();
    await settle(el);
    expect(el.value).to.deep.include({ interpreter: null });
    await expectAccessible(el);
  });

  it('translates enum labels and keeps the enum value', async () => {
    const el = await mount(person, { status: 'VA' }, { locale: 'fr' });
    const select = controlAt<HTMLSelectElement>(el, '/status');
    expect(select.selectedOptions[0]!.textContent!.trim()).to.equal('Admis à titre provisoire (F)');
    select.value = '0';
    select.dispatchEvent(new Event('change'));
    await settle(el);
    expect(el.value).to.deep.include({ status: 'FL' });
  });

  it('renders a multi-select array of enums as checkboxes', async () => {
    const el = await mount(person, { skills: ['fr'] });
    const boxes = fieldAt(el, '/skills').shadowRoot!.querySelectorAll<HTMLInputElement>(
      'input[type=checkbox]',
    );
    expect(boxes.length).to.equal(4);
    expect(boxes[1]!.checked).to.be.true;
    boxes[0]!.click();
    await settle(el);
    expect(el.value).to.deep.include({ skills: ['de', 'fr'] });
  });

  it('never turns schema or data text into markup', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const schema = {
      title: evil,
      type: 'object',
      properties: {
        [evil]: { type: 'string', title: evil, description: evil },
        choice: { enum: [evil, 'b'] },
      },
    };
    const el = await mount(schema, { [evil]: evil, choice: evil });
    await new Promise((r) => setTimeout(r, 50));
    expect(deepQueryAll(el, 'img')).to.have.length(0);
    expect((window as { __pwned?: number }).__pwned).to.be.undefined;
    expect(deepQueryAll(el, 'label').some((l) => l.textContent!.includes('<img'))).to.be.true;
  });
});

describe('ias-form: nothing is lost', () => {
  it('keeps properties the schema does not show through every edit', async () => {
    const value = { name: 'Samir', vendorId: 'X-17', extra: { nested: [1, 2] } };
    const el = await mount(person, value);
    const change = oneEvent(el, 'ias-change');
    await type(el, '/name', 'Samir Haddad');
    const detail = (await change) as unknown as IasChangeEvent;
    expect(detail.value).to.deep.equal({ ...value, name: 'Samir Haddad' });
    expect((detail.value as typeof value).extra).to.equal(value.extra, 'untouched parts keep their identity');
  });

  it('keeps typed text through a locale switch and a schema replacement that keeps the field', async () => {
    const el = await mount(person, {});
    await type(el, '/name', 'Lina');
    await type(el, '/children', '3x');
    el.locale = 'it';
    await settle(el);
    expect(controlAt(el, '/name').value).to.equal('Lina');
    expect(labelAt(el, '/name')).to.contain('Cognome');
    expect(controlAt(el, '/children').value).to.equal('3x');
    el.schema = {
      ...person,
      title: 'Person v2',
      properties: { ...person.properties, phone: { type: 'string' } },
    };
    await settle(el);
    expect(controlAt(el, '/name').value).to.equal('Lina');
    expect(controlAt(el, '/children').value).to.equal('3x');
  });

  it('does not change a loaded value without the user acting (defaults fill new forms only)', async () => {
    const schema = { type: 'object', properties: { canton: { type: 'string', default: 'BE' } } };
    const loaded = await mount(schema, {});
    expect(loaded.value).to.deep.equal({});
    const fresh = await mount(schema, undefined);
    expect(fresh.value).to.deep.equal({ canton: 'BE' });
  });

  it('re-renders only the edited field, not the whole form', async () => {
    const properties: Record<string, unknown> = {};
    for (let i = 0; i < 60; i++) properties[`f${i}`] = { type: 'string', title: `Feld ${i}` };
    const el = await mount(
      { type: 'object', properties: { group: { type: 'object', title: 'Gruppe', properties } } },
      {},
    );
    // Count renders from the test (a spy on the prototype's render), not with a counter in the shipped class.
    const proto = IasFormField.prototype as unknown as { render(): unknown };
    const render = proto.render;
    let renders = 0;
    proto.render = function (this: unknown) {
      renders++;
      return render.call(this);
    };
    try {
      await type(el, '/group/f7', 'x');
    } finally {
      proto.render = render;
    }
    // the edited field, its enclosing group and the root — not the 59 others
    expect(renders).to.be.at.most(4);
    expect(renders).to.be.at.least(1);
  });
});

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

describe('ias-form: roles', () => {
  const schema = {
    type: 'object',
    properties: {
      name: { type: 'string', title: 'Name' },
      health: {
        type: 'object',
        title: 'Gesundheit',
        'x-ias-access': { read: ['case_manager'], write: ['case_manager'] },
        properties: { workCapacity: { type: 'integer', maximum: 100, title: 'Arbeitsfähigkeit %' } },
      },
      progress: { type: 'string', title: 'Fortschritt', 'x-ias-access': { write: ['case_manager'] } },
    },
  };
  const value = { name: 'Noor', health: { workCapacity: 150 }, progress: 'gut' };

  it('does not render fields the role may not read, makes unwritable ones read-only, and keeps both values', async () => {
    const el = await mount(schema, value, { role: 'job_coach' });
    expect(() => fieldAt(el, '/health')).to.throw();
    expect(deepQueryAll(el, 'legend').some((l) => l.textContent!.includes('Gesundheit'))).to.be.false;
    expect(controlAt(el, '/progress').readOnly).to.be.true;
    const change = oneEvent(el, 'ias-change');
    await type(el, '/name', 'Noor A.');
    const detail = (await change) as unknown as IasChangeEvent;
    expect(detail.value).to.deep.equal({ ...value, name: 'Noor A.' });
    expect(
      detail.errors.some((e) => e.pointer.startsWith('/health')),
      'no message about an unreadable field',
    ).to.be.false;
    await expectAccessible(el);
    const cm = await mount(schema, value, { role: 'case_manager' });
    expect(controlAt(cm, '/health/workCapacity').value).to.equal('150');
  });
});

describe('ias-form: roles inherited by nested fields', () => {
  it('makes every field of a block read-only when the role may not write the block', async () => {
    const schema = {
      type: 'object',
      properties: {
        framework: {
          type: 'object',
          title: 'Rahmen',
          'x-ias-access': { write: ['case_manager'] },
          properties: {
            housing: { type: 'string', title: 'Wohnen' },
            debts: {
              type: 'object',
              title: 'Schulden',
              properties: { amount: { type: 'number', title: 'Betrag' } },
            },
          },
        },
      },
    };
    const el = await mount(
      schema,
      { framework: { housing: 'kollektiv', debts: { amount: 300 } } },
      { role: 'job_coach' },
    );
    expect(controlAt(el, '/framework/housing').readOnly).to.be.true;
    expect(controlAt(el, '/framework/debts/amount').readOnly).to.be.true;
    const cm = await mount(schema, { framework: { housing: 'kollektiv' } }, { role: 'case_manager' });
    expect(controlAt(cm, '/framework/housing').readOnly).to.be.false;
  });

  it('shows nothing of a template restricted as a whole to another role, and keeps its value', async () => {
    const schema = {
      type: 'object',
      'x-ias-access': { read: ['case_manager'] },
      properties: { note: { type: 'string', title: 'Notiz' } },
    };
    const el = await mount(schema, { note: 'vertraulich' }, { role: 'external_office' });
    expect(deepQueryAll(el, 'input, textarea, select')).to.have.length(0);
    expect(el.value).to.deep.equal({ note: 'vertraulich' });
    await expectAccessible(el);
  });
});

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
    wrapper.reset();
    await settle(el);
    expect(controlAt(el, '/name').value).to.equal('Aylin');
  });
});

describe('ias-form: widget registry', () => {
  class AhvInput extends HTMLElement {
    value: unknown;
    label = '';
    connectedCallback() {
      if (this.shadowRoot) return;
      const root = this.attachShadow({ mode: 'open' });
      const label = document.createElement('label');
      label.textContent = this.label;
      const input = document.createElement('input');
      input.value = String(this.value ?? '');
      label.append(input);
      root.append(label);
      input.addEventListener('input', () => {
        this.value = input.value.replace(/\D/g, '');
        this.dispatchEvent(new Event('input', { bubbles: true }));
      });
    }
  }
  customElements.define('test-ahv-input', AhvInput);

  it('renders a host-registered element for an x-ias-widget name and takes its value', async () => {
    registerWidget('ahv', 'test-ahv-input');
    const el = await mount(
      { type: 'object', properties: { vn: { type: 'string', 'x-ias-widget': 'ahv', title: 'AHV-Nr.' } } },
      { vn: '756' },
    );
    const widget = deepQuery<AhvInput>(el, 'test-ahv-input')!;
    expect(widget.value).to.equal('756');
    expect(widget.label).to.equal('AHV-Nr.');
    const input = widget.shadowRoot!.querySelector('input')!;
    input.value = '756.1234.5678.97';
    input.dispatchEvent(new Event('input'));
    await settle(el);
    expect(el.value).to.deep.equal({ vn: '7561234567897' });
    await expectAccessible(el);
  });

  it('lets a host replace a built-in control by kind in its own registry, keeping the other built-ins', async () => {
    const widgets = new WidgetRegistry(widgetRegistry).register('kind:boolean', {
      render: (f) =>
        html`<button
          type="button"
          id="c"
          aria-pressed=${f.value === true ? 'true' : 'false'}
          @click=${() => f.edit(f.value !== true)}
        >
          ${f.label}
        </button>`,
    });
    const el = await fixture<IasForm>(
      html`<ias-form
        .widgets=${widgets}
        .schema=${{
          type: 'object',
          properties: { consent: { type: 'boolean', title: 'Einwilligung' }, name: { type: 'string' } },
        }}
        .value=${{}}
      ></ias-form>`,
    );
    await settle(el);
    const toggle = controlAt<HTMLButtonElement>(el, '/consent');
    expect(toggle.localName).to.equal('button');
    toggle.click();
    await settle(el);
    expect(el.value).to.deep.equal({ consent: true });
    expect(controlAt(el, '/name').localName).to.equal('input');
    await expectAccessible(el);
  });
});
