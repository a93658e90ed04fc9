import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { mergeEdit, redact } from '@ias-kit/core/access';
import { expectAccessible } from '@ias-kit/ui/test/index.js';
import './define.js';
import type { IasForm } from './form.js';
import type { IasChangeEvent } from './form.events.js';
import { controlAt, deepQueryAll, fieldAt, settle, type } from '../testing/helpers.js';

/*
 * The server-side round trip of core's access rules with a real <ias-form>: the kit's Kurzassessment and
 * Dawit Tesfaye's sample record (health block and debts filled), sent through `redact` to a social worker
 * (the kit's role for the coaching staff who may not see health, debts or legal proceedings), edited in the
 * form, and merged back with `mergeEdit`.
 */
const get = async (path: string) => (await (await fetch(`/${path}`)).json()) as Record<string, unknown>;

describe('ias-form fed by redact: a social worker’s round trip', () => {
  it('shows no hidden field, edits, and the merged record keeps health and debts untouched', async () => {
    const template = await get('schemas/forms/sem-kurzassessment-1.1.0.schema.json');
    const sample = (await get('schemas/samples/dawit-tesfaye.json')) as {
      snapshots: { data: Record<string, Record<string, unknown>> }[];
    };
    const stored = sample.snapshots[0]!.data;
    expect(stored.health, 'the sample holds health data').to.have.property('limitations');
    const sent = redact(template, stored, 'social_worker').value as Record<string, unknown>;
    expect(JSON.stringify(sent)).not.to.contain('Rückenschmerzen');

    const el = await fixture<IasForm>(
      html`<ias-form .schema=${template} .value=${sent} user-role="social_worker"></ias-form>`,
    );
    await settle(el);
    expect(() => fieldAt(el, '/health')).to.throw();
    expect(() => fieldAt(el, '/framework/debts')).to.throw();
    const labels = deepQueryAll(el, 'label, legend').map((l) => l.textContent ?? '');
    const hidden =
      /Gesundheit und Arbeitsfähigkeit|Arbeitsfähigkeit \(%\)|Einschränkungen|Schulden|Rechtliche/;
    expect(labels.filter((t) => hidden.test(t))).to.deep.equal([]);
    expect(controlAt(el, '/framework/mobility').readOnly).to.be.false;

    const change = oneEvent(el, 'ias-change');
    await type(el, '/framework/mobility', 'Velo');
    const edited = ((await change) as unknown as IasChangeEvent).value;
    expect(edited).not.to.have.property('health');

    const merged = mergeEdit(template, stored, edited, 'social_worker');
    expect(merged.refused).to.deep.equal([]);
    const value = merged.value as Record<string, Record<string, unknown>>;
    expect(value.health).to.deep.equal(stored.health);
    expect(value.framework).to.deep.equal({ ...stored.framework, mobility: 'Velo' });
    expect(value.person).to.deep.equal(stored.person);
    await expectAccessible(el);
  });
});

describe('ias-form: lists holding what the role may not see', () => {
  it('lets the role edit and append, but not remove or reorder elements whose hidden members would shift', async () => {
    const schema = {
      type: 'object',
      properties: {
        languages: {
          type: 'array',
          title: 'Sprachen',
          items: {
            type: 'object',
            properties: {
              code: { type: 'string', title: 'Sprache' },
              note: { type: 'string', title: 'Notiz', 'x-ias-access': { read: ['case_manager'] } },
            },
          },
        },
      },
    };
    const value = { languages: [{ code: 'ar', note: 'vertraulich' }, { code: 'de' }] };
    const el = await fixture<IasForm>(
      html`<ias-form .schema=${schema} .value=${value} user-role="social_worker"></ias-form>`,
    );
    await settle(el);
    const list = fieldAt(el, '/languages').shadowRoot!;
    expect(list.querySelectorAll('.remove, .up, .down')).to.have.length(0);
    expect(list.querySelector<HTMLButtonElement>('.add')!.disabled).to.be.false;
    expect(controlAt(el, '/languages/0/code').readOnly).to.be.false;
    const cm = await fixture<IasForm>(
      html`<ias-form .schema=${schema} .value=${value} user-role="case_manager"></ias-form>`,
    );
    await settle(cm);
    expect(fieldAt(cm, '/languages').shadowRoot!.querySelectorAll('.remove')).to.have.length(2);
    await expectAccessible(el);
  });
});
