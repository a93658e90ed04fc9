/* global performance, URL */
// Benchmark of `ias-kit indicators` on 100,000 invented persons in NDJSON (not a test).
// Run from the repository root: `node packages/cli/bench/indicators.bench.mjs [count] [--lean]`.
// `--lean` writes only the fields the indicators read (no names, titles, assessors): a steering export
// rather than a full case dump, about half the bytes per person.
//
// 1. Generates the persons with core's deterministic `sampleIndicatorRecords` into a temporary file.
// 2. Times the real command line (child process, `--by cohort,status`, table output), with one
//    thread and with its default (one per core), against the floor: a child process that merely
//    reads and parses the same file line by line (JSON.parse, nothing else), with one thread and
//    with as many threads. Reports medians of 5 interleaved runs, the ratios and peak memory.
import { build } from 'esbuild';
import { execFileSync, spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const bin = fileURLToPath(new URL('../bin/ias-kit.mjs', import.meta.url));
const lean = process.argv.includes('--lean');
const count = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 100_000);
const DATA_FIELDS = ['schooling', 'languages', 'result', 'workExperience'];
/** Only what the indicators read. */
const leanRecord = (p) => ({
  id: p.id,
  person: { sex: p.person.sex, dateOfBirth: p.person.dateOfBirth, nationality: p.person.nationality },
  entryDate: p.entryDate,
  decisionDate: p.decisionDate,
  statusHistory: p.statusHistory,
  responsibleWorker: { id: p.responsibleWorker.id },
  responsibleOffice: { id: p.responsibleOffice.id },
  commune: p.commune,
  erstinformationDate: p.erstinformationDate,
  plan: {
    measures: p.plan.measures.map(({ type, status, actualStart, actualEnd, plannedEnd }) => ({
      type,
      status,
      actualStart,
      actualEnd,
      plannedEnd,
    })),
  },
  assessments: p.assessments.map(({ templateId, date, status, data }) => ({
    templateId,
    date,
    status,
    data: Object.fromEntries(DATA_FIELDS.map((k) => [k, data[k]])),
  })),
  languageLevels: p.languageLevels,
  education: p.education,
  employment: p.employment,
  socialContacts: p.socialContacts,
});
const AT = '2026-06-30';
const RUNS = 5;
const dir = mkdtempSync(join(tmpdir(), 'ias-cli-bench-'));

