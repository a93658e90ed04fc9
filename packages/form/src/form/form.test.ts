import { expect, oneEvent } from '@open-wc/testing';
import { expectAccessible } from '@ias-kit/ui/test/index.js';
import './define.js';
import { IasFormField } from '../field/field.js';
import type { IasChangeEvent } from './form.events.js';
import {
  controlAt,
  deepQuery,
  deepQueryAll,
  errorAt,
  fieldAt,
  labelAt,
  leave,
  mount,
  settle,
  type,
} from '../testing/helpers.js';
import { person } from '../testing/person.js';

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
