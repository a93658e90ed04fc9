// `node packages/tasks/bench/cockpit.bench.mjs` — a benchmark, not a test. Renders <ias-task-list> with
// 10,000 tasks in Debian's Chromium and prints medians of its first render and of one re-filter (change of
// the light filter), each with layout, against a floor measured in the same run: the same sort and
// filter from @ias-kit/core plus the visible rows as plain DOM `<li>`s with the same texts. Warm-up runs
// first; garbage is collected between samples. Figures in main-thread CPU ms and in wall-clock ms.
import { cpus, loadavg } from 'node:os';
import { openBenchPage, ms, ratio } from '../../../.tools/bench-browser.mjs';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const RUNS = Number(process.env.RUNS ?? 9);
const N = 10_000;
const CASES = 20_000;

const PAGE = `
import '@ias-kit/tasks/define.js';
import { deriveTasks, filterTasks, sortTasks } from '@ias-kit/core/tasks';
import { sampleCases } from './packages/core/src/testing/task-cases.ts';
import { manyCases, SAMPLE_TODAY } from '@ias-kit/core/testing/cases';

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

// Each step is driven from Node, so that the main thread's CPU time of that step alone can be read
// (Chromium's Performance.getMetrics ThreadTime): on a loaded machine the wall clock also counts the time
// the OS gave to other processes.
let el;
let ul;
let size;
let sorted;
window.clear = async () => {
  host.textContent = '';
  await settle();
};
window.steps = {
  async render() {
    el = document.createElement('ias-task-list');
    el.today = TODAY;
    el.tasks = tasks;
    host.append(el);
    await el.updateComplete;
    layout(el);
    size = el.pageSize;
  },
  async refilter() {
    for (const f of FILTERS) {
      el.filter = f;
      await el.updateComplete;
      layout(el);
    }
  },
  floorRender() {
    sorted = sortTasks(tasks, 'urgency');
    ul = plainRows(filterTasks(sorted, {}), size);
    host.append(ul);
    layout(ul);
  },
  floorRefilter() {
    for (const light of LIGHTS) {
      const next = plainRows(filterTasks(sorted, { light }), size);
      ul.replaceWith(next);
      ul = next;
      layout(ul);
    }
  },
};
window.timed = async (name) => {
  const t = performance.now();
  await window.steps[name]();
  return performance.now() - t;
};
// ${CASES} cases given to the element (\`.cases\`): the longest wait of a probe that asks for a user-blocking
// turn 1 ms after each of its turns (input's priority; a message-channel probe would queue behind the
// yields, and one without the delay would starve them), the total
// until the rows show, and the frames rendered meanwhile; against deriveTasks() in one call. Then one case
// replaced by a new object (the host's immutable update): the time until the list shows it.
const big = manyCases(${CASES});
function probe() {
  let last = performance.now();
  let longest = 0;
  let frames = 0;
  let on = true;
  const turn = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (on) scheduler.postTask(turn, { priority: 'user-blocking', delay: 1 });
  };
  const frame = () => {
    frames++;
    if (on) requestAnimationFrame(frame);
  };
  scheduler.postTask(turn, { priority: 'user-blocking' });
  requestAnimationFrame(frame);
  return () => {
    on = false;
    longest = Math.max(longest, performance.now() - last);
    return { longest, frames };
  };
}
const loaded = (el) =>
  new Promise((resolve) => {
    const check = async () => {
      await el.updateComplete;
      if (el.matches(':state(loading)') || el.derivation?.run) scheduler.postTask(check, { delay: 1 });
      else resolve();
    };
    check();
  });
window.steps.oneCall = () => {
  deriveTasks({ today: SAMPLE_TODAY, cases: big });
};
window.steps.cases = async () => {
  el = document.createElement('ias-task-list');
  el.today = SAMPLE_TODAY;
  const stop = probe();
  el.cases = big;
  host.append(el);
  await loaded(el);
  layout(el);
  window.probed = stop();
};
let flip = 0;
window.steps.oneCase = async () => {
  const cases = big.slice();
  const k = big[7919];
  cases[7919] = { ...k, lastActivity: flip++ % 2 ? k.lastActivity : undefined };
  const stop = probe();
  el.cases = cases;
  await loaded(el);
  layout(el);
  window.probed = stop();
};
window.run = () => true;
`;

