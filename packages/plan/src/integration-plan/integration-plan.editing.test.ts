import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectAccessible } from '@ias-kit/ui/test/index.js';
import {
  $,
  choose,
  emptyPlan,
  field,
  lastChange,
  messages,
  mount,
  NOW,
  openAll,
  record,
  root,
  samplePlan,
  TODAY,
  type,
  USER,
} from '../test/plan-dom.js';
import './define.js';

describe('ias-integration-plan editing', () => {
  it('appends who, when, pointer, old and new to the change log, shows it and undoes an edit', async () => {
    const el = await mount(samplePlan('c01'));
    const events = record(el);
    await type(el, field(el, '/measures/2/title'), 'Qualifizierung Lager');
    const change = lastChange(events);
    expect(change.value.changeLog).to.have.length(1);
    expect(change.value.changeLog![0]).to.deep.equal({
      who: USER,
      when: NOW,
      op: 'replace',
      pointer: '/measures/2/title',
      old: 'Qualifizierung Logistik',
      new: 'Qualifizierung Lager',
    });
    const history = $(el, '[part="history"]');
    const first = history.querySelector('tbody tr')!.textContent!.replace(/\s+/g, ' ');
    expect(first).to.contain('23.11.2026 09:30').and.contain(USER.name).and.contain('/measures/2/title');
    expect(first).to.contain('Qualifizierung Logistik').and.contain('Qualifizierung Lager');
    await openAll(el);
    await expectAccessible(el);
    expect($(el, '#undo').textContent!.trim()).to.equal('Undo');
    el.undo();
    await el.updateComplete;
    expect($(el, '[role="status"]').textContent!.trim()).to.equal('Undone.');
    const undone = lastChange(events).value;
    expect(undone.measures[2]!.title).to.equal('Qualifizierung Logistik');
    expect(undone.changeLog).to.have.length(2);
    expect(undone.changeLog![1]).to.deep.include({
      op: 'replace',
      old: 'Qualifizierung Lager',
      new: 'Qualifizierung Logistik',
    });
  });

  it('adds, reorders and removes with the keyboard, with undo', async () => {
    const el = await mount(samplePlan('c01'));
    const events = record(el);
    $(el, 'section.goals button.add').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.value!.goals).to.have.length(3);
    expect(el.value!.goals[2]!.id).to.equal('goal-1');
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
    expect(el.value!.goals.map((g) => g.id)).to.deep.equal(['g-c01-1', 'goal-1', 'g-c01-2']);
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
    expect(el.value!.goals.map((g) => g.id)).to.deep.equal(['g-c01-1', 'g-c01-2']);
    expect(root(el).activeElement?.id).to.equal('undo');
    expect($(el, '[role="status"]').textContent).to.contain('Nachbarschaftstreff besuchen removed.');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.value!.goals.map((g) => g.id)).to.deep.equal(['g-c01-1', 'goal-1', 'g-c01-2']);
    expect(root(el).activeElement?.id).to.equal('summary-f-goals-1');
    await expectAccessible(el);
  });

  it('warns about impossible and overlapping dates in clear words, keeping the typed text', async () => {
    const el = await mount(samplePlan('c01')); // the qualification (80 %) is planned 18.08.2025–18.12.2026
    await type(el, field(el, '/measures/2/plannedEnd'), '31.02.2026');
    expect(el.value!.measures[2]!.plannedEnd).to.equal('31.02.2026');
    expect(field(el, '/measures/2/plannedEnd').value).to.equal('31.02.2026');
    expect(messages(el, '/measures/2/plannedEnd')).to.contain('Not a valid date; enter dd.mm.yyyy.');
    await type(el, field(el, '/measures/2/plannedEnd'), '1.3.2025');
    expect(el.value!.measures[2]!.plannedEnd).to.equal('2025-03-01');
    expect(messages(el, '/measures/2/plannedEnd')).to.contain('The end date is before the start.');
    await type(el, field(el, '/measures/2/plannedEnd'), '18.12.2026');
    // The practical assessment drawn out into the qualification, at 30 %.
    await type(el, field(el, '/measures/1/actualEnd'), '30.10.2026');
    await type(el, field(el, '/measures/1/pensumPercent'), '30');
    expect(messages(el, '/measures/1/pensumPercent')).to.contain(
      'Overlapping measures add up to a 110 % workload.',
    );
    await type(el, field(el, '/measures/2/actualEnd'), '18.12.2026');
    expect(messages(el, '/measures/2/actualEnd')).to.contain('An actual date lies in the future.');
    await type(el, field(el, '/measures/0/plannedStart'), '01.01.2023');
    expect(messages(el, '/measures/0/plannedStart')).to.equal('');
    await openAll(el);
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
    const plan = samplePlan('c01'); // two reviews, with Yonas and his case worker
    const el = await mount(plan);
    $(el, 'section.reviews button.add').click();
    await el.updateComplete;
    expect(el.value!.reviews[2]).to.deep.equal({
      id: 'review-1',
      date: TODAY,
      participants: [],
      summary: '',
    });
    const [worker] = plan.reviews[0]!.participants!;
    await type(el, field(el, '/reviews/0/participants'), `${worker!.name}, Schule Beispielhausen`);
    expect(el.value!.reviews[0]!.participants).to.deep.equal([
      worker,
      { id: 'actor-1', name: 'Schule Beispielhausen' },
    ]);
    await type(
      el,
      field<HTMLTextAreaElement>(el, '/reviews/2/decisions'),
      'Kurs A2 anmelden\n\nPraktikum verlängern ',
    );
    expect(el.value!.reviews[2]!.decisions).to.deep.equal(['Kurs A2 anmelden', 'Praktikum verlängern']);
    await openAll(el);
    await expectAccessible(el);
  });
});
