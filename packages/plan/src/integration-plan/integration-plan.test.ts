import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ContextProvider } from '@lit/context';
import { MEASURE_STATUS_TRANSITIONS } from '@ias-kit/core';
import { caseContext, todayContext } from '@ias-kit/ui';
import { expectAccessible, forEachLocale } from '@ias-kit/ui/test/index.js';
import type { IasTimeline } from '@ias-kit/timeline';
import { IasTimelineSelectEvent } from '@ias-kit/timeline';
import { caseB, emptyPlan, NOW, planB, planF, PROVIDERS, TODAY, USER } from '../test/fixtures.js';
import './define.js';
import type { IasIntegrationPlan } from './integration-plan.js';
import {
  IasDocumentAttachEvent,
  IasMeasureStatusChangeEvent,
  type IasPlanChangeEvent,
} from './integration-plan.events.js';
import type { PlanValue } from './integration-plan.types.js';

const root = (el: IasIntegrationPlan) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: IasIntegrationPlan, selector: string) =>
  root(el).querySelector<T & Element>(selector)!;
const field = <T extends Element = HTMLInputElement>(el: IasIntegrationPlan, pointer: string) =>
  $<T>(el, `#f${pointer.replace(/\//g, '-')}`);
const messages = (el: IasIntegrationPlan, pointer: string) =>
  root(el)
    .querySelector(`#f${pointer.replace(/\//g, '-')}-msg`)
    ?.textContent?.replace(/\s+/g, ' ')
    .trim() ?? '';
const openAll = async (el: IasIntegrationPlan) => {
  root(el)
    .querySelectorAll('details')
    .forEach((d) => (d.open = true));
  await el.updateComplete;
};
const mount = (value: PlanValue | undefined, lang = 'en') =>
  fixture<IasIntegrationPlan>(
    html`<ias-integration-plan
      lang=${lang}
      today=${TODAY}
      now=${NOW}
      entry-date="2025-02-10"
      .user=${USER}
      .providers=${PROVIDERS}
      .value=${value}
    ></ias-integration-plan>`,
  );
/** Types `text` into a control and commits it like a user leaving the field. */
const type = async (
  el: IasIntegrationPlan,
  control: HTMLInputElement | HTMLTextAreaElement,
  text: string,
) => {
  control.value = text;
  control.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
};
const choose = async (el: IasIntegrationPlan, control: HTMLSelectElement, value: string) => {
  control.value = value;
  control.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
};
const lastChange = (events: Event[]) => events[events.length - 1] as IasPlanChangeEvent;
const record = (el: IasIntegrationPlan) => {
  const events: IasPlanChangeEvent[] = [];
  el.addEventListener('ias-change', (e) => events.push(e as IasPlanChangeEvent));
  return events;
};