const { tab, close, version } = await openBenchPage(PAGE, { width: 1400, height: 900 });
try {
  const cdp = await tab.context().newCDPSession(tab);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const threadMs = async () =>
    1000 * (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime').value;
  const out = {};
  const step = async (name, keep, per = 1) => {
    const before = await threadMs();
    const wall = await tab.evaluate((n) => window.timed(n), name);
    const cpu = (await threadMs()) - before;
    if (!keep) return;
    (out[name] ??= { wall: [], cpu: [] }).wall.push(wall / per);
    out[name].cpu.push(cpu / per);
  };
  for (let r = -2; r < RUNS; r++) {
    const keep = r >= 0;
    await tab.evaluate(() => window.clear());
    await step('render', keep);
    await tab.evaluate(() => window.settle());
    await step('refilter', keep, 4);
    await tab.evaluate(() => window.clear());
    await step('floorRender', keep);
    await tab.evaluate(() => window.settle());
    await step('floorRefilter', keep, 4);
  }
  await tab.evaluate(() => window.clear());
  const m = (name, k) => median(out[name][k]);
  console.log(
    `<ias-task-list> cockpit, ${N} tasks, Chromium ${version}, medians of ${RUNS} runs (2 warm-up), load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')} on ${cpus().length} cores\n` +
      "CPU = the main thread's CPU time of the step (ThreadTime); wall = performance.now(), which also counts\n" +
      'time the OS gave to other processes.\n',
  );
  console.log(
    '                 element CPU (wall)       floor CPU (wall), core + plain DOM rows   ratio CPU (wall)',
  );
  for (const [label, a, b] of [
    ['first render', 'render', 'floorRender'],
    ['re-filter', 'refilter', 'floorRefilter'],
  ]) {
    console.log(
      `${label.padEnd(17)}${`${ms(m(a, 'cpu'))} (${ms(m(a, 'wall'))})`.padEnd(25)}${`${ms(m(b, 'cpu'))} (${ms(m(b, 'wall'))})`.padEnd(42)}${ratio(m(a, 'cpu'), m(b, 'cpu'))} (${ratio(m(a, 'wall'), m(b, 'wall'))})`,
    );
  }
  // Derivation of CASES cases inside the element.
  const big = {};
  const keep = (name, v) => (big[name] ??= []).push(v);
  for (let r = -1; r < Math.min(RUNS, 5); r++) {
    await tab.evaluate(() => window.clear());
    const before = await threadMs();
    const wall = await tab.evaluate(() => window.timed('oneCall'));
    const cpu = (await threadMs()) - before;
    await tab.evaluate(() => window.clear());
    const t = await tab.evaluate(() => window.timed('cases'));
    const p = await tab.evaluate(() => window.probed);
    await tab.evaluate(() => window.settle());
    const before1 = await threadMs();
    const t1 = await tab.evaluate(() => window.timed('oneCase'));
    const cpu1 = (await threadMs()) - before1;
    const p1 = await tab.evaluate(() => window.probed);
    if (r < 0) continue;
    keep('oneCall', wall);
    keep('oneCallCpu', cpu);
    keep('cases', t);
    keep('casesLongest', p.longest);
    keep('casesFrames', p.frames);
    keep('oneCase', t1);
    keep('oneCaseLongest', p1.longest);
    keep('oneCaseCpu', cpu1);
  }
  const b = (k) => median(big[k]);
  console.log(
    `\n<ias-task-list .cases> with ${CASES} cases (manyCases of @ias-kit/core/testing/cases), medians of ${big.cases.length} runs, wall-clock ms`,
  );
  console.log(
    `deriveTasks, one call in the page       ${ms(b('oneCall'))} (${ms(b('oneCallCpu'))} main-thread CPU): one block of ${(b('oneCall') / (1000 / 60)).toFixed(1)} frames`,
  );
  console.log(
    `.cases, until the rows show             ${ms(b('cases'))} (${ratio(b('cases'), b('oneCall'))} the one call); longest block ${ms(b('casesLongest'))} (${(b('casesLongest') / (1000 / 60)).toFixed(2)} frames); ${b('casesFrames')} frames rendered meanwhile`,
  );
  console.log(
    `one case replaced, until the list shows ${ms(b('oneCase'))} (${ms(b('oneCaseCpu'))} CPU; ${ratio(b('oneCase'), b('oneCall'))} the full one call); longest block ${ms(b('oneCaseLongest'))}`,
  );
} finally {
  await close();
}
