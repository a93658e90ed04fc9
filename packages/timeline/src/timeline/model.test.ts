import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { Case } from '@ias-kit/core';
import { expectAccessible } from '@ias-kit/ui/test/index.js';
import { admittedF, measure, plan, refugeeB } from '../test/cases.js';
import { buildTimeline } from './model.js';
import { calendarTicks, baseScale, dayOf, dateOf, yearBands } from './layout.js';
import type { MeasureItem } from './timeline.types.js';
import './define.js';
import type { IasTimeline } from './timeline.js';

const measureItem = (c: Case, id: string) =>
  buildTimeline(c, '2024-06-01').items.find((i) => i.key === `measure:${id}`) as MeasureItem;

describe('buildTimeline', () => {
  it('takes milestones and the horizon from the core engine', () => {
    const model = buildTimeline(refugeeB(), '2024-06-01');
    expect(model.horizon).to.deep.equal({ start: '2021-09-14', end: '2026-09-16', status: 'FL' });
    expect(model.items.filter((i) => i.kind === 'milestone')).to.have.length(6);
    expect(model.notices).to.deep.equal([]);
  });

  it('derives the measure domain from its goals, else from its type', () => {
    const c = refugeeB({
      plan: plan(
        [measure('a', { type: 'sprachkurs', goalIds: ['g'] }), measure('b', { type: 'praktikum' })],
        {
          goals: [{ id: 'g', domain: 'arbeit', text: 'Arbeit', status: 'offen' }],
        },
      ),
    });
    expect(measureItem(c, 'a').domain).to.equal('arbeit');
    expect(measureItem(c, 'b').domain).to.equal('arbeit');
    expect(
      measureItem(refugeeB({ plan: plan([measure('c', { type: 'alphabetisierung' })]) }), 'c').domain,
    ).to.equal('sprache');
  });

  it('keeps planned and actual periods apart and runs an open measure until today', () => {
    const c = refugeeB({
      plan: plan([
        measure('m', {
          status: 'laufend',
          plannedStart: '2023-01-01',
          plannedEnd: '2023-12-31',
          actualStart: '2023-02-01',
        }),
      ]),
    });
    const item = measureItem(c, 'm');
    expect(item.planned).to.deep.equal({ start: '2023-01-01', end: '2023-12-31' });
    expect(item.actual).to.deep.equal({ start: '2023-02-01', end: '2024-06-01', openEnd: true });
    expect([item.start, item.end]).to.deep.equal(['2023-01-01', '2024-06-01']);
  });

  it('turns bad data into notices, never into exceptions', () => {
    const c = refugeeB({
      plan: plan([
        measure('none', { title: 'Ohne Daten' }),
        measure('rev', { title: 'Rückwärts', plannedStart: '2023-05-01', plannedEnd: '2023-01-01' }),
        measure('bad', { title: 'Kaputt', plannedStart: '2023-02-30' }),
      ]),
      tasks: [{ id: 't', kind: 'other', title: 'Ohne Termin', status: 'offen' }],
    });
    const model = buildTimeline(c, '2024-06-01');
    expect(model.notices.map((n) => [n.code, n.subject])).to.deep.equal([
      ['no-dates', 'Ohne Daten'],
      ['end-before-start', 'Rückwärts'],
      ['invalid-date', 'Kaputt'],
    ]);
    expect(measureItem(c, 'rev').start).to.equal('2023-05-01');
    expect(measureItem(c, 'none').start).to.be.undefined;
    expect(model.items[model.items.length - 1]!.start).to.be.undefined; // undated last
    const broken = [
      { ...refugeeB(), entryDate: undefined },
      { ...refugeeB(), entryDate: '14.09.2021' },
      { ...refugeeB(), statusHistory: [{ status: 'X', validFrom: '2022-01-01' }] },
      { ...refugeeB(), person: undefined, plan: { measures: [null] }, tasks: null },
      { ...admittedF(), statusHistory: [] },
    ] as unknown as Case[];
    for (const b of broken) expect(() => buildTimeline(b, 'not a date')).not.to.throw();
    expect(buildTimeline(broken[0]).notices.map((n) => n.code)).to.deep.equal(['missing-entry-date']);
    expect(buildTimeline(broken[1]).notices.map((n) => n.code)).to.deep.equal(['invalid-case']);
    expect(buildTimeline(broken[2]).notices.map((n) => n.code)).to.deep.equal(['invalid-case']);
    expect(buildTimeline(broken[4]).notices).to.deep.equal([
      { code: 'horizon-unknown', reason: 'missing-status' },
    ]);
  });

  it('counts only open tasks and marks overdue ones', () => {
    const c = refugeeB({
      tasks: [
        { id: 'a', kind: 'other', title: 'Alt', dueDate: '2024-01-01', status: 'offen' },
        { id: 'b', kind: 'other', title: 'Neu', dueDate: '2024-09-01', status: 'in_bearbeitung' },
        { id: 'c', kind: 'other', title: 'Erledigt', dueDate: '2024-01-01', status: 'erledigt' },
      ],
    });
    const tasks = buildTimeline(c, '2024-06-01').items.filter((i) => i.kind === 'task');
    expect(tasks.map((t) => [t.key, t.kind === 'task' && t.overdue])).to.deep.equal([
      ['task:a', true],
      ['task:b', false],
    ]);
  });
});

