import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectAccessible } from '@ias-kit/ui/test/index.js';
import type { Case } from '@ias-kit/core';
import { measure, plan, refugeeB } from '../test/cases.js';
import { active, options, render, root, xOf } from '../test/render.js';
import { IasTimelineSelectEvent } from './timeline.events.js';

describe('ias-timeline keyboard, zoom and selection', () => {
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

  it('draws every item at its date while zooming and panning, keeps labels apart, and restores the view', async () => {
    const c = refugeeB({
      plan: plan(
        Array.from({ length: 12 }, (_, i) =>
          measure(`m${i}`, {
            title: `Kurs ${i}`,
            plannedStart: `${2022 + Math.floor(i / 4)}-${String(1 + (i % 4) * 3).padStart(2, '0')}-01`,
            plannedEnd: `${2022 + Math.floor(i / 4)}-${String(3 + (i % 4) * 3).padStart(2, '0')}-28`,
          }),
        ),
      ),
      tasks: [{ id: 't1', kind: 'review', title: 'Standort', dueDate: '2023-05-02', status: 'offen' }],
    });
    const el = await render(c);
    const svgLeft = () => root(el).querySelector('svg')!.getBoundingClientRect().left;
    /** Where each label is on screen. */
    const labels = () =>
      new Map(options(el).map((o) => [o.dataset['key']!, o.querySelector('text')!.getBoundingClientRect()]));
    const before = labels();
    const steps = [1.25, 1.25, 1.25, 4, 0.8, 2];
    for (const factor of steps) {
      el.zoomBy(factor);
      await el.updateComplete;
      const width = Number(root(el).querySelector('svg')!.getAttribute('width'));
      const drawn = labels();
      for (const o of options(el)) {
        const key = o.dataset['key']!;
        const x = Number(o.dataset['x']);
        const shape = o.querySelector('rect.planned, .marker')!.getBoundingClientRect();
        const box = drawn.get(key)!;
        // what can be seen of an item is where its date is (an item out of the chart may keep an old drawing)
        const left = Math.min(shape.left, box.left) - svgLeft();
        const right = Math.max(shape.right, box.right) - svgLeft();
        if (right < 12 || left > width - 12) continue;
        // a bar starts at its date, a marker is centred on it
        const at = o.matches('[part="bar"]') ? shape.left : (shape.left + shape.right) / 2;
        expect(at - svgLeft(), `${key} at ×${el.zoomLevel.toFixed(2)}`).to.be.closeTo(x, 1.5);
      }
      // the labels that can be seen never overlap on a lane
      const seen = [...drawn.values()].filter(
        (r) => r.right > svgLeft() + 2 && r.left < svgLeft() + width - 2,
      );
      for (const a of seen) {
        for (const b of seen) {
          if (a === b || Math.abs(a.top - b.top) > 1) continue;
          expect(a.right <= b.left + 0.5 || b.right <= a.left + 0.5, 'labels overlap').to.be.true;
        }
      }
    }
    el.panBy(-0.5);
    el.resetZoom();
    await el.updateComplete;
    const after = labels();
    for (const [key, box] of before) {
      expect(after.get(key)!.left, key).to.be.closeTo(box.left, 0.5);
      expect(after.get(key)!.top, key).to.be.closeTo(box.top, 0.5);
    }
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
