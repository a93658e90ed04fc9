import { expect, oneEvent } from '@open-wc/testing';
import { MEASURE_STATUS_TRANSITIONS } from '@ias-kit/core';
import { expectAccessible } from '@ias-kit/ui/test/index.js';
import {
  $,
  choose,
  field,
  lastChange,
  messages,
  mount,
  openAll,
  PROVIDERS,
  record,
  root,
  samplePlan,
  type,
} from '../test/plan-dom.js';
import './define.js';
import { IasDocumentAttachEvent, IasMeasureStatusChangeEvent } from './integration-plan.events.js';

describe('ias-integration-plan measures', () => {
  it('offers only the allowed status transitions and enforces outcome and reason', async () => {
    const el = await mount(samplePlan('c01')); // Yonas: the qualification (measure 3) runs;
    await openAll(el);
    const events = record(el);
    const status = field<HTMLSelectElement>(el, '/measures/2/status');
    const offered = [...status.options].map((o) => o.value);
    expect(offered).to.deep.equal(['laufend', ...MEASURE_STATUS_TRANSITIONS.laufend]);
    const statusEvent = oneEvent(el, 'ias-measure-status-change');
    await choose(el, status, 'abgeschlossen');
    const se = (await statusEvent) as unknown as IasMeasureStatusChangeEvent;
    expect(se).to.be.instanceOf(IasMeasureStatusChangeEvent);
    expect([se.from, se.to, se.pointer, se.bubbles, se.composed]).to.deep.equal([
      'laufend',
      'abgeschlossen',
      '/measures/2',
      true,
      true,
    ]);
    let change = lastChange(events);
    expect(change.valid).to.be.false;
    expect(change.errors.map((e) => [e.pointer, e.keyword])).to.deep.equal([
      ['/measures/2/outcome', 'outcome-required'],
    ]);
    expect(change.errors[0]!.message).to.equal('A completed measure needs an outcome.');
    await el.updateComplete;
    expect(root(el).activeElement?.id).to.equal('f-measures-2-outcome');
    // The end state is final: only itself is offered now.
    expect([...field<HTMLSelectElement>(el, '/measures/2/status').options].map((o) => o.value)).to.deep.equal(
      ['abgeschlossen'],
    );
    await choose(el, field<HTMLSelectElement>(el, '/measures/2/outcome'), 'nicht_erreicht');
    change = lastChange(events);
    expect(change.errors.map((e) => e.keyword)).to.deep.equal(['reason-required']);
    await openAll(el);
    await expectAccessible(el);
    await type(el, field<HTMLTextAreaElement>(el, '/measures/2/outcomeReason'), 'Betrieb geschlossen.');
    change = lastChange(events);
    expect(change.valid).to.be.true;
    expect(change.value.measures[2]!.outcomeReason).to.equal('Betrieb geschlossen.');
  });

  it('keeps the old status when the host cancels ias-measure-status-change', async () => {
    const el = await mount(samplePlan('c19')); // Omid: the A1 course is planned
    const events = record(el);
    el.addEventListener('ias-measure-status-change', (e) => e.preventDefault());
    const status = field<HTMLSelectElement>(el, '/measures/0/status');
    await choose(el, status, 'angemeldet');
    expect(events).to.have.length(0);
    expect(status.value).to.equal('geplant');
    expect(el.value!.measures[0]!.status).to.equal('geplant');
  });

  it('shows free places, warns when an offer is full, and keeps an unknown provider editable', async () => {
    const yonas = await mount(samplePlan('c01'));
    const capacity = (el: typeof yonas, i: number) => {
      const rows = root(el).querySelectorAll('section.measures [part~="row"]');
      return rows[i]!.querySelector('[part="capacity"]')!.textContent!.trim();
    };
    expect(capacity(yonas, 0)).to.equal('3 of 16 places free');
    // Samir's course on the full A2 offer, set back from registered to planned.
    const plan = samplePlan('c07');
    plan.measures[0]!.status = 'geplant';
    const el = await mount(plan);
    expect(capacity(el, 0)).to.equal('Full: all 12 places taken');
    expect(field<HTMLSelectElement>(el, '/measures/0/offerId').getAttribute('aria-describedby')).to.equal(
      'f-measures-0-offerId-msg f-measures-0-offerId-extra',
    );
    expect(messages(el, '/measures/0/offerId')).to.contain('The offer “Deutsch A2 intensiv” is full.');
    const offers = [...field<HTMLSelectElement>(el, '/measures/0/offerId').options].map((o) =>
      o.textContent!.trim(),
    );
    expect(offers).to.deep.equal([
      'No offer',
      'Deutsch A1 Abendkurs – 3 of 16 places free',
      'Deutsch A2 intensiv – full',
      'Alphabetisierung – 2 of 8 places free',
    ]);
    expect(el.warnings.map((w) => w.keyword)).to.include('offer-full');
    await openAll(el);
    await expectAccessible(el);

    // A host whose provider list no longer has the workshop of Yonas' qualification (measure 3).
    const f = await mount(
      samplePlan('c01'),
      'en',
      PROVIDERS.filter((p) => p.id !== 'prov-werkstatt'),
    );
    const provider = $<HTMLSelectElement>(f, '#f-measures-2-provider');
    expect(provider.selectedOptions[0]!.textContent!.trim()).to.equal('Unknown provider (prov-werkstatt)');
    expect(root(f).querySelectorAll('summary')[4]!.textContent).to.contain(
      'Unknown provider (prov-werkstatt)',
    );
    expect(f.warnings.find((w) => w.pointer === '/measures/2/provider')!.message).to.equal(
      'Unknown provider (prov-werkstatt): not in the provider list.',
    );
    await openAll(f);
    await expectAccessible(f);
    const events = record(f);
    await choose(f, provider, 'prov-coaching');
    expect(lastChange(events).value.measures[2]!.provider).to.deep.equal({
      providerId: 'prov-coaching',
      name: 'JobCoach Fittizio Sagl (fittizia)',
      uid: 'CHE-100.200.304',
      accredited: false,
    });
    expect(f.warnings.some((w) => w.pointer === '/measures/2/provider')).to.be.false;
  });

  it('takes title and tariff from a chosen offer and links measures to goals, keeping unknown goal ids', async () => {
    // The sample providers with an hourly tariff on the A1 evening course.
    const providers = structuredClone(PROVIDERS);
    providers[0]!.offers[0]!.tariffType = 'pro_stunde';
    const el = await mount(samplePlan('c01'), 'en', providers);
    $(el, 'section.measures button.add').click();
    await el.updateComplete;
    await choose(el, field<HTMLSelectElement>(el, '/measures/3/provider'), 'prov-sprachwerk');
    await choose(el, field<HTMLSelectElement>(el, '/measures/3/offerId'), 'off-a1-abend');
    const m = el.value!.measures[3]!;
    expect([m.offerId, m.title, m.cost]).to.deep.equal([
      'off-a1-abend',
      'Deutsch A1 Abendkurs',
      { tariffType: 'pro_stunde' },
    ]);
    expect(el.errors.map((e) => e.pointer)).to.deep.equal([
      '/measures/3/cost/amountChf',
      '/measures/3/cost/financing',
    ]);
    field(el, '/measures/3/goalIds/1').click();
    await el.updateComplete;
    expect(el.value!.measures[3]!.goalIds).to.deep.equal(['g-c01-2']);
    el.value = { ...el.value!, measures: [{ ...el.value!.measures[3]!, goalIds: ['goal-x', 'g-c01-2'] }] };
    await el.updateComplete;
    field(el, '/measures/0/goalIds/0').click();
    await el.updateComplete;
    expect(el.value!.measures[0]!.goalIds).to.deep.equal(['g-c01-1', 'g-c01-2', 'goal-x']);
    await openAll(el);
    await expectAccessible(el);
  });

  it('hands chosen and dropped files to the host with ias-document-attach and stores the reference it answers', async () => {
    const el = await mount(samplePlan('c01'));
    const events = record(el);
    const input = $<HTMLInputElement>(el, '#f-measures-0-attach');
    const transfer = new DataTransfer();
    transfer.items.add(new File(['%PDF'], 'zertifikat.pdf', { type: 'application/pdf' }));
    const attach = oneEvent(el, 'ias-document-attach');
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    const event = (await attach) as unknown as IasDocumentAttachEvent;
    expect(event).to.be.instanceOf(IasDocumentAttachEvent);
    expect(event.composed && event.bubbles).to.be.true;
    expect(event.file.name).to.equal('zertifikat.pdf');
    expect(event.attachTo).to.deep.equal({ kind: 'measure', id: 'm-c01-1', pointer: '/measures/0' });
    expect(events).to.have.length(0); // nothing stored before the host answers
    event.respondWith(Promise.resolve({ id: 'doc-9', title: 'Zertifikat A1', mediaType: 'application/pdf' }));
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    const change = lastChange(events);
    expect(change.value.measures[0]!.documents).to.deep.equal([
      { id: 'doc-9', title: 'Zertifikat A1', mediaType: 'application/pdf' },
    ]);
    expect(change.value.changeLog!.at(-1)).to.deep.include({ op: 'add', pointer: '/measures/0/documents/0' });
    expect($(el, 'section.measures [part="documents"]').textContent).to.contain('Zertifikat A1');

    const zone = root(el).querySelectorAll('[part="documents"]')[0]!; // goal 1
    const dropped = oneEvent(el, 'ias-document-attach');
    const second = new DataTransfer();
    second.items.add(new File(['A2'], 'test.pdf', { type: 'application/pdf' }));
    const drop = new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: second });
    zone.dispatchEvent(drop);
    const goalEvent = (await dropped) as unknown as IasDocumentAttachEvent;
    expect(goalEvent.file.name).to.equal('test.pdf');
    expect(goalEvent.attachTo).to.deep.equal({ kind: 'goal', id: 'g-c01-1', pointer: '/goals/0' });
    goalEvent.respondWith({ id: 'doc-10', title: 'Testergebnis' });
    await new Promise((r) => setTimeout(r));
    expect(el.value!.goals[0]!.documents).to.deep.equal([{ id: 'doc-10', title: 'Testergebnis' }]);
    await expectAccessible(el);
  });
});