describe('timeline geometry', () => {
  it('converts dates to day numbers and back without time zones', () => {
    for (const d of ['1970-01-01', '2024-02-29', '2021-09-14', '1999-12-31'])
      expect(dateOf(dayOf(d))).to.equal(d);
    expect(dayOf('2024-03-01') - dayOf('2024-02-28')).to.equal(2);
  });

  it('counts years since entry up to the horizon and picks readable calendar ticks', () => {
    expect(yearBands('2022-03-10', '2029-03-10').map((b) => b.n)).to.deep.equal([1, 2, 3, 4, 5, 6, 7]);
    expect(yearBands('2021-09-14', '2026-09-16').map((b) => b.n)).to.deep.equal([1, 2, 3, 4, 5, 6]);
    const wide = calendarTicks(baseScale([dayOf('2021-01-01'), dayOf('2029-01-01')], 320));
    expect(wide.every((t) => /^\d{4}$/.test(t.label))).to.be.true;
    const zoomed = calendarTicks(baseScale([dayOf('2022-01-01'), dayOf('2023-01-01')], 1200));
    expect(zoomed[0]!.label).to.equal('01.2022');
    expect(zoomed.length).to.be.within(4, 13);
  });
});

describe('ias-timeline with bad input', () => {
  it('draws what it can and lists the problems in a localized notice', async () => {
    const c = refugeeB({
      plan: plan([
        measure('none', { title: 'Ohne Daten' }),
        measure('rev', { title: 'Rückwärts', plannedStart: '2023-05-01', plannedEnd: '2023-01-01' }),
      ]),
    });
    const el = await fixture<IasTimeline>(
      html`<ias-timeline lang="en" today="2024-06-01" .case=${c}></ias-timeline>`,
    );
    const notices = el.shadowRoot!.querySelector('[part="notices"]')!.textContent!;
    expect(notices)
      .to.contain('“Ohne Daten” has no date')
      .and.to.contain('“Rückwärts” ends before it starts');
    expect(el.shadowRoot!.querySelector('[data-key="measure:rev"]')!.textContent).to.contain('⚠');
    expect(el.shadowRoot!.querySelector('[role="option"][data-key="measure:none"]') === null).to.be.true;
    expect(el.shadowRoot!.querySelector('tr[data-key="measure:none"]')!.textContent).to.contain('no date');
    await expectAccessible(el);
  });

  it('without an entry date, shows the dated items and says why there is no horizon', async () => {
    const c = {
      ...refugeeB({ plan: plan([measure('m', { plannedStart: '2023-01-01', plannedEnd: '2023-06-30' })]) }),
    };
    delete c.entryDate;
    const el = await fixture<IasTimeline>(
      html`<ias-timeline lang="fr" today="2024-06-01" .case=${c}></ias-timeline>`,
    );
    expect(el.shadowRoot!.querySelector('[part="notices"]')!.textContent).to.contain(
      'Date d’entrée manquante',
    );
    expect(el.shadowRoot!.querySelector('.end-line')).to.be.null;
    expect(el.shadowRoot!.querySelectorAll('[role="option"]').length).to.be.greaterThan(0);
    await expectAccessible(el);
  });

  it('never renders an empty SVG: no case, or nothing dated, gives a message', async () => {
    const empty = await fixture<IasTimeline>(html`<ias-timeline lang="de"></ias-timeline>`);
    expect(empty.shadowRoot!.querySelector('svg')).to.be.null;
    expect(empty.shadowRoot!.querySelector('.empty')!.textContent).to.equal('Kein Fall geladen.');
    await expectAccessible(empty);
    const c = { ...refugeeB(), entryDate: 'kaputt', statusHistory: [] } as Case;
    const el = await fixture<IasTimeline>(html`<ias-timeline lang="it" .case=${c}></ias-timeline>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.empty'));
    expect(el.shadowRoot!.querySelector('svg')).to.be.null;
    expect(el.shadowRoot!.querySelector('[part="notices"]')!.textContent)
      .to.contain('Dati del caso non validi')
      .and.to.contain('Nessuna data di riferimento');
    await expectAccessible(el);
  });
});
