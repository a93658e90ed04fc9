import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectAccessible } from '@ias-kit/ui/test/index.js';
import { emptyPlan, NOW, planB, TODAY, USER } from '../test/fixtures.js';
import {
  $,
  choose,
  field,
  lastChange,
  messages,
  mount,
  openAll,
  record,
  root,
  type,
} from '../test/plan-dom.js';
import './define.js';

describe('ias-integration-plan editing', () => {
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
});
