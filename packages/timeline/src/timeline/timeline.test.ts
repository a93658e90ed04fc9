import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { ContextProvider } from '@lit/context';
import { addYears, daysBetween, type Case } from '@ias-kit/core';
import { caseContext } from '@ias-kit/ui';
import { expectAccessible, forEachLocale } from '@ias-kit/ui/test/index.js';
import { admittedF, measure, person, plan, refugeeB } from '../test/cases.js';
import { IasTimelineSelectEvent } from './timeline.events.js';
import './define.js';
import type { IasTimeline } from './timeline.js';

const root = (el: IasTimeline) => el.shadowRoot!;
const xOf = (el: IasTimeline, key: string) => {
  const g = root(el).querySelector<SVGGElement>(`[data-key="${key}"]`);
  expect(g, key).to.exist;
  return Number(g!.dataset['x']);
};
const lineX = (el: IasTimeline, cls: string) => Number(root(el).querySelector(`.${cls}`)!.getAttribute('x1'));
const options = (el: IasTimeline) => [...root(el).querySelectorAll<SVGGElement>('[role="option"]')];
const active = (el: IasTimeline) => root(el).activeElement as SVGGElement | null;

async function render(c: Case | undefined, width = 800, today = '2024-06-01', lang = 'de') {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width:${width}px">
      <ias-timeline lang=${lang} today=${today} .case=${c}></ias-timeline>
    </div>`,
  );
  const el = wrapper.querySelector('ias-timeline')!;
  await waitUntil(
    () => root(el).querySelector('svg')?.getAttribute('width') === String(width) || !c,
    'resized',
  );
  await el.updateComplete;
  return el;
}

/** x of `date` relative to the span entry → horizon end, from day counts. */
const ratio = (entry: string, end: string, date: string) =>
  daysBetween(entry, date) / daysBetween(entry, end);

describe('ias-timeline', () => {
  it('draws a recognised refugee (B): horizon = asylum application + 5 years, milestones at their dates', async () => {
    const el = await render(refugeeB());
    const entry = lineX(el, 'entry-line');
    const end = lineX(el, 'end-line');
    expect(root(el).querySelector('.end-line')!.getAttribute('data-day')).to.equal('2026-09-16');
    expect(end).to.be.greaterThan(entry);
    const at = (date: string) => entry + ratio('2021-09-14', '2026-09-16', date) * (end - entry);
    expect(xOf(el, 'milestone:language-a1')).to.be.closeTo(at('2024-09-14'), 0.5);
    expect(xOf(el, 'milestone:financing-end')).to.be.closeTo(end, 0.5);
    expect(xOf(el, 'milestone:labour-market')).to.be.closeTo(at('2028-09-14'), 0.5);
    expect(xOf(el, 'milestone:labour-market')).to.be.greaterThan(end); // the 7-year goals lie after the B horizon
    // the education goal (16–25) does not apply to a 27-year-old: drawn hollow and announced so
    const education = root(el).querySelector('[data-key="milestone:education"]')!;
    expect(education.classList.contains('m-not-applicable')).to.be.true;
    expect(education.getAttribute('aria-label')).to.contain('nicht anwendbar (Altersgruppe trifft nicht zu)');
    // years since entry on the axis
    const axis = root(el).querySelector('[part="axis"]')!.textContent!;
    expect(axis).to.contain('Jahr 1').and.to.contain('Jahr 5');
    await expectAccessible(el);
  });

  it('draws a provisionally admitted person (F): horizon = entry + 7 years', async () => {
    const el = await render(admittedF());
    const entry = lineX(el, 'entry-line');
    const end = lineX(el, 'end-line');
    expect(root(el).querySelector('.end-line')!.getAttribute('data-day')).to.equal('2029-03-10');
    const at = (date: string) => entry + ratio('2022-03-10', '2029-03-10', date) * (end - entry);
    expect(xOf(el, 'milestone:language-a1')).to.be.closeTo(at(addYears('2022-03-10', 3)), 0.5);
    expect(xOf(el, 'milestone:education')).to.be.closeTo(at('2027-03-10'), 0.5);
    expect(xOf(el, 'milestone:labour-market')).to.be.closeTo(end, 0.5);
    expect(xOf(el, 'milestone:social-integration')).to.be.closeTo(end, 0.5);
    expect(root(el).querySelector('[part="axis"]')!.textContent).to.contain('Jahr 7');
    await expectAccessible(el);
  });

  it('redraws the horizon when a dated status change turns F into B', async () => {
    const f: Case = {
      ...admittedF(),
      entryDate: '2018-05-03',
      asylumApplicationDate: '2018-05-04',
      statusHistory: [{ status: 'VA', validFrom: '2019-02-01' }],
    };
    const el = await render(f, 800, '2022-01-10');
    expect(root(el).querySelector('.end-line')!.getAttribute('data-day')).to.equal('2025-05-03');
    const before = lineX(el, 'end-line');
    el.case = { ...f, statusHistory: [...f.statusHistory, { status: 'FL', validFrom: '2021-06-30' }] };
    await el.updateComplete;
    expect(root(el).querySelector('.end-line')!.getAttribute('data-day')).to.equal('2023-05-04');
    expect(lineX(el, 'end-line')).to.be.lessThan(before);
    expect(xOf(el, 'milestone:financing-end')).to.be.closeTo(lineX(el, 'end-line'), 0.5);
    const change = root(el).querySelector('[data-key="status:1"]')!;
    expect(change.getAttribute('aria-label')).to.contain('Flüchtling (B)').and.to.contain('30.06.2021');
    expect(root(el).querySelector('.summary')!.textContent).to.contain('04.05.2023');
    await expectAccessible(el);
  });

  it('shows milestone states (reached, open, overdue, not applicable) with a non-colour cue and localized names', async () => {
    const child: Case = {
      ...refugeeB(),
      person: person('2019-03-02', 'Lina'),
      plan: plan([], {
        goals: [{ id: 'g1', domain: 'sprache', iasGoal: 1, text: 'A1', status: 'erreicht' }],
      }),
    };
    const el = await render(child, 800, '2027-01-01');
    const state = (id: string) => root(el).querySelector(`[data-key="milestone:${id}"]`)!;
    expect(state('language-a1').classList.contains('m-reached')).to.be.true;
    expect(state('school-start').classList.contains('m-overdue')).to.be.true;
    expect(state('labour-market').classList.contains('m-not-applicable')).to.be.true;
    expect(state('financing-end').classList.contains('m-reached')).to.be.true;
    expect(state('social-integration').classList.contains('m-open')).to.be.true;
    expect(state('school-start').textContent).to.contain('!'); // glyph besides the colour
    expect(state('school-start').getAttribute('aria-label')).to.contain('überfällig');
    await expectAccessible(el);

    const names: string[] = [];
    await forEachLocale(async (locale) => {
      el.locale = locale;
      await el.updateComplete;
      names.push(state('language-a1').getAttribute('aria-label')!.split(',')[0]!);
    });
    expect(names).to.deep.equal([
      'Meilenstein: Sprachniveau A1 (Ziel 1)',
      'Jalon: Niveau de langue A1 (objectif 1)',
      'Tappa: Livello linguistico A1 (obiettivo 1)',
      'Milestone: Language level A1 (goal 1)',
    ]);
    el.locale = 'fr';
    await el.updateComplete;
    expect(root(el).querySelector('[part="axis"]')!.textContent).to.contain('Année 1');
    await expectAccessible(el);
  });

  it('moves through the items with the keyboard (roving tabindex) and selects with Enter', async () => {
    const el = await render(
      refugeeB({ plan: plan([measure('m1', { plannedStart: '2022-02-01', plannedEnd: '2022-08-31' })]) }),
    );
    const all = options(el);
    expect(all.filter((o) => o.tabIndex === 0)).to.have.length(1);
    all.find((o) => o.tabIndex === 0)!.focus();
    const first = active(el)!.dataset['key'];
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const second = active(el)!.dataset['key'];
    expect(second).to.not.equal(first);
    expect(
      options(el)
        .filter((o) => o.tabIndex === 0)
        .map((o) => o.dataset['key']),
    ).to.deep.equal([second]);
    expect(root(el).querySelector('.active-detail')!.textContent).to.equal(
      active(el)!.getAttribute('aria-label'),
    );
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(active(el)!.dataset['key']).to.equal(all[all.length - 1]!.dataset['key']);
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(active(el)!.dataset['key']).to.equal(first);
    await sendKeys({ press: 'ArrowLeft' }); // stays on the first
    expect(active(el)!.dataset['key']).to.equal(first);

    const picked = oneEvent(el, IasTimelineSelectEvent.eventName);
    await sendKeys({ press: 'Enter' });
    const event = (await picked) as unknown as IasTimelineSelectEvent;
    expect(event.item.key).to.equal(first);
    await expectAccessible(el);
  });

  it('zooms with the buttons and keys, pans, and resets to the whole period', async () => {
    const el = await render(refugeeB());
    const key = 'milestone:language-a1';
    const x0 = xOf(el, key);
    const zoomIn = root(el).querySelector<HTMLButtonElement>('.zoom-in')!;
    const reset = root(el).querySelector<HTMLButtonElement>('.reset')!;
    expect(reset.disabled).to.be.true;
    zoomIn.click();
    await el.updateComplete;
    expect(el.zoomLevel).to.be.closeTo(1.5, 1e-9);
    expect(xOf(el, key)).to.not.be.closeTo(x0, 1);
    expect(reset.disabled).to.be.false;

    options(el)
      .find((o) => o.tabIndex === 0)!
      .focus();
    await sendKeys({ press: '+' });
    await el.updateComplete;
    expect(el.zoomLevel).to.be.closeTo(2.25, 1e-9);
    const beforePan = xOf(el, key);
    root(el).querySelector<HTMLButtonElement>('.pan-later')!.click();
    await el.updateComplete;
    expect(xOf(el, key)).to.be.lessThan(beforePan);

    // focusing an item outside the visible period pans it into view
    el.zoomBy(4);
    await el.updateComplete;
    options(el)
      .find((o) => o.tabIndex === 0)!
      .focus();
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    const last = Number(active(el)!.dataset['x']);
    expect(last).to.be.within(0, 800);

    reset.click();
    await el.updateComplete;
    expect(el.zoomLevel).to.equal(1);
    // still zoomable after a move in the DOM
    el.parentElement!.append(el);
    await el.updateComplete;
    zoomIn.click();
    await el.updateComplete;
    expect(el.zoomLevel).to.be.closeTo(1.5, 1e-9);
    el.resetZoom();
    await el.updateComplete;
    expect(xOf(el, key)).to.be.closeTo(x0, 0.01);
    await expectAccessible(el);
  });

  it('zooms with the mouse wheel (d3-zoom) and the reset restores the view', async () => {
    const el = await render(refugeeB());
    const x0 = xOf(el, 'milestone:language-a1');
    const svg = root(el).querySelector('svg')!;
    const r = svg.getBoundingClientRect();
    svg.dispatchEvent(
      new WheelEvent('wheel', {
        deltaY: -300,
        clientX: r.left + r.width / 2,
        clientY: r.top + 20,
        bubbles: true,
        cancelable: true,
      }),
    );
    await el.updateComplete;
    expect(el.zoomLevel).to.be.greaterThan(1);
    el.resetZoom();
    await el.updateComplete;
    expect(xOf(el, 'milestone:language-a1')).to.be.closeTo(x0, 0.01);
    await expectAccessible(el);
  });

  it('emits ias-timeline-select (bubbling, composed, typed item) on click and changes nothing', async () => {
    const c = refugeeB({
      plan: plan([measure('m1', { plannedStart: '2022-02-01', plannedEnd: '2022-08-31' })]),
    });
    const snapshot = JSON.stringify(c);
    const el = await render(c);
    const received: IasTimelineSelectEvent[] = [];
    document.addEventListener('ias-timeline-select', (e) => received.push(e), { once: true });
    root(el)
      .querySelector<SVGGElement>('[data-key="measure:m1"]')!
      .dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(received).to.have.length(1);
    const event = received[0]!;
    expect(event).to.be.instanceOf(IasTimelineSelectEvent);
    expect(event.bubbles && event.composed).to.be.true;
    expect(event.item.kind).to.equal('measure');
    if (event.item.kind === 'measure') expect(event.item.measure.id).to.equal('m1');
    expect(JSON.stringify(el.case)).to.equal(snapshot);
    await expectAccessible(el);
  });

  it('redraws on resize and stays legible at 320 px', async () => {
    const el = await render(admittedF(), 900);
    const wrapper = el.parentElement!;
    const wide = xOf(el, 'milestone:labour-market');
    wrapper.style.width = '320px';
    await waitUntil(() => root(el).querySelector('svg')!.getAttribute('width') === '320', 'shrunk to 320');
    await el.updateComplete;
    const narrow = xOf(el, 'milestone:labour-market');
    expect(narrow).to.be.lessThan(wide);
    for (const o of options(el)) {
      const x = Number(o.dataset['x']);
      expect(x, o.dataset['key']).to.be.within(0, 320);
    }
    // short year labels when the bands get narrow
    expect(root(el).querySelector('[part="axis"]')!.textContent).to.match(/J1|Jahr 1/);
    await expectAccessible(el);
  });

  it('offers the same data as a table, toggled by a pressed button', async () => {
    const c = refugeeB({
      plan: plan([
        measure('m1', { title: 'Deutschkurs A2', plannedStart: '2022-02-01', plannedEnd: '2022-08-31' }),
      ]),
      tasks: [{ id: 't1', kind: 'review', title: 'Standort planen', dueDate: '2024-01-01', status: 'offen' }],
    });
    const el = await render(c);
    const toggle = root(el).querySelector<HTMLElement & { pressed: boolean }>('.toggle-table')!;
    expect(toggle.pressed).to.be.false;
    expect(root(el).querySelector('[part="legend"]'), 'legend beside the chart').to.exist;
    expect(getComputedStyle(root(el).querySelector('[part="table"]')!).display).to.equal('none');
    toggle.click();
    await el.updateComplete;
    expect(el.view).to.equal('table');
    expect(el.getAttribute('view')).to.equal('table');
    expect(toggle.pressed).to.be.true;
    expect(getComputedStyle(root(el).querySelector('.chart-area')!).display).to.equal('none');
    const legend = root(el).querySelector<HTMLElement>('[part="legend"]')!;
    expect(legend.getBoundingClientRect().height, 'legend also with the table').to.be.greaterThan(0);
    expect(legend.textContent).to.contain('○ geplant').and.to.contain('Meilenstein');
    const rows = [...root(el).querySelectorAll('tbody tr')];
    expect(rows).to.have.length(el.items.length);
    const text = root(el).querySelector('table')!.textContent!;
    expect(text).to.contain('Deutschkurs A2').and.to.contain('geplant 01.02.2022 – 31.08.2022');
    expect(text).to.contain('fällig 01.01.2024').and.to.contain('überfällig');
    const picked = oneEvent(el, 'ias-timeline-select');
    root(el).querySelector<HTMLButtonElement>('tr[data-key="measure:m1"] button')!.click();
    expect(((await picked) as unknown as IasTimelineSelectEvent).item.key).to.equal('measure:m1');
    await expectAccessible(el);
  });

  it('prints the table, not the chart or the controls', async () => {
    const el = await render(refugeeB());
    const display = (sel: string) => getComputedStyle(root(el).querySelector(sel)!).display;
    expect(display('[part="table"]')).to.equal('none');
    let emulated = true;
    await emulateMedia({ media: 'print' }).catch(() => (emulated = false)); // Chromium only (CDP)
    try {
      if (emulated) {
        expect(display('[part="table"]')).to.equal('block');
        expect(display('.chart-area')).to.equal('none');
        expect(display('[part="toolbar"]')).to.equal('none');
      } else {
        // Firefox over WebDriver BiDi cannot emulate print: check the print rules themselves
        const css = [...root(el).adoptedStyleSheets, ...[...root(el).styleSheets]]
          .flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText))
          .join('\n');
        expect(css).to.match(/@media print[\s\S]*\.chart-area[\s\S]*display: none !important/);
        expect(css).to.match(/@media print[\s\S]*\[part="table"\][\s\S]*display: block !important/);
      }
    } finally {
      if (emulated) await emulateMedia({ media: 'screen' });
    }
    await expectAccessible(el);
  });

  it('uses the case of an enclosing caseContext provider when no case is set', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="width:600px"></div>`);
    new ContextProvider(host, { context: caseContext, initialValue: admittedF() });
    const el = document.createElement('ias-timeline');
    el.today = '2024-01-01';
    host.append(el);
    await waitUntil(() => root(el).querySelector('.end-line'), 'drawn from context');
    expect(root(el).querySelector('.end-line')!.getAttribute('data-day')).to.equal('2029-03-10');
    await expectAccessible(el);
  });

  it('lets every text be overridden and takes a label', async () => {
    const el = await render(refugeeB());
    el.strings = { today: 'Stichtag', showTable: 'Liste' };
    el.label = 'Verlauf Amina';
    await el.updateComplete;
    expect(root(el).querySelector('.today-label')!.textContent).to.equal('Stichtag');
    expect(root(el).querySelector('.toggle-table')!.textContent!.trim()).to.equal('Liste');
    expect(root(el).querySelector('svg')!.getAttribute('aria-label')).to.equal('Verlauf Amina');
    await expectAccessible(el);
  });
});

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

  /** Horizontal pixel extent of a bar's drawn shapes. */
  const extent = (g: SVGGElement) => {
    const rects = [...g.querySelectorAll<SVGRectElement>('rect.planned, rect.actual')];
    const xs = rects.map((r) => Number(r.getAttribute('x')));
    const ends = rects.map((r) => Number(r.getAttribute('x')) + Number(r.getAttribute('width')));
    return { start: Math.min(...xs), end: Math.max(...ends) };
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
    const el = await renderCompact(
      (today) =>
        html`<ias-timeline
          compact
          lang="de"
          today=${today}
          .case=${refugeeB({ plan: plan(measures()) })}
        ></ias-timeline>`,
    );
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
    const el = await renderCompact(
      (today) =>
        html`<ias-timeline
          compact
          lang="en"
          today=${today}
          .case=${refugeeB({ plan: plan(measures()) })}
        ></ias-timeline>`,
    );
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

  it('labels point items with what and when, names them without URLs or codes, and moves between lanes with ArrowUp/Down', async () => {
    const c = refugeeB({
      plan: plan([
        measure('m1', { title: 'Deutschkurs A2', plannedStart: '2022-02-01', plannedEnd: '2022-08-31' }),
        measure('m2', { title: 'Praktikum', plannedStart: '2022-03-01', plannedEnd: '2022-09-30' }),
      ]),
      assessments: [
        {
          id: 'a1',
          templateId: 'https://ias-kit.ch/schemas/forms/sem-kurzassessment',
          templateVersion: '1.1.0',
          date: '2023-01-20',
          status: 'final',
          data: {},
        },
      ] as unknown as Case['assessments'],
    });
    const el = await render(c);
    const assessment = options(el).find((o) => o.dataset.key?.startsWith('assessment'))!;
    expect(assessment.querySelector('text')!.textContent).to.equal('Kurzassessment 20.01.2023');
    const names = options(el).map((o) => o.getAttribute('aria-label')!);
    for (const n of names) expect(n).not.to.match(/https?:|\bfinal\b|\bdraft\b|\b(VA|FL)\b(?! \()/);
    expect(assessment.getAttribute('aria-label')).to.equal(
      'Abklärung: Kurzassessment 20.01.2023, abgeschlossen',
    );
    // ArrowUp/Down go to the nearest item on the lane above/below; ArrowRight to the next in time.
    const m1 = options(el).find((o) => o.dataset.key === 'measure:m1')!;
    const m2 = options(el).find((o) => o.dataset.key === 'measure:m2')!;
    expect(m1.dataset.lane).not.to.equal(m2.dataset.lane);
    m1.focus();
    await el.updateComplete;
    const [upper, lower] = Number(m1.dataset.lane) < Number(m2.dataset.lane) ? [m1, m2] : [m2, m1];
    upper.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(active(el)?.dataset.key).to.equal(lower.dataset.key);
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(active(el)?.dataset.key).to.equal(upper.dataset.key);
    await expectAccessible(el);
  });
});