describe('ias-integration-plan', () => {
  it('renders an empty plan with every section and no error, and is accessible', async () => {
    const el = await mount(emptyPlan());
    const headings = [...root(el).querySelectorAll('h2')].map((h) =>
      h.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(headings).to.deep.equal([
      'Plan',
      'Goals (0)',
      'Measures (0)',
      'Reviews (0)',
      'Consent',
      'Change log (0)',
    ]);
    expect(el.valid).to.be.true;
    expect($(el, '.summary').textContent!.trim()).to.equal('No errors or warnings.');
    await expectAccessible(el);
  });

  it('without a value starts a draft that asks for the required plan fields', async () => {
    const el = await mount(undefined);
    expect(el.valid).to.be.false;
    expect(messages(el, '/validFrom')).to.contain('Required.');
    expect(field(el, '/validFrom').getAttribute('aria-invalid')).to.equal('true');
    expect(field(el, '/validFrom').getAttribute('aria-describedby')).to.equal('f-validFrom-msg');
    await expectAccessible(el);
  });

  it('renders a typical B plan with all items open accessibly, labels every control', async () => {
    const el = await mount(planB());
    await openAll(el);
    for (const control of root(el).querySelectorAll('input, select, textarea')) {
      const id = control.id;
      expect(id, control.outerHTML).to.not.equal('');
      expect(root(el).querySelector(`label[for="${id}"]`), id).to.exist;
    }
    expect(root(el).querySelectorAll('[part~="row"]').length).to.equal(2 + 3 + 1 + 2);
    await expectAccessible(el);
  });

  it('offers only the allowed status transitions and enforces outcome and reason', async () => {
    const el = await mount(planB());
    await openAll(el);
    const events = record(el);
    const status = field<HTMLSelectElement>(el, '/measures/1/status');
    const offered = [...status.options].map((o) => o.value);
    expect(offered).to.deep.equal(['laufend', ...MEASURE_STATUS_TRANSITIONS.laufend]);
    const statusEvent = oneEvent(el, 'ias-measure-status-change');
    await choose(el, status, 'abgeschlossen');
    const se = (await statusEvent) as unknown as IasMeasureStatusChangeEvent;
    expect(se).to.be.instanceOf(IasMeasureStatusChangeEvent);
    expect([se.from, se.to, se.pointer, se.bubbles, se.composed]).to.deep.equal([
      'laufend',
      'abgeschlossen',
      '/measures/1',
      true,
      true,
    ]);
    let change = lastChange(events);
    expect(change.valid).to.be.false;
    expect(change.errors.map((e) => [e.pointer, e.keyword])).to.deep.equal([
      ['/measures/1/outcome', 'outcome-required'],
    ]);
    expect(change.errors[0]!.message).to.equal('A completed measure needs an outcome.');
    await el.updateComplete;
    expect(root(el).activeElement?.id).to.equal('f-measures-1-outcome');
    // The end state is final: only itself is offered now.
    expect([...field<HTMLSelectElement>(el, '/measures/1/status').options].map((o) => o.value)).to.deep.equal(
      ['abgeschlossen'],
    );
    await choose(el, field<HTMLSelectElement>(el, '/measures/1/outcome'), 'nicht_erreicht');
    change = lastChange(events);
    expect(change.errors.map((e) => e.keyword)).to.deep.equal(['reason-required']);
    await openAll(el);
    await expectAccessible(el);
    await type(el, field<HTMLTextAreaElement>(el, '/measures/1/outcomeReason'), 'Betrieb geschlossen.');
    change = lastChange(events);
    expect(change.valid).to.be.true;
    expect(change.value.measures[1]!.outcomeReason).to.equal('Betrieb geschlossen.');
  });

  it('keeps the old status when the host cancels ias-measure-status-change', async () => {
    const el = await mount(planB());
    const events = record(el);
    el.addEventListener('ias-measure-status-change', (e) => e.preventDefault());
    const status = field<HTMLSelectElement>(el, '/measures/2/status');
    await choose(el, status, 'angemeldet');
    expect(events).to.have.length(0);
    expect(status.value).to.equal('geplant');
    expect(el.value!.measures[2]!.status).to.equal('geplant');
  });

  it('shows free places, warns when an offer is full, and keeps an unknown provider editable', async () => {
    const el = await mount(planB());
    const rows = [...root(el).querySelectorAll('section.measures [part~="row"]')];
    const capacity = (i: number) => rows[i]!.querySelector('[part="capacity"]')!.textContent!.trim();
    expect(capacity(0)).to.equal('3 of 12 places free');
    expect(capacity(2)).to.equal('Full: all 10 places taken');
    expect(field<HTMLSelectElement>(el, '/measures/2/offerId').getAttribute('aria-describedby')).to.equal(
      'f-measures-2-offerId-msg f-measures-2-offerId-extra',
    );
    expect(messages(el, '/measures/2/offerId')).to.contain('The offer “Deutsch A2 Intensiv” is full.');
    const offers = [...field<HTMLSelectElement>(el, '/measures/2/offerId').options].map((o) =>
      o.textContent!.trim(),
    );
    expect(offers).to.deep.equal([
      'No offer',
      'Deutsch A1 Abendkurs – 3 of 12 places free',
      'Deutsch A2 Intensiv – full',
    ]);
    expect(el.warnings.map((w) => w.keyword)).to.include('offer-full');
    await openAll(el);
    await expectAccessible(el);

    const f = await mount(planF());
    const provider = $<HTMLSelectElement>(f, '#f-measures-2-provider');
    expect(provider.selectedOptions[0]!.textContent!.trim()).to.equal('Unknown provider (prov-verschwunden)');
    expect(root(f).querySelectorAll('summary')[4]!.textContent).to.contain(
      'Unknown provider (prov-verschwunden)',
    );
    expect(f.warnings.find((w) => w.pointer === '/measures/2/provider')!.message).to.equal(
      'Unknown provider (prov-verschwunden): not in the provider list.',
    );
    await openAll(f);
    await expectAccessible(f);
    const events = record(f);
    await choose(f, provider, 'prov-werkstatt');
    expect(lastChange(events).value.measures[2]!.provider).to.deep.equal({
      providerId: 'prov-werkstatt',
      name: 'Werkstatt Muster AG',
      uid: 'CHE-444.555.666',
      accredited: true,
    });
    expect(f.warnings.some((w) => w.keyword === 'provider-unknown')).to.be.false;
  });

  it('hands chosen and dropped files to the host with ias-document-attach and stores the reference it answers', async () => {
    const el = await mount(planB());
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
    expect(event.attachTo).to.deep.equal({ kind: 'measure', id: 'measure-1', pointer: '/measures/0' });
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
    expect(goalEvent.attachTo).to.deep.equal({ kind: 'goal', id: 'goal-1', pointer: '/goals/0' });
    goalEvent.respondWith({ id: 'doc-10', title: 'Testergebnis' });
    await new Promise((r) => setTimeout(r));
    expect(el.value!.goals[0]!.documents).to.deep.equal([{ id: 'doc-10', title: 'Testergebnis' }]);
    await expectAccessible(el);
  });

  it('appends who, when, pointer, old and new to the change log, shows it and undoes an edit', async () => {
    const el = await mount(planB());
    const events = record(el);
    await type(el, field(el, '/measures/1/title'), 'Praktikum Lager');
    const change = lastChange(events);
    expect(change.value.changeLog).to.have.length(2);
    expect(change.value.changeLog![1]).to.deep.equal({
      who: USER,
      when: NOW,
      op: 'replace',
      pointer: '/measures/1/title',
      old: 'Praktikum Logistik',
      new: 'Praktikum Lager',
    });
    const history = $(el, '[part="history"]');
    const first = history.querySelector('tbody tr')!.textContent!.replace(/\s+/g, ' ');
    expect(first).to.contain('02.03.2026 09:30').and.contain('Lea Muster').and.contain('/measures/1/title');
    expect(first).to.contain('Praktikum Logistik').and.contain('Praktikum Lager');
    await openAll(el);
    await expectAccessible(el);
    expect($(el, '#undo').textContent!.trim()).to.equal('Undo');
    el.undo();
    await el.updateComplete;
    expect($(el, '[role="status"]').textContent!.trim()).to.equal('Undone.');
    const undone = lastChange(events).value;
    expect(undone.measures[1]!.title).to.equal('Praktikum Logistik');
    expect(undone.changeLog).to.have.length(3);
    expect(undone.changeLog![2]).to.deep.include({
      op: 'replace',
      old: 'Praktikum Lager',
      new: 'Praktikum Logistik',
    });
  });

  it('round-trips unknown properties and keeps untouched parts identical', async () => {
    const value = planB();
    const el = await mount(value);
    const events = record(el);
    await type(el, field(el, '/goals/0/indicator'), 'fide A2 mündlich');
    const out = lastChange(events).value as PlanValue & Record<string, unknown>;
    expect(out['x-host']).to.equal((value as unknown as Record<string, unknown>)['x-host']);
    expect((out.measures[1] as unknown as Record<string, unknown>)['x-kanton-fallnummer']).to.equal(
      'AG-2026-0042',
    );
    expect(out.measures).to.equal(value.measures);
    expect(out.goals[1]).to.equal(value.goals[1]);
    expect(out.goals[0]!.documents).to.equal(value.goals[0]!.documents);
    const { changeLog: _a, goals: _b, ...restOut } = out;
    const { changeLog: _c, goals: _d, ...restIn } = value;
    expect(restOut).to.deep.equal(restIn);
    expect(value.goals[0]!.indicator).to.equal('fide-Test A2'); // input never mutated
  });

  it('adds, reorders and removes with the keyboard, with undo', async () => {
    const el = await mount(planB());
    const events = record(el);
    $(el, 'section.goals button.add').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.value!.goals).to.have.length(3);
    expect(el.value!.goals[2]!.id).to.equal('goal-3');
    expect(root(el).activeElement?.id).to.equal('f-goals-2-text');
    await sendKeys({ type: 'Nachbarschaftstreff besuchen' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(el.value!.goals[2]!.text).to.equal('Nachbarschaftstreff besuchen');
    await choose(el, field<HTMLSelectElement>(el, '/goals/2/iasGoal'), '5');
    expect(el.value!.goals[2]!.iasGoal).to.equal(5);

    $(el, '#move-up-f-goals-2').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.value!.goals.map((g) => g.id)).to.deep.equal(['goal-1', 'goal-3', 'goal-2']);
    expect(root(el).activeElement?.id).to.equal('move-up-f-goals-1');
    expect(lastChange(events).value.changeLog!.at(-1)).to.deep.include({
      op: 'move',
      from: '/goals/2',
      pointer: '/goals/1',
    });

    const remove = [...root(el).querySelectorAll<HTMLButtonElement>('section.goals .danger')][1]!;
    expect(remove.getAttribute('aria-label')).to.equal('Remove: Nachbarschaftstreff besuchen');
    expect(remove.textContent!.trim()).to.equal('Remove');
    remove.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.value!.goals.map((g) => g.id)).to.deep.equal(['goal-1', 'goal-2']);
    expect(root(el).activeElement?.id).to.equal('undo');
    expect($(el, '[role="status"]').textContent).to.contain('Nachbarschaftstreff besuchen removed.');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.value!.goals.map((g) => g.id)).to.deep.equal(['goal-1', 'goal-3', 'goal-2']);
    expect(root(el).activeElement?.id).to.equal('summary-f-goals-1');
    await expectAccessible(el);
  });

  it('warns about impossible and overlapping dates in clear words, keeping the typed text', async () => {
    const el = await mount(planB());
    await type(el, field(el, '/measures/2/plannedEnd'), '31.02.2026');
    expect(el.value!.measures[2]!.plannedEnd).to.equal('31.02.2026');
    expect(field(el, '/measures/2/plannedEnd').value).to.equal('31.02.2026');
    expect(messages(el, '/measures/2/plannedEnd')).to.contain('Not a valid date; enter dd.mm.yyyy.');
    await type(el, field(el, '/measures/2/plannedEnd'), '1.3.2026');
    expect(el.value!.measures[2]!.plannedEnd).to.equal('2026-03-01');
    expect(messages(el, '/measures/2/plannedEnd')).to.contain('The end date is before the start.');
    await type(el, field(el, '/measures/2/plannedEnd'), '28.08.2026');
    await type(el, field(el, '/measures/2/plannedStart'), '01.03.2026');
    await type(el, field(el, '/measures/2/pensumPercent'), '50');
    expect(messages(el, '/measures/2/pensumPercent')).to.contain(
      'Overlapping measures add up to a 110 % workload.',
    );
    await type(el, field(el, '/measures/1/actualEnd'), '30.06.2026');
    expect(messages(el, '/measures/1/actualEnd')).to.contain('An actual date lies in the future.');
    await type(el, field(el, '/measures/0/plannedStart'), '01.01.2025');
    expect(messages(el, '/measures/0/plannedStart')).to.equal('');
    await openAll(el);
    await expectAccessible(el);
  });

  it('speaks de, fr, it and en, and takes string overrides', async () => {
    const seen: string[] = [];
    await forEachLocale(async (locale) => {
      const el = await mount(planF(), locale);
      seen.push($(el, '#h-measures').textContent!.replace(/\s+/g, ' ').trim());
      await expectAccessible(el);
    });
    expect(seen).to.deep.equal(['Massnahmen (3)', 'Mesures (3)', 'Misure (3)', 'Measures (3)']);
    const el = await fixture<IasIntegrationPlan>(
      html`<ias-integration-plan
        lang="fr"
        .value=${emptyPlan()}
        .strings=${{ 'section.goals': 'Objectifs du plan' }}
      ></ias-integration-plan>`,
    );
    expect($(el, '#h-goals').textContent).to.contain('Objectifs du plan');
  });

  it('shows bad host data without crashing and changes nothing by itself', async () => {
    const bad = {
      id: 'x',
      status: 'weird',
      goals: [{ id: 'g', domain: 'mars', text: 'Ziel', status: 'offen' }],
      measures: [{ id: 'm', type: 'zauberei', title: 'Kurs', status: 'verschollen' }],
    } as unknown as PlanValue;
    const el = await mount(bad);
    const events = record(el);
    expect(root(el).textContent).to.contain('unknown (zauberei)');
    expect(el.errors.map((e) => e.keyword)).to.include('status-unknown');
    expect(events).to.have.length(0);
    expect(el.value).to.equal(bad);
    await openAll(el);
    await expectAccessible(el);
  });

  it('draws the measures on a compact time strip (<ias-timeline compact>) relative to the entry date, following edits', async () => {
    const el = await mount(planB()); // entry-date="2025-02-10", no case
    const timeline = $<IasTimeline>(el, '[part="strip"] ias-timeline');
    expect(timeline).to.exist;
    expect(timeline.compact).to.be.true;
    expect(timeline.entryDate).to.equal('2025-02-10');
    await timeline.updateComplete;
    const measures = () => timeline.items.filter((i) => i.kind === 'measure');
    expect(timeline.items.every((i) => i.kind === 'measure')).to.be.true; // no milestones on the strip
    expect(measures().map((i) => i.key)).to.deep.equal([
      'measure:measure-1',
      'measure:measure-2',
      'measure:measure-3',
    ]);
    expect(timeline.plan).to.equal(el.value);
    expect(timeline.getAttribute('label')).to.equal('Measures since entry');
    expect(timeline.shadowRoot!.querySelector('[part="toolbar"]')).to.be.null;
    await type(el, field(el, '/measures/2/title'), 'Deutsch B1');
    await timeline.updateComplete;
    expect(timeline.plan!.measures[2]!.title).to.equal('Deutsch B1');
    // Choosing a measure on the strip opens and focuses it in the list.
    const item = measures()[1]!;
    timeline.dispatchEvent(new IasTimelineSelectEvent(item));
    await el.updateComplete;
    expect(root(el).activeElement?.id).to.equal('summary-f-measures-1');
    expect((root(el).activeElement!.parentElement as HTMLDetailsElement).open).to.be.true;
    // With the case known, its entry date and status history come along (entry-date still wins).
    el.case = caseB();
    await el.updateComplete;
    expect(timeline.case).to.equal(el.case);
    expect(timeline.entryDate).to.equal('2025-02-10');
    await expectAccessible(el);
  });

  it('moves a measure on the strip when its dates change', async () => {
    const el = await mount(planB());
    const timeline = $<IasTimeline>(el, '[part="strip"] ias-timeline');
    await timeline.updateComplete;
    const bar = () => timeline.shadowRoot!.querySelector<SVGGElement>('[data-key="measure:measure-3"]')!;
    const before = Number(bar().dataset['x']);
    await openAll(el);
    await type(el, field(el, '/measures/2/plannedStart'), '01.05.2026');
    await timeline.updateComplete;
    const item = () => timeline.items.find((i) => i.key === 'measure:measure-3');
    expect(item()?.start).to.equal('2026-05-01');
    expect(Number(bar().dataset['x'])).to.be.greaterThan(before);
    const width = () => Number(bar().querySelector('rect.planned')!.getAttribute('width'));
    const shorter = width();
    await type(el, field(el, '/measures/2/plannedEnd'), '30.11.2026');
    await timeline.updateComplete;
    expect(item()?.end).to.equal('2026-11-30');
    expect(width()).to.be.greaterThan(shorter);
    await expectAccessible(el);
  });

  it('shows no strip without an entry date', async () => {
    const el = await mount(planB());
    el.removeAttribute('entry-date');
    await el.updateComplete;
    expect($(el, '[part="strip"]')).to.be.null;
    el.case = caseB(); // the entry date of the case
    await el.updateComplete;
    expect($<IasTimeline>(el, '[part="strip"] ias-timeline').entryDate).to.equal(caseB().entryDate);
    await expectAccessible(el);
  });

  it('records consent and data sharing per recipient, dated; reorders and undoes with Ctrl+Z', async () => {
    const el = await mount(emptyPlan());
    const events = record(el);
    $(el, 'section.consent button.add').click();
    await el.updateComplete;
    expect(el.value!.consent).to.deep.equal({ signedOn: TODAY });
    expect(root(el).activeElement?.id).to.equal('f-consent-signedOn');
    $<HTMLInputElement>(el, '#f-consent-rightsAndDutiesConfirmed').click();
    await el.updateComplete;
    expect(el.value!.consent!.rightsAndDutiesConfirmed).to.be.true;
    for (const recipient of ['RAV Musterdorf', 'Sprachwerk Beispiel GmbH']) {
      $(el, 'section.consent button.add').click();
      await el.updateComplete;
      await type(el, root(el).activeElement as HTMLInputElement, recipient);
    }
    const sharing = () => el.value!.consent!.dataSharing!.map((d) => d.recipient);
    expect(sharing()).to.deep.equal(['RAV Musterdorf', 'Sprachwerk Beispiel GmbH']);
    expect(el.value!.consent!.dataSharing![0]!.consentedOn).to.equal(TODAY);
    expect(el.errors.map((e) => e.pointer)).to.deep.equal([
      '/consent/dataSharing/0/scope',
      '/consent/dataSharing/1/scope',
    ]);
    $(el, '#move-up-f-consent-dataSharing-1').click();
    await el.updateComplete;
    expect(sharing()).to.deep.equal(['Sprachwerk Beispiel GmbH', 'RAV Musterdorf']);
    expect(lastChange(events).value.changeLog!.at(-1)).to.deep.include({
      op: 'move',
      from: '/consent/dataSharing/1',
      pointer: '/consent/dataSharing/0',
    });
    expect(root(el).activeElement?.id).to.equal('move-down-f-consent-dataSharing-0');
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'z' });
    await sendKeys({ up: 'Control' });
    await el.updateComplete;
    expect(sharing()).to.deep.equal(['RAV Musterdorf', 'Sprachwerk Beispiel GmbH']);
    await expectAccessible(el);
  });

  it('adds a review dated today and edits participants by name, keeping known ids', async () => {
    const el = await mount(planB());
    $(el, 'section.reviews button.add').click();
    await el.updateComplete;
    expect(el.value!.reviews[1]).to.deep.equal({
      id: 'review-2',
      date: TODAY,
      participants: [],
      summary: '',
    });
    await type(el, field(el, '/participants'), 'RAV Musterdorf, Schule Beispielhausen');
    expect(el.value!.participants).to.deep.equal([
      { id: 'off-rav', name: 'RAV Musterdorf' },
      { id: 'actor-1', name: 'Schule Beispielhausen' },
    ]);
    await type(
      el,
      field<HTMLTextAreaElement>(el, '/reviews/1/decisions'),
      'Kurs A2 anmelden\n\nPraktikum verlängern ',
    );
    expect(el.value!.reviews[1]!.decisions).to.deep.equal(['Kurs A2 anmelden', 'Praktikum verlängern']);
    await openAll(el);
    await expectAccessible(el);
  });

  it('in read-only mode shows the plan but offers no edits', async () => {
    const el = await fixture<IasIntegrationPlan>(
      html`<ias-integration-plan
        lang="en"
        readonly
        .value=${planB()}
        .providers=${PROVIDERS}
      ></ias-integration-plan>`,
    );
    expect(root(el).querySelectorAll('button.add, button.danger, input[type="file"], #undo')).to.have.length(
      0,
    );
    expect(field(el, '/measures/0/title').readOnly).to.be.true;
    expect(field<HTMLSelectElement>(el, '/measures/0/status').disabled).to.be.true;
    await openAll(el);
    await expectAccessible(el);
  });

  it('takes title and tariff from a chosen offer and links measures to goals, keeping unknown goal ids', async () => {
    const el = await mount(planB());
    $(el, 'section.measures button.add').click();
    await el.updateComplete;
    await choose(el, field<HTMLSelectElement>(el, '/measures/3/provider'), 'prov-sprachwerk');
    await choose(el, field<HTMLSelectElement>(el, '/measures/3/offerId'), 'off-a1');
    const m = el.value!.measures[3]!;
    expect([m.offerId, m.title, m.cost]).to.deep.equal([
      'off-a1',
      'Deutsch A1 Abendkurs',
      { tariffType: 'pro_stunde' },
    ]);
    expect(el.errors.map((e) => e.pointer)).to.deep.equal([
      '/measures/3/cost/amountChf',
      '/measures/3/cost/financing',
    ]);
    field(el, '/measures/3/goalIds/1').click();
    await el.updateComplete;
    expect(el.value!.measures[3]!.goalIds).to.deep.equal(['goal-2']);
    el.value = { ...el.value!, measures: [{ ...el.value!.measures[3]!, goalIds: ['goal-x', 'goal-2'] }] };
    await el.updateComplete;
    field(el, '/measures/0/goalIds/0').click();
    await el.updateComplete;
    expect(el.value!.measures[0]!.goalIds).to.deep.equal(['goal-1', 'goal-2', 'goal-x']);
    await openAll(el);
    await expectAccessible(el);
  });

  it('takes the case and today from an enclosing provider (<ias-case>) when not set', async () => {
    const wrapper = document.createElement('div');
    wrapper.lang = 'en';
    new ContextProvider(wrapper, { context: caseContext, initialValue: caseB() });
    new ContextProvider(wrapper, { context: todayContext, initialValue: '2026-01-15' });
    const plan = planB();
    plan.measures[2]!.plannedStart = '2024-10-01';
    const host = await fixture(html`<div>${wrapper}</div>`);
    const el = document.createElement('ias-integration-plan');
    el.value = plan;
    wrapper.append(el);
    await el.updateComplete;
    expect(host.querySelector('ias-integration-plan')).to.equal(el);
    expect($(el, '[part="strip"] ias-timeline')).to.exist;
    const warnings = el.warnings.map((w) => `${w.pointer} ${w.keyword}`);
    expect(warnings).to.include('/measures/1/actualStart date-future'); // 2026-02-02 is after 2026-01-15
    expect(warnings).to.include('/measures/0/actualEnd date-future');
    expect(warnings).to.include('/measures/2/plannedStart date-before-entry'); // entry 2024-11-04 from the case
    await expectAccessible(el);
  });

  it('edits the plan of the case from the context when no value is set, until the case changes', async () => {
    const wrapper = document.createElement('div');
    wrapper.lang = 'en';
    const start = { ...caseB(), plan: planB() };
    const provider = new ContextProvider(wrapper, { context: caseContext, initialValue: start });
    await fixture(html`<div>${wrapper}</div>`);
    const el = document.createElement('ias-integration-plan');
    el.today = TODAY;
    wrapper.append(el);
    await el.updateComplete;
    expect(el.plan).to.equal(start.plan);
    const events = record(el);
    await type(el, field(el, '/measures/1/title'), 'Praktikum Lager');
    expect(el.value).to.be.undefined;
    expect(el.plan).to.equal(lastChange(events).value);
    expect(lastChange(events).value).to.equal(el.plan); // what <ias-case> reads
    expect(field(el, '/measures/1/title').value).to.equal('Praktikum Lager');
    expect(el.canUndo).to.be.true;
    provider.setValue({ ...caseB(), plan: planF() });
    await el.updateComplete;
    expect(el.plan.id).to.equal('plan-samir');
    expect(el.canUndo).to.be.false;
    await expectAccessible(el);
  });
});
