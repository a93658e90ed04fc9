/* <ias-form> and `x-ias-access`: what a role may read and write, down to nested fields. */
import { expect, oneEvent } from '@open-wc/testing';
import { expectAccessible } from '@ias-kit/ui/test/index.js';
import './define.js';
import type { IasChangeEvent } from './form.events.js';
import { controlAt, deepQueryAll, fieldAt, mount, type } from '../testing/helpers.js';

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
