import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectAccessible } from '@ias-kit/ui/test/index.js';
import { measure, plan, refugeeB } from '../test/cases.js';
import { active, options, render, root } from '../test/render.js';
import { IasTimelineSelectEvent } from './timeline.events.js';
import type { IasTimeline } from './timeline.js';

describe('ias-timeline compact', () => {
  /** Three measures, two of them overlapping, plus things the compact strip must leave out. */
  const measures = () => [
    measure('m1', { plannedStart: '2022-02-01', plannedEnd: '2022-08-31' }),
    measure('m2', { plannedStart: '2022-05-01', plannedEnd: '2023-01-31', status: 'laufend' }),
    measure('m3', { plannedStart: '2022-06-01', plannedEnd: '2022-07-15', actualStart: '2022-06-03' }),
    measure('m4', { plannedStart: '2023-03-01', plannedEnd: '2023-06-30' }),
    measure('undated'),
  ];

  async function renderCompact(
    content: (today: string) => ReturnType<typeof html>,
    width = 800,
    today = '2024-06-01',
  ) {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width:${width}px">${content(today)}</div>`,
    );
    const el = wrapper.querySelector('ias-timeline')!;
    await waitUntil(() => root(el).querySelector('svg')?.getAttribute('width') === String(width), 'resized');
    await el.updateComplete;
    return el;
  }

  /** The strip of the case with `measures()`, in `lang`. */
  const stripOfMeasures = (lang: string) =>
    renderCompact(
      (today) =>
        html`<ias-timeline
          compact
          lang=${lang}
          today=${today}
          .case=${refugeeB({ plan: plan(measures()) })}
        ></ias-timeline>`,
    );

  /** Horizontal extent on screen of a bar's drawn shapes. */
  const extent = (g: SVGGElement) => {
    const boxes = [...g.querySelectorAll('rect.planned, rect.actual')].map((r) => r.getBoundingClientRect());
    return { start: Math.min(...boxes.map((b) => b.left)), end: Math.max(...boxes.map((b) => b.right)) };
  };

  it('draws only the measures, without toolbar, notices or milestones, in a small strip', async () => {
    const c = refugeeB({
      plan: plan(measures(), { reviews: [{ id: 'r1', date: '2023-01-10' }] as never }),
      tasks: [{ id: 't1', title: 'Termin', status: 'offen', dueDate: '2023-02-01' }] as never,
    });
    const el = await renderCompact(
      (today) => html`<ias-timeline compact lang="de" today=${today} .case=${c}></ias-timeline>`,
    );
    expect(el.hasAttribute('compact')).to.be.true;
    expect(el.items.every((i) => i.kind === 'measure')).to.be.true;
    expect(el.items.map((i) => i.key)).to.include('measure:undated');
    const keys = options(el).map((o) => o.dataset['key']);
    expect(keys).to.deep.equal(['measure:m1', 'measure:m2', 'measure:m3', 'measure:m4']);
    expect(root(el).querySelector('[part="toolbar"]')).to.be.null;
    expect(root(el).querySelector('[part="notices"]')).to.be.null;
    expect(root(el).querySelector('.kind-milestone, .kind-task, .kind-review')).to.be.null;
    const axis = root(el).querySelector('[part="axis"]')!.textContent!;
    expect(axis).to.contain('J1').and.to.contain('J5').and.not.to.contain('Jahr');
    expect(root(el).querySelector('.end-line')!.getAttribute('data-day')).to.equal('2026-09-16');
    // the hidden table lists the same measures (undated ones too), with nothing focusable in it
    const table = root(el).querySelector('[part="table"]')!;
    expect(table.classList.contains('visually-hidden')).to.be.true;
    expect(table.querySelectorAll('tbody tr')).to.have.length(5);
    expect(table.querySelector('button')).to.be.null;
    // each option is announced with its name, dates and state
    expect(options(el)[0]!.getAttribute('aria-label')).to.contain('Kurs m1').and.to.contain('geplant');
    await expectAccessible(el);
  });

  it('stacks overlapping measures in lanes of 24 px that never overlap', async () => {
    const el = await stripOfMeasures('de');
    const all = options(el);
    const lanes = new Set(all.map((o) => o.dataset['lane']));
    expect(lanes.size).to.equal(3); // m1, m2 and m3 overlap in June 2022; m4 fits in the first lane
    expect(all.find((o) => o.dataset['key'] === 'measure:m4')!.dataset['lane']).to.equal('0');
    for (const a of all) {
      for (const b of all) {
        if (a === b || a.dataset['lane'] !== b.dataset['lane']) continue;
        const ea = extent(a);
        const eb = extent(b);
        expect(ea.end <= eb.start || eb.end <= ea.start, `${a.dataset['key']} / ${b.dataset['key']}`).to.be
          .true;
      }
    }
    const height = Number(root(el).querySelector('svg')!.getAttribute('height'));
    expect(height).to.be.at.most(18 + 3 * 24 + 4);
    const ys = all.map((o) => Number(o.querySelector('rect.planned')!.getAttribute('y')));
    const byLane = new Map(all.map((o, i) => [o.dataset['lane'], ys[i]!]));
    expect(byLane.get('1')! - byLane.get('0')!).to.equal(24);
    expect(byLane.get('2')! - byLane.get('1')!).to.equal(24);
    await expectAccessible(el);
  });

  it('is a keyboard listbox that selects with Enter and click, and does not zoom', async () => {
    const el = await stripOfMeasures('en');
    const listbox = root(el).querySelector('[role="listbox"]')!;
    expect(listbox.getAttribute('aria-label')).to.equal('Measures: arrow keys move, Enter selects');
    const all = options(el);
    expect(all.filter((o) => o.tabIndex === 0)).to.have.length(1);
    all.find((o) => o.tabIndex === 0)!.focus();
    expect(active(el)!.dataset['key']).to.equal('measure:m1');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(active(el)!.dataset['key']).to.equal('measure:m2');
    expect(root(el).querySelector('.active-detail')!.textContent).to.equal(
      active(el)!.getAttribute('aria-label'),
    );
    await sendKeys({ press: '+' });
    await el.updateComplete;
    expect(el.zoomLevel).to.equal(1);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(active(el)!.dataset['key']).to.equal('measure:m4');
    const picked = oneEvent(el, IasTimelineSelectEvent.eventName);
    await sendKeys({ press: 'Enter' });
    const event = (await picked) as unknown as IasTimelineSelectEvent;
    expect(event.item.key).to.equal('measure:m4');
    expect(event.item.kind).to.equal('measure');
    expect(event.bubbles && event.composed).to.be.true;
    const clicked = oneEvent(el, IasTimelineSelectEvent.eventName);
    options(el)[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(((await clicked) as unknown as IasTimelineSelectEvent).item.key).to.equal('measure:m1');
    await expectAccessible(el);
  });

  it('works with an entry date and a plan only, without a case', async () => {
    const p = plan(measures());
    const el = await renderCompact(
      (today) =>
        html`<ias-timeline
          compact
          lang="fr"
          today=${today}
          entry-date="2021-09-14"
          .plan=${p}
        ></ias-timeline>`,
    );
    expect(el.case).to.be.undefined;
    expect(options(el).map((o) => o.dataset['key'])).to.deep.equal([
      'measure:m1',
      'measure:m2',
      'measure:m3',
      'measure:m4',
    ]);
    expect(root(el).querySelector('.entry-line')).to.exist;
    expect(root(el).querySelector('.end-line')).to.be.null; // no status: no horizon, and no notice about it
    expect(root(el).querySelector('[part="axis"]')!.textContent).to.contain('A1').and.to.contain('A7');
    // with a status history and the asylum application date the horizon follows (FL: application + 5 years)
    el.statusHistory = [{ status: 'FL', validFrom: '2022-03-01' }];
    el.asylumApplicationDate = '2021-09-16';
    await el.updateComplete;
    expect(root(el).querySelector('.end-line')!.getAttribute('data-day')).to.equal('2026-09-16');
    // a new plan object redraws the strip
    el.plan = plan([measure('m9', { plannedStart: '2024-01-01', plannedEnd: '2024-03-31' })]);
    await el.updateComplete;
    expect(options(el).map((o) => o.dataset['key'])).to.deep.equal(['measure:m9']);
    await expectAccessible(el);
  });

  it('lets entryDate and plan replace those of a case; the full chart takes them too', async () => {
    const el = await render(refugeeB(), 800, '2024-06-01', 'de');
    expect(el.items.some((i) => i.kind === 'measure')).to.be.false;
    el.plan = plan([measure('m1', { plannedStart: '2022-02-01', plannedEnd: '2022-08-31' })]);
    el.setAttribute('entry-date', '2021-10-01');
    await el.updateComplete;
    expect(el.entryDate).to.equal('2021-10-01');
    const a1 = () => el.items.find((i) => i.key === 'milestone:language-a1')?.start;
    expect(a1()).to.equal('2024-10-01'); // entry + 3 years
    expect(el.items.some((i) => i.key === 'measure:m1')).to.be.true;
    expect(el.items.some((i) => i.kind === 'milestone')).to.be.true;
    expect(root(el).querySelector('[part="toolbar"]')).to.exist;
    expect(root(el).querySelector('.entry-line')).to.exist;
    expect(el.case!.entryDate).to.equal('2021-09-14'); // the case itself is never changed
    // removing the attribute falls back to the case's entry date
    el.removeAttribute('entry-date');
    await el.updateComplete;
    expect(el.entryDate).to.be.null;
    expect(a1()).to.equal('2024-09-14');
    expect(root(el).querySelector('[part="notices"]')?.textContent ?? '').not.to.contain('Einreisedatum');
    await expectAccessible(el);
  });

  it('says so when no measure is dated, and shows the table when asked', async () => {
    const el = await fixture<IasTimeline>(
      html`<ias-timeline
        compact
        lang="en"
        entry-date="2021-09-14"
        .plan=${plan([measure('x')])}
      ></ias-timeline>`,
    );
    expect(root(el).querySelector('.empty')!.textContent).to.equal('No dated measures.');
    el.view = 'table';
    await el.updateComplete;
    const table = root(el).querySelector('[part="table"]')!;
    expect(table.classList.contains('visually-hidden')).to.be.false;
    expect(table.querySelector('button')!.textContent!.trim()).to.contain('Kurs x');
    await expectAccessible(el);
  });
});
