import { expect, fixture, html } from '@open-wc/testing';
import { expectAccessible } from '@ias-kit/ui/test/index.js';
import '../form/define.js';
import type { IasForm } from '../form/form.js';
import { controlAt, deepQuery, deepQueryAll, fieldAt, settle, type } from '../testing/helpers.js';
import { swissOffset } from './date-time.js';

async function mount(schema: unknown, value?: unknown): Promise<IasForm> {
  const el = await fixture<IasForm>(
    html`<ias-form .schema=${schema} .value=${value} locale="de"></ias-form>`,
  );
  await settle(el);
  return el;
}

describe('ias-form on schemas people bring', () => {
  it('offers the alternatives of a oneOf beside a type list, not a JSON box', async () => {
    const el = await mount(
      {
        type: 'object',
        properties: {
          amount: {
            type: ['string', 'number'],
            oneOf: [
              { type: 'number', title: 'Betrag' },
              { type: 'string', title: 'Bemerkung' },
            ],
          },
        },
      },
      { amount: 'offen' },
    );
    const select = deepQuery<HTMLSelectElement>(el, '#choice')!;
    expect([...select.options].map((o) => o.textContent!.trim())).to.deep.equal(['Betrag', 'Bemerkung']);
    expect(select.value).to.equal('1'); // the data is a string
    expect(deepQuery(el, 'textarea.json')).to.equal(undefined);
    await expectAccessible(el);
  });

  it('resolves a $ref to a bundled $id resource into real controls', async () => {
    const el = await mount({
      $id: 'https://example.ch/schemas/person.json',
      type: 'object',
      properties: { home: { $ref: 'https://example.ch/schemas/address.json', title: 'Wohnadresse' } },
      $defs: {
        address: {
          $id: 'address.json',
          type: 'object',
          properties: { street: { type: 'string', title: 'Strasse' } },
        },
      },
    });
    await type(el, '/home/street', 'Bahnhofstrasse 1');
    expect(el.value).to.deep.equal({ home: { street: 'Bahnhofstrasse 1' } });
  });

  it('lists unknown formats, and patterns the linear-time engine cannot run, in notices', async () => {
    const el = await mount({
      type: 'object',
      properties: {
        iban: { type: 'string', format: 'iban' },
        pw: { type: 'string', pattern: '^(?=.*\\d).{8,}$' },
      },
    });
    const notices = el.notices.map((n) => `${n.pointer} ${n.keyword}`);
    expect(notices).to.include('/properties/iban/format format');
    expect(notices).to.include('/properties/pw/pattern pattern');
  });

  it('reports a $ref loop at the $ref, in words', async () => {
    const el = await mount({
      type: 'object',
      properties: { a: { $ref: '#/$defs/a' } },
      $defs: { a: { $ref: '#/$defs/b' }, b: { $ref: '#/$defs/a' } },
    });
    const text = el.shadowRoot!.querySelector('[part="schema-error"]')?.textContent ?? '';
    expect(text).to.contain('/$defs/b/$ref');
    expect(text).to.contain('leads back to itself');
    expect(text).not.to.match(/call stack/i);
  });

  it('validates a catastrophic-backtracking pattern at once', async () => {
    const el = await mount(
      { type: 'object', properties: { code: { type: 'string', pattern: '^(a+)+$' } } },
      {},
    );
    const t0 = performance.now();
    await type(el, '/code', 'a'.repeat(5000) + '!');
    expect(el.checkValidity()).to.equal(false);
    expect(performance.now() - t0).to.be.below(5000); // a backtracking engine needs far longer than the universe
  });

  it('edits a date-time as a date and a time, stored in RFC 3339 with the Swiss offset', async () => {
    const el = await mount(
      { type: 'object', properties: { at: { type: 'string', format: 'date-time', title: 'Termin' } } },
      {},
    );
    const field = fieldAt(el, '/at');
    const time = field.shadowRoot!.querySelector<HTMLInputElement>('#t')!;
    time.value = '14:30';
    time.dispatchEvent(new Event('input', { bubbles: true }));
    await type(el, '/at', '31.03.2025');
    expect(el.value).to.deep.equal({ at: '2025-03-31T14:30:00+02:00' });
    expect(swissOffset('2025-01-15', '09:00')).to.equal('+01:00');
    await expectAccessible(el);
    // An existing value shows its own wall-clock time, and keeps its offset.
    const other = await mount(
      { type: 'object', properties: { at: { type: 'string', format: 'date-time' } } },
      { at: '2025-01-15T09:05:00Z' },
    );
    expect(controlAt(other, '/at').value).to.equal('15.01.2025');
    expect(fieldAt(other, '/at').shadowRoot!.querySelector<HTMLInputElement>('#t')!.value).to.equal('09:05');
  });

  it('edits additionalProperties / patternProperties entries: add, rename (name checked), remove', async () => {
    const el = await mount(
      {
        type: 'object',
        properties: { name: { type: 'string' } },
        propertyNames: { pattern: '^[a-z0-9-]+$' },
        patternProperties: { '^x-': { type: 'number' } },
        additionalProperties: { type: 'string', title: 'Sprache' },
      },
      { name: 'Aylin', de: 'B1', 'x-score': 3 },
    );
    const rows = () => deepQueryAll<HTMLLIElement>(el, 'li.entry').map((li) => li.dataset['entry']);
    expect(rows()).to.deep.equal(['de', 'x-score']);
    expect(controlAt(el, '/x-score').inputMode).to.equal('decimal'); // the pattern's schema: a number
    const rename = async (from: string, to: string) => {
      const input = deepQuery<HTMLInputElement>(el, `li[data-entry="${from}"] .entry-name`)!;
      input.value = to;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await settle(el);
    };
    await rename('de', 'fr');
    expect(el.value).to.deep.equal({ name: 'Aylin', fr: 'B1', 'x-score': 3 });
    await rename('fr', 'FR'); // refused by propertyNames
    expect(el.value).to.have.property('fr', 'B1');
    expect(deepQuery(el, 'li[data-entry="fr"] .error')!.textContent).to.contain('nicht erlaubt');
    await rename('fr', 'x-score'); // taken
    expect(deepQuery(el, 'li[data-entry="fr"] .error')!.textContent).to.contain('gibt es schon');
    deepQuery<HTMLButtonElement>(el, '.add-entry')!.click();
    await settle(el);
    expect(el.value).to.deep.equal({ name: 'Aylin', fr: 'B1', 'x-score': 3, 'name-2': '' });
    expect(rows()).to.deep.equal(['fr', 'x-score', 'name-2']);
    deepQuery<HTMLButtonElement>(el, 'li[data-entry="fr"] .remove')!.click();
    await settle(el);
    expect(Object.keys(el.value as object)).to.deep.equal(['name', 'x-score', 'name-2']);
    await expectAccessible(el);
  });
});
