import { expect, fixture, html } from '@open-wc/testing';
import { expectAccessible } from '@ias-kit/ui/test/index.js';
import { assignLanes, type Span } from './lanes.js';
import { measure, plan, refugeeB } from '../test/cases.js';
import './define.js';
import type { IasTimeline } from './timeline.js';

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const overlaps = (a: Span, b: Span, gap: number) => a.start < b.end + gap && b.start < a.end + gap;

describe('assignLanes', () => {
  it('keeps disjoint spans in one lane and stacks overlapping ones', () => {
    expect(assignLanes([])).to.deep.equal({ lanes: [], count: 0 });
    expect(
      assignLanes([
        { start: 0, end: 5 },
        { start: 6, end: 9 },
      ]),
    ).to.deep.equal({ lanes: [0, 0], count: 1 });
    expect(
      assignLanes([
        { start: 0, end: 5 },
        { start: 3, end: 9 },
        { start: 6, end: 7 },
      ]),
    ).to.deep.equal({
      lanes: [0, 1, 0],
      count: 2,
    });
  });

  it('respects the gap and treats end before start as a point', () => {
    expect(
      assignLanes(
        [
          { start: 0, end: 5 },
          { start: 6, end: 9 },
        ],
        2,
      ).count,
    ).to.equal(2);
    expect(
      assignLanes(
        [
          { start: 0, end: 5 },
          { start: 7, end: 9 },
        ],
        2,
      ).count,
    ).to.equal(1);
    expect(
      assignLanes([
        { start: 10, end: 2 },
        { start: 11, end: 12 },
      ]).lanes,
    ).to.deep.equal([0, 0]);
  });

  it('never overlaps within a lane and uses the minimum number of lanes (random spans)', () => {
    const next = random(42);
    for (let round = 0; round < 200; round++) {
      const gap = Math.floor(next() * 4);
      const spans = Array.from({ length: 1 + Math.floor(next() * 30) }, () => {
        const start = Math.floor(next() * 100);
        return { start, end: start + Math.floor(next() * 30) };
      });
      const { lanes, count } = assignLanes(spans, gap);
      for (let i = 0; i < spans.length; i++) {
        for (let j = i + 1; j < spans.length; j++) {
          if (lanes[i] === lanes[j])
            expect(overlaps(spans[i]!, spans[j]!, gap), `round ${round}`).to.be.false;
        }
      }
      // optimal: the number of lanes equals the deepest overlap of the gap-widened spans
      let depth = 0;
      for (const s of spans)
        depth = Math.max(depth, spans.filter((o) => o.start <= s.start && s.start < o.end + gap).length);
      expect(count, `round ${round}`).to.equal(depth);
      expect(Math.max(...lanes)).to.equal(count - 1);
    }
  });
});

/** The drawn box of an item: marker, bar and label, without the focus outline. */
function box(g: SVGGElement) {
  const r = [...g.children]
    .filter((c) => !c.classList.contains('focus'))
    .map((c) => c.getBoundingClientRect())
    .filter((b) => b.width > 0 || b.height > 0);
  return {
    left: Math.min(...r.map((b) => b.left)),
    right: Math.max(...r.map((b) => b.right)),
    top: Math.min(...r.map((b) => b.top)),
    bottom: Math.max(...r.map((b) => b.bottom)),
  };
}

function expectNoOverlap(el: IasTimeline) {
  const items = [...el.shadowRoot!.querySelectorAll<SVGGElement>('[role="option"]')];
  expect(items.length).to.be.greaterThan(10);
  const boxes = items.map((g) => ({ key: g.dataset['key'], ...box(g) }));
  const svgBox = el.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      // only items both inside the visible area can collide visually
      if (a.right < svgBox.left || b.right < svgBox.left || a.left > svgBox.right || b.left > svgBox.right)
        continue;
      const hit =
        a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
      expect(
        hit,
        `${a.key} overlaps ${b.key} ${JSON.stringify([a, b, items[i]!.outerHTML.slice(0, 400), items[j]!.outerHTML.slice(0, 400)])}`,
      ).to.be.false;
    }
  }
}

describe('ias-timeline lanes', () => {
  const dense = refugeeB({
    plan: plan(
      Array.from({ length: 14 }, (_, i) =>
        measure(`m${i}`, {
          type: i % 3 === 0 ? 'praktikum' : 'sprachkurs',
          title: i % 2 ? `Deutschkurs Stufe ${i}` : `Kurs ${i}`,
          plannedStart: `2022-${String((i % 12) + 1).padStart(2, '0')}-01`,
          plannedEnd: `2023-${String((i % 12) + 1).padStart(2, '0')}-15`,
          status: i % 4 === 0 ? 'abgeschlossen' : 'laufend',
          actualStart: `2022-${String((i % 12) + 1).padStart(2, '0')}-03`,
          ...(i % 4 === 0 ? { actualEnd: `2023-${String((i % 12) + 1).padStart(2, '0')}-10` } : {}),
        }),
      ),
      {
        reviews: Array.from({ length: 6 }, (_, i) => ({
          id: `r${i}`,
          date: `2023-0${i + 1}-1${i}`,
          participants: [],
          summary: 'Standort',
        })),
      },
    ),
    tasks: [
      {
        id: 't1',
        kind: 'review',
        title: 'Nächste Standortbestimmung',
        dueDate: '2023-03-01',
        status: 'offen',
      },
      { id: 't2', kind: 'document', title: 'Zeugnis einholen', dueDate: '2023-03-05', status: 'offen' },
    ],
  });

  it('stacks many overlapping measures, reviews and tasks without covering each other, at any width and zoom', async () => {
    for (const width of [320, 900]) {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width:${width}px">
          <ias-timeline lang="de" today="2024-01-15" .case=${dense}></ias-timeline>
        </div>`,
      );
      const el = wrapper.querySelector('ias-timeline')!;
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(r));
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('svg')!.getAttribute('width')).to.equal(String(width));
      expectNoOverlap(el);
      // at zoom 1 every marker, bar and label stays inside the chart, even at 320 px
      const chart = el.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
      for (const g of el.shadowRoot!.querySelectorAll<SVGGElement>('[role="option"]')) {
        const b = box(g);
        expect(b.left, g.dataset['key']).to.be.at.least(chart.left - 1);
        expect(b.right, g.dataset['key']).to.be.at.most(chart.right + 1);
      }
      const sprachLanes = new Set(
        [...el.shadowRoot!.querySelectorAll<SVGGElement>('.kind-measure')].map((g) => g.dataset['lane']),
      );
      expect(sprachLanes.size).to.be.greaterThan(2);
      el.zoomBy(3);
      await el.updateComplete;
      expectNoOverlap(el);
      await expectAccessible(el);
    }
  });
});
