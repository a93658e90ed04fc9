/* global URL, performance, MessageChannel, setTimeout */
// Benchmark of the task rules and list helpers (not a test; run `npm run bench -w @ias-kit/tasks`
// or `node packages/tasks/bench/derive.bench.mjs` from the repository root).
// Bundles the core sources with esbuild into a temporary module, then times deriveTasks per 100
// cases and the filter/sort/group/caseload pass over 10,000 tasks; then 20,000 cases (the kit's sample
// cases, `manyCases` of @ias-kit/core/testing/cases) derived in one call, in slices (deriveTasksAsync) and
// again after one case changed (TaskDeriver, incremental). The longest block is what other work waits:
// a probe posts itself message after message on a MessageChannel and the longest gap between two of its
// turns while deriving is reported. Medians; ratios to one 60 Hz frame (16.7 ms) and to the one call.
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'ias-bench-'));
const out = join(dir, 'core.mjs');
const r = await build({
  stdin: {
    contents: `export * from './packages/core/src/tasks/index.ts'; export * from './packages/core/src/testing/task-cases.ts'; export { manyCases } from '@ias-kit/core/testing/cases';`,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  conditions: ['ias-source'],
  logLevel: 'silent',
});
writeFileSync(out, r.outputFiles[0].contents);
const core = await import(pathToFileURL(out).href);
rmSync(dir, { recursive: true, force: true });

const FRAME = 1000 / 60;
const TODAY = '2026-03-02';
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function time(fn, runs = 21) {
  for (let i = 0; i < 20; i++) fn(); // let the JIT settle
  const xs = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    xs.push(performance.now() - t);
  }
  return median(xs);
}

const hundred = core.sampleCases(100, TODAY);
const derive100 = time(() => core.deriveTasks({ today: TODAY, cases: hundred }));
const many = core.sampleCases(3500, TODAY);
const tasks = core.deriveTasks({ today: TODAY, cases: many }).slice(0, 10000);
const view = time(() => {
  const sorted = core.sortTasks(tasks, 'due');
  const shown = core.filterTasks(sorted, { light: ['critical', 'warn'] });
  core.groupTasks(shown, 'week');
  core.caseloadByWorker(tasks);
}, 11);

const row = (name, ms) =>
  console.log(`${name.padEnd(52)} ${ms.toFixed(2).padStart(8)} ms  ${(ms / FRAME).toFixed(2)} frames`);
row('deriveTasks, 100 cases', derive100);
row(`sort + filter + group + caseload, ${tasks.length} tasks`, view);

// 20,000 cases: the longest block other work sees, and the total.
const CASES = 20_000;
const big = core.manyCases(CASES);
const RUNS = Number(process.env.RUNS ?? 7);

/**
 * Runs `fn` while a probe takes turns on the event loop; returns [total ms, longest gap ms, longest gap in
 * process CPU ms]. The CPU figure is the work done between two turns of the probe: on a loaded machine the
 * wall-clock gap also holds the time the OS gave to other processes.
 */
async function probed(fn) {
  const channel = new MessageChannel();
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  let last = performance.now();
  let lastCpu = cpu();
  let longest = 0;
  let longestCpu = 0;
  let on = true;
  const turn = () => {
    const now = performance.now();
    const c = cpu();
    longest = Math.max(longest, now - last);
    longestCpu = Math.max(longestCpu, c - lastCpu);
    last = now;
    lastCpu = c;
  };
  channel.port1.onmessage = () => {
    turn();
    if (on) channel.port2.postMessage(null);
  };
  await new Promise((r) => setTimeout(r, 5));
  channel.port2.postMessage(null);
  const t = performance.now();
  last = t;
  lastCpu = cpu();
  await fn();
  const total = performance.now() - t;
  turn();
  on = false;
  channel.port1.close();
  return [total, longest, longestCpu];
}
async function sample(fn) {
  for (let i = 0; i < 2; i++) await probed(fn);
  const totals = [];
  const blocks = [];
  const cpus = [];
  for (let i = 0; i < RUNS; i++) {
    globalThis.gc?.();
    const [total, block, cpu] = await probed(fn);
    totals.push(total);
    blocks.push(block);
    cpus.push(cpu);
  }
  return { total: median(totals), block: median(blocks), cpu: median(cpus) };
}
const input = { today: core.SAMPLE_TODAY ?? TODAY, cases: big };
const oneCall = await sample(() => core.deriveTasks(input));
const count = core.deriveTasks(input).length;
const sliced = await sample(() => core.deriveTasksAsync(input));
// One case changed (a new object, as an immutable update gives): re-derive with a deriver that knows the rest.
const deriver = new core.TaskDeriver();
deriver.derive(input);
let flip = 0;
const changedInput = () => {
  const at = 7919;
  const k = big[at];
  const cases = big.slice();
  cases[at] = { ...k, lastActivity: flip++ % 2 ? k.lastActivity : undefined };
  return { ...input, cases };
};
const incremental = await sample(() => deriver.derive(changedInput()));
const incrementalSliced = await sample(() => deriver.deriveAsync(changedInput()));

console.log(
  `\n${CASES} cases (${count} tasks), medians of ${RUNS} runs, load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(
      ' ',
    )} on ${cpus().length} cores.\nLongest block: the longest wait of other work (a probe on the event loop), in wall-clock ms and in\nCPU ms of this process (the work itself; the wall clock also counts time the OS gave to other processes).`,
);
console.log(
  '                                         total        longest block: wall    CPU       total vs one call',
);
const line = (name, r) =>
  console.log(
    `${name.padEnd(41)}${`${r.total.toFixed(1)} ms`.padEnd(13)}${`${r.block.toFixed(1)} ms`.padEnd(16)}${`${r.cpu.toFixed(1)} ms (${(r.cpu / FRAME).toFixed(2)} fr)`.padEnd(
      20,
    )}${(r.total / oneCall.total).toFixed(2)}×`,
  );
line('deriveTasks, one call', oneCall);
line('deriveTasksAsync, slices of 6 ms', sliced);
line('TaskDeriver.derive, 1 case changed', incremental);
line('TaskDeriver.deriveAsync, 1 case changed', incrementalSliced);
console.log(
  `incremental vs full re-derivation: ${(incremental.total / oneCall.total).toFixed(4)}× (${(oneCall.total / incremental.total).toFixed(0)}× faster)`,
);
