/* global performance, URL */
// Benchmark of `ias-kit indicators` on 100,000 invented persons in NDJSON (not a test).
// Run from the repository root: `node packages/cli/bench/indicators.bench.mjs [count] [--lean]`.
// `--lean` writes only the fields the indicators read (no names, titles, assessors): a steering export
// rather than a full case dump, about half the bytes per person.
//
// 1. Generates the persons with core's deterministic `sampleIndicatorRecords` into a temporary file.
// 2. Times the real command line (child process, `--by cohort,status`, table output) and, as the
//    baseline, a child process that merely reads and parses the same file line by line
//    (JSON.parse, nothing else). Reports medians of 5 runs, the ratio, and the CLI's peak memory.
import { build } from 'esbuild';
import { execFileSync, spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
      contents: `export { sampleIndicatorRecords } from './packages/core/src/indicators/sample.ts';`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    conditions: ['development'],
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

  const parseOnly = join(dir, 'parse-only.mjs');
  writeFileSync(
    parseOnly,
    `import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
const d = new StringDecoder('utf8'); let rest = ''; let n = 0;
for await (const chunk of createReadStream(process.argv[2], { highWaterMark: 1 << 20 })) {
  const text = rest + d.write(chunk); let start = 0; let nl = text.indexOf('\\n');
  while (nl >= 0) { const line = text.slice(start, nl); if (line.trim()) { JSON.parse(line); n++; } start = nl + 1; nl = text.indexOf('\\n', start); }
  rest = text.slice(start);
}
if (rest.trim()) { JSON.parse(rest); n++; }
process.stdout.write(String(n));`,
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
  const cliArgs = [bin, 'indicators', file, '--at', AT, '--by', 'cohort,status'];
  const cli = [];
  const parse = [];
  let rss = 0;
  for (let i = 0; i < RUNS; i++) {
    parse.push(time([parseOnly, file]).ms);
    const run = time(cliArgs, { IAS_KIT_RESOURCE_USAGE: '1' });
    cli.push(run.ms);
    rss = Math.max(rss, JSON.parse(run.stderr.trim().split('\n').pop()).maxRssKb);
  }
  const startup = median(Array.from({ length: RUNS }, () => time([bin, '--help']).ms));
  const c = median(cli);
  const p = median(parse);
  console.log(
    `ias-kit indicators bench: ${count.toLocaleString('en')} persons${lean ? ' (lean export)' : ''}, ${mb.toFixed(1)} MB NDJSON, --by cohort,status`,
  );
  console.log(`  parse only (read + JSON.parse)   ${p.toFixed(0).padStart(6)} ms`);
  console.log(
    `  ias-kit indicators (end to end)  ${c.toFixed(0).padStart(6)} ms   ratio ${(c / p).toFixed(2)} x parse`,
  );
  console.log(`  of which process start + cache   ${startup.toFixed(0).padStart(6)} ms   (ias-kit --help)`);
  console.log(`  peak memory (maxRSS)             ${(rss / 1024).toFixed(0).padStart(6)} MB`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
