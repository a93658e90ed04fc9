// `node packages/timeline/bench/timeline.bench.mjs` — not a test. Renders <ias-timeline> with 25, 100 and
// 400 measures (plus milestones, reviews and tasks) in Debian's Chromium and prints medians: first render
// (model + lanes + SVG + layout) and one zoom step (what a wheel or pinch frame costs), at 1000 px, each
// against a floor of plain SVG rects measured in the same run.
//
// Each sample is timed the way a user sees it: the clock starts at the beginning of a frame (inside
// requestAnimationFrame, where the browser also handles a wheel or pinch event), runs the step, waits for
// Lit's update, and stops in a task posted from that frame, which runs only after the frame's style,
// layout and paint. So a figure under 16.7 ms means the step is on screen in the frame it started in.
// Two warm-up runs first; garbage is collected (and two frames pass) before every sample.
import { openBenchPage, ms, ratio } from '../../../.tools/bench-browser.mjs';

const SIZES = [25, 100, 400];
const RUNS = Number(process.env.RUNS ?? 7);

const PAGE = `
import '@ias-kit/timeline/define.js';
const host = document.getElementById('host');
host.style.width = '1000px';
const pad = (n) => String(n).padStart(2, '0');
function makeCase(n) {
  const measures = [];
  for (let i = 0; i < n; i++) {
    const y = 2021 + (i % 6), m = 1 + (i % 12);
    measures.push({ id: 'm' + i, type: ['sprachkurs', 'praktikum', 'brueckenangebot', 'freiwilligenarbeit'][i % 4],
      title: 'Massnahme ' + i, status: ['geplant', 'laufend', 'abgeschlossen'][i % 3],
      plannedStart: y + '-' + pad(m) + '-01', plannedEnd: (y + 1) + '-' + pad(m) + '-15', actualStart: y + '-' + pad(m) + '-03' });
  }
  return {
    id: 'bench', person: { id: 'p', localPersonId: { personIdCategory: 'X', personId: '1' }, officialName: 'Bench', firstName: 'Test', sex: '3', dateOfBirth: '1995' },
    entryDate: '2020-11-02', asylumApplicationDate: '2020-11-03', statusHistory: [{ status: 'VA', validFrom: '2021-04-01' }],
    assessments: [], tasks: Array.from({ length: n / 5 }, (_, i) => ({ id: 't' + i, kind: 'other', title: 'Aufgabe ' + i, dueDate: (2022 + (i % 4)) + '-06-' + pad(1 + (i % 28)), status: 'offen' })),
    plan: { id: 'pl', personId: 'p', version: 1, status: 'aktiv', validFrom: '2021-01-01', caseManager: { id: 'cm' }, goals: [], measures,
      reviews: Array.from({ length: n / 5 }, (_, i) => ({ id: 'r' + i, date: (2021 + (i % 6)) + '-03-' + pad(1 + (i % 28)), participants: [], summary: '' })) },
  };
}
// The floor: one plain SVG <rect> and <text> per measure, placed by a linear date scale and moved on zoom.
const DAY = 864e5;
const days = (d) => Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)) / DAY;
function plainSvg(c, width) {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('width', width);
  svg.setAttribute('height', 400);
  const shapes = c.plan.measures.map((m, i) => {
    const r = document.createElementNS(ns, 'rect');
    const t = document.createElementNS(ns, 'text');
    r.setAttribute('y', 20 + (i % 12) * 28);
    r.setAttribute('height', 18);
    t.setAttribute('y', 34 + (i % 12) * 28);
    t.textContent = m.title;
    svg.append(r, t);
    return { r, t, a: days(m.plannedStart), b: days(m.plannedEnd) };
  });
  const draw = (k) => {
    const from = days('2020-11-02'), to = from + 7 * 365 / k;
    const x = (d) => ((d - from) / (to - from)) * width;
    for (const s of shapes) {
      s.r.setAttribute('x', x(s.a));
      s.r.setAttribute('width', Math.max(1, x(s.b) - x(s.a)));
      s.t.setAttribute('x', x(s.a) + 4);
    }
  };
  draw(1);
  return { svg, draw };
}
// One sample: starts at the beginning of a frame, stops after that frame is painted.
const inFrame = (step) =>
  new Promise((done) =>
    requestAnimationFrame(async () => {
      const t = performance.now();
      await step();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done(performance.now() - t);
      channel.port2.postMessage(0);
    }),
  );
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const STEPS = 10; // five steps in (×1.25), five out (×0.8)
window.run = async (n, runs) => {
  const host = document.getElementById('host');
  const out = { render: [], zoom: [], slowest: [], floorRender: [], floorZoom: [] };
  let items = 0;
  for (let r = -2; r < runs; r++) {
    host.textContent = '';
    await settle();
    const el = document.createElement('ias-timeline');
    el.today = '2024-05-15';
    const c = makeCase(n);
    const render = await inFrame(async () => {
      el.case = c;
      host.append(el);
      await el.updateComplete;
    });
    items = el.items.length;
    const zoomSteps = [];
    for (let k = 0; k < STEPS; k++) {
      await settle();
      zoomSteps.push(
        await inFrame(async () => {
          el.zoomBy(k < STEPS / 2 ? 1.25 : 0.8);
          await el.updateComplete;
        }),
      );
    }
    const zoom = mean(zoomSteps);
    host.textContent = '';
    await settle();
    let plain;
    const floorRender = await inFrame(() => {
      plain = plainSvg(c, 1000);
      host.append(plain.svg);
    });
    const floorSteps = [];
    let z = 1;
    for (let k = 0; k < STEPS; k++) {
      await settle();
      z *= k < STEPS / 2 ? 1.25 : 0.8;
      floorSteps.push(await inFrame(() => plain.draw(z)));
    }
    const floorZoom = mean(floorSteps);
    if (r >= 0) {
      out.render.push(render);
      out.zoom.push(zoom);
      out.slowest.push(Math.max(...zoomSteps));
      out.floorRender.push(floorRender);
      out.floorZoom.push(floorZoom);
    }
  }
  host.textContent = '';
  return { n, items, ...Object.fromEntries(Object.entries(out).map(([k, v]) => [k, median(v)])) };
};
`;

// Lit's production build, as users run it (its development build adds checks to every update)
const { tab, close, version } = await openBenchPage(PAGE, { conditions: ['ias-source'] });
try {
  console.log(
    `<ias-timeline> benchmark, Chromium ${version}, Lit production build, medians of ${RUNS} runs (2 warm-up, GC before every sample), 1000 px wide`,
  );
  console.log('each sample runs from the start of a frame until that frame is painted (what the user sees);');
  console.log('zoom step: mean of 5 steps in and 5 out per run, and the slowest of them');
  console.log('floor: one plain SVG <rect> + <text> per measure, placed by a linear scale (same run)\n');
  console.log(
    'measures  items  first render (floor, ratio)        zoom step (floor, ratio)    slowest step  of a 60 Hz frame',
  );
  for (const n of SIZES) {
    const r = await tab.evaluate(([n, runs]) => window.run(n, runs), [n, RUNS]);
    console.log(
      `${String(r.n).padEnd(9)} ${String(r.items).padEnd(6)} ${`${ms(r.render)} (${ms(r.floorRender)}, ${ratio(r.render, r.floorRender)})`.padEnd(34)} ${`${ms(r.zoom)} (${ms(r.floorZoom)}, ${ratio(r.zoom, r.floorZoom)})`.padEnd(27)} ${ms(r.slowest).padEnd(13)} ${(r.zoom / (1000 / 60)).toFixed(2)}`,
    );
  }
} finally {
  await close();
}
