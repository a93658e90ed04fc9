/* global URL, performance */
// Benchmark of the task rules and list helpers (not a test; run `npm run bench -w @ias-kit/tasks`
// or `node packages/tasks/bench/derive.bench.mjs` from the repository root).
// Bundles the core sources with esbuild into a temporary module, then times deriveTasks per 100
// cases and the filter/sort/group/caseload pass over 10,000 tasks. Reports medians and the ratio to
// one 60 Hz frame (16.7 ms).
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'ias-bench-'));
const out = join(dir, 'core.mjs');
const r = await build({
  stdin: {
    contents: `export * from './packages/core/src/tasks/index.ts'; export * from './packages/core/src/tasks/fixtures.ts';`,
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
