// `node packages/tasks/bench/cockpit.bench.mjs` — a benchmark, not a test. Renders <ias-task-list> with
// 10,000 tasks in Debian's Chromium and prints medians of its first render and of one re-filter (change of
// the light filter), each with layout, against a floor measured in the same run: the same sort and
// filter from @ias-kit/core plus the visible rows as plain DOM `<li>`s with the same texts. Warm-up runs
// first; garbage is collected between samples.
import { openBenchPage, ms, ratio } from '../../../.tools/bench-browser.mjs';

const RUNS = Number(process.env.RUNS ?? 9);
const N = 10_000;

const PAGE = `
import '@ias-kit/tasks/define.js';
import { deriveTasks, filterTasks, sortTasks } from '@ias-kit/core/tasks';
import { sampleCases } from './packages/core/src/tasks/fixtures.ts';

const TODAY = '2026-03-02';
const tasks = deriveTasks({ today: TODAY, cases: sampleCases(3500, TODAY) }).slice(0, ${N});
const host = document.getElementById('host');
const layout = (el) => void el.getBoundingClientRect() && el.offsetHeight;
const FILTERS = ['light=critical', 'light=warn', 'light=critical,warn', ''];
const LIGHTS = [['critical'], ['warn'], ['critical', 'warn'], []];

function plainRows(list, size) {
  const ul = document.createElement('ul');
  for (const t of list.slice(0, size)) {
    const li = document.createElement('li');
    li.tabIndex = -1;
    const a = document.createElement('span');
    a.textContent = t.light;
    const b = document.createElement('span');
    b.textContent = t.rule === 'task' ? t.title : t.rule;
    const c = document.createElement('span');
    c.textContent = (t.personName ?? '') + ' ' + (t.dueDate ?? '');
    li.append(a, b, c);
    ul.append(li);
  }
  return ul;
}

window.run = async (runs) => {
  const out = { render: [], refilter: [], floorRender: [], floorRefilter: [] };
  for (let r = -2; r < runs; r++) {
    // The element.
    host.textContent = '';
    await settle();
    const el = document.createElement('ias-task-list');
    el.today = TODAY;
    let t = performance.now();
    el.tasks = tasks;
    host.append(el);
    await el.updateComplete;
    layout(el);
    const render = performance.now() - t;
    const size = el.pageSize;
    await settle();
    t = performance.now();
    for (const f of FILTERS) {
      el.filter = f;
      await el.updateComplete;
      layout(el);
    }
    const refilter = (performance.now() - t) / FILTERS.length;
    // The floor: the same core sort + filter and plain DOM rows.
    host.textContent = '';
    await settle();
    t = performance.now();
    let sorted = sortTasks(tasks, 'urgency');
    let ul = plainRows(filterTasks(sorted, {}), size);
    host.append(ul);
    layout(ul);
    const floorRender = performance.now() - t;
    await settle();
    t = performance.now();
    for (const light of LIGHTS) {
      const next = plainRows(filterTasks(sorted, { light }), size);
      ul.replaceWith(next);
      ul = next;
      layout(ul);
    }
    const floorRefilter = (performance.now() - t) / LIGHTS.length;
    if (r >= 0) {
      out.render.push(render);
      out.refilter.push(refilter);
      out.floorRender.push(floorRender);
      out.floorRefilter.push(floorRefilter);
    }
  }
  host.textContent = '';
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, median(v)]));
};
`;

const { tab, close, version } = await openBenchPage(PAGE, { width: 1400, height: 900 });
try {
  const r = await tab.evaluate((runs) => window.run(runs), RUNS);
  console.log(
    `<ias-task-list> cockpit, ${N} tasks, Chromium ${version}, medians of ${RUNS} runs (2 warm-up)\n`,
  );
  console.log('                 element     floor (core + plain DOM rows)   ratio');
  console.log(
    `first render     ${ms(r.render).padEnd(11)} ${ms(r.floorRender).padEnd(31)} ${ratio(r.render, r.floorRender)}`,
  );
  console.log(
    `re-filter        ${ms(r.refilter).padEnd(11)} ${ms(r.floorRefilter).padEnd(31)} ${ratio(r.refilter, r.floorRefilter)}`,
  );
} finally {
  await close();
}