try {
  const r = await build({
    stdin: {
      contents: `export { sampleIndicatorRecords } from './packages/core/src/testing/indicator-records.ts';`,
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
  const gen = join(dir, 'gen.mjs');
  writeFileSync(gen, r.outputFiles[0].contents);
  const { sampleIndicatorRecords } = await import(pathToFileURL(gen).href);
  const file = join(dir, 'persons.ndjson');
  const out = createWriteStream(file);
  for (let i = 0; i < count; i += 10_000) {
    const batch = sampleIndicatorRecords(Math.min(10_000, count - i), { seed: 1 + i, at: AT });
    // Unique ids across batches.
    out.write(
      batch
        .map((p, j) => JSON.stringify((lean ? leanRecord : (x) => x)({ ...p, id: `c-${i + j}` })))
        .join('\n') + '\n',
    );
  }
  await new Promise((resolve) => out.end(resolve));
  const mb = statSync(file).size / 1e6;

  // The floor: read the same byte ranges the CLI reads and JSON.parse every line, nothing else —
  // in one thread, and in as many threads as the CLI uses (same cut at line starts).
  const parseOnly = join(dir, 'parse-only.mjs');
  writeFileSync(
    parseOnly,
    `import { statSync, openSync, readSync, closeSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { Worker, isMainThread, workerData, parentPort } from 'node:worker_threads';
async function part(file, start, end) {
  const d = new StringDecoder('utf8'); let rest = ''; let n = 0;
  const fd = openSync(file, 'r'); const buf = Buffer.allocUnsafe(1 << 16); let pos = start;
  while (pos < end) {
    const got = readSync(fd, buf, 0, Math.min(buf.length, end - pos), pos); if (got === 0) break; pos += got;
    const text = rest + d.write(buf.subarray(0, got)); let s = 0; let nl = text.indexOf('\\n');
    while (nl >= 0) { const line = text.slice(s, nl); if (line.trim()) { JSON.parse(line); n++; } s = nl + 1; nl = text.indexOf('\\n', s); }
    rest = text.slice(s);
  }
  closeSync(fd);
  rest += d.end();
  if (rest.trim()) { JSON.parse(rest); n++; }
  return n;
}
function cuts(file, size, parts) {
  const fd = openSync(file, 'r'); const buf = Buffer.alloc(1 << 16); const out = [0];
  for (let i = 1; i < parts; i++) { const pos = Math.floor((size * i) / parts); const got = readSync(fd, buf, 0, buf.length, pos); const nl = buf.subarray(0, got).indexOf(10); if (nl >= 0) out.push(pos + nl + 1); }
  closeSync(fd); return out.map((s, i) => [s, out[i + 1] ?? size]);
}
if (!isMainThread) part(workerData.file, workerData.start, workerData.end).then((n) => parentPort.postMessage(n));
else {
  const [file, threads] = [process.argv[2], Number(process.argv[3] ?? 1)];
  const ranges = cuts(file, statSync(file).size, threads);
  const others = ranges.slice(1).map(([start, end]) => new Promise((resolve, reject) => new Worker(new URL(import.meta.url), { workerData: { file, start, end } }).once('message', resolve).once('error', reject)));
  const n = (await part(file, ...ranges[0])) + (await Promise.all(others)).reduce((a, b) => a + b, 0);
  process.stdout.write(String(n));
}`,
  );

  execFileSync(process.execPath, [bin, '--help'], { stdio: 'ignore' }); // warm the bundle cache
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const time = (args, env = {}) => {
    const t = performance.now();
    const p = spawnSync(process.execPath, args, {
      env: { ...process.env, ...env },
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    const ms = performance.now() - t;
    if (p.status !== 0) throw new Error(`${args.join(' ')} exited ${p.status}: ${p.stderr}`);
    return { ms, stderr: p.stderr, stdout: p.stdout };
  };
  const threads = Math.min(8, availableParallelism());
  const cliArgs = [bin, 'indicators', file, '--at', AT, '--by', 'cohort,status'];
  const runs = { parse1: [], parseN: [], cli1: [], cliN: [] };
  let rss = 0;
  let rss1 = 0;
  // Interleaved, so a slower minute of a shared machine touches every column alike.
  for (let i = 0; i < RUNS; i++) {
    runs.parse1.push(time([parseOnly, file, '1']).ms);
    runs.parseN.push(time([parseOnly, file, String(threads)]).ms);
    const one = time([...cliArgs, '--threads', '1'], { IAS_KIT_RESOURCE_USAGE: '1' });
    runs.cli1.push(one.ms);
    rss1 = Math.max(rss1, JSON.parse(one.stderr.trim().split('\n').pop()).maxRssKb);
    const run = time(cliArgs, { IAS_KIT_RESOURCE_USAGE: '1' });
    runs.cliN.push(run.ms);
    rss = Math.max(rss, JSON.parse(run.stderr.trim().split('\n').pop()).maxRssKb);
  }
  const startup = median(Array.from({ length: RUNS }, () => time([bin, '--help']).ms));
  const [p1, pN, c1, cN] = [runs.parse1, runs.parseN, runs.cli1, runs.cliN].map(median);
  const row = (label, ms, extra = '') =>
    console.log(`  ${label.padEnd(44)}${ms.toFixed(0).padStart(6)} ms${extra}`);
  console.log(
    `ias-kit indicators bench: ${count.toLocaleString('en')} persons${lean ? ' (lean export)' : ''}, ${mb.toFixed(1)} MB NDJSON, --by cohort,status; medians of ${RUNS}, ${availableParallelism()} cores`,
  );
  row('parse only, 1 thread (read + JSON.parse)', p1);
  row(`parse only, ${threads} threads`, pN, `   ratio ${(pN / p1).toFixed(2)} x 1-thread parse`);
  row('ias-kit indicators --threads 1', c1, `   ratio ${(c1 / p1).toFixed(2)} x 1-thread parse`);
  row(
    `ias-kit indicators (default: ${threads} threads)`,
    cN,
    `   ratio ${(cN / p1).toFixed(2)} x 1-thread parse, ${(cN / pN).toFixed(2)} x ${threads}-thread parse`,
  );
  row('of which process start (ias-kit --help)', startup);
  console.log(
    `  peak memory (maxRSS)  --threads 1 ${(rss1 / 1024).toFixed(0)} MB, ${threads} threads ${(rss / 1024).toFixed(0)} MB`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
