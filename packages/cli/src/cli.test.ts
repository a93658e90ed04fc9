// Runs the real command line (`node bin/ias-kit.mjs`) as a child process on the fixtures.
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../bin/ias-kit.mjs', import.meta.url));
const FX = fileURLToPath(new URL('../test-fixtures/', import.meta.url));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: FX, maxBuffer: 1 << 26 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const noStack = (r: Run) => {
  expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(r.stdout).not.toMatch(/\n\s+at .+:\d+:\d+/);
};

describe('ias-kit indicators', { timeout: 60_000 }, () => {
  beforeAll(async () => {
    await run('--help'); // builds the cache once before the parallel runs
  }, 60_000);

  it('prints the hand-computed figures of an NDJSON file as a table', async () => {
    const r = await run('indicators', 'cohort.ndjson', '--at', '2025-06-30');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^goal-1-language\s+3\s+5\s+60\.0%\s+missing-entry-date 1, not-in-target-group 1, not-yet-due 3$/m,
    );
    expect(r.stdout).toMatch(/^goal-5-social-contacts\s+1\s+2\s+50\.0%/m);
    expect(r.stdout).toMatch(/^profile-not-alphabetised\s+1\s+1\s+100\.0%\s+missing-assessment-data 1$/m);
    expect(r.stdout).toContain('10 records read, 10 used, 0 bad');
    expect(r.stderr).toBe('');
  });

  it('gives the same figures for JSON, NDJSON and (for its columns) CSV', async () => {
    const args = ['--at', '2025-06-30', '--by', 'cohort,status', '--format', 'json'];
    const [a, b] = await Promise.all([
      run('indicators', 'cohort.json', ...args),
      run('indicators', 'cohort.ndjson', ...args),
    ]);
    const ja = JSON.parse(a.stdout);
    const jb = JSON.parse(b.stdout);
    expect(ja.figures).toEqual(jb.figures);
    expect(ja.totals.find((f: { indicator: string }) => f.indicator === 'goal-1-language').ids).toEqual([
      'a',
      'e',
      'f',
    ]);
    const status = ja.figures.filter(
      (f: { indicator: string; group: { cohort: string } }) =>
        f.indicator === 'goal-1-language' && f.group.cohort === '2019',
    );
    expect(status.map((f: { group: { status: string }; ids: string[] }) => [f.group.status, f.ids])).toEqual([
      ['FL', ['a']],
      ['VA', ['f']],
    ]);
    const csv = await run(
      'indicators',
      'cohort.csv',
      '--at',
      '2025-06-30',
      '--indicators',
      'goal-1-language,goal-3-education',
      '--format',
      'json',
    );
    expect(csv.code).toBe(0);
    const totals = JSON.parse(csv.stdout).totals;
    expect(totals.map((f: { ids: string[] }) => f.ids)).toEqual([['a', 'e', 'f'], ['b']]);
  });

  it('writes CSV with one line per figure', async () => {
    const r = await run(
      'indicators',
      'cohort.ndjson',
      '--at',
      '2025-06-30',
      '--by',
      'sex',
      '--format',
      'csv',
      '--indicators',
      'goal-1-language',
    );
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\r\n');
    expect(lines[0]).toBe(
      'indicator,label,sex,numerator,denominator,rate,excluded:missing-entry-date,excluded:unknown-birth-date,excluded:not-in-target-group,excluded:not-yet-due,excluded:missing-assessment-data,excluded:invalid-record,excluded:exit-departure,excluded:exit-moved-canton,excluded:exit-naturalisation,excluded:exit-ordinary-permit,excluded:exit-end-of-responsibility,excluded:exit-death,excluded:arrived-later',
    );
    expect(lines[1]).toBe(
      'goal-1-language,Goal 1: language at least A1 (3 years after entry),all,3,5,0.6000,1,0,1,3,0,0,0,0,0,0,0,0,0',
    );
    expect(lines).toHaveLength(5); // header, all, sex 1, 2, 3
  });

  it('filters by period and takes definitions from a file', async () => {
    const r = await run(
      'indicators',
      'cohort.ndjson',
      '--at',
      '2025-06-30',
      '--from',
      '2022-01-01',
      '--to',
      '2022-12-31',
      '--indicators',
      'goal-1-language',
      '--format',
      'json',
    );
    expect(JSON.parse(r.stdout).totals[0].denominatorIds).toEqual(['a', 'f']);
    const d = await run(
      'indicators',
      'cohort.ndjson',
      '--at',
      '2025-06-30',
      '--indicators',
      'goal-4-labour-market',
      '--definitions',
      'definitions-strict.json',
      '--format',
      'json',
    );
    const report = JSON.parse(d.stdout);
    expect(report.definitions.goal4MinMonths).toBe(48);
    expect(report.totals[0].numerator).toBe(0);
  });

  it('refuses a definitions file whose profile pointers name no field of the Kurzassessment, naming the pointer', async () => {
    const r = await run(
      'indicators',
      'cohort.ndjson',
      '--at',
      '2025-06-30',
      '--definitions',
      'definitions-old-pointers.json',
    );
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      'profileFields.literacy: "/languages/literacy" names no field of https://ias-kit.ch/schemas/forms/sem-kurzassessment@1.0.0',
    );
    expect(r.stderr).toContain(
      '"/workExperience/totalMonths" names no field of https://ias-kit.ch/schemas/forms/sem-kurzassessment@1.1.0',
    );
    noStack(r);
  });

  it('checks definitions against every Kurzassessment version in schemas/forms', () => {
    const forms = readdirSync(fileURLToPath(new URL('../../../schemas/forms/', import.meta.url))).filter(
      (f) => /^sem-kurzassessment-.*\.schema\.json$/.test(f),
    );
    const listed = readFileSync(fileURLToPath(new URL('./templates.ts', import.meta.url)), 'utf8');
    for (const f of forms) expect(listed, f).toContain(`schemas/forms/${f}'`);
  });

  it('--report: per figure the counts, exclusions by reason, definition, parameters and the ids behind each count', async () => {
    const r = await run(
      'indicators',
      'cohort.ndjson',
      '--at',
      '2025-06-30',
      '--report',
      '--indicators',
      'goal-1-language',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('goal-1-language (all): 3 / 5 = 60.0 %');
    expect(r.stdout).toContain('counted when a language level of at least A1 was recorded by 31 December');
    expect(r.stdout).toContain('Parameters: goal1MinLevel = A1; goalAgeAtEntry.1 = all');
    expect(r.stdout).toMatch(/^ {2}Numerator: a e f$/m);
    expect(r.stdout).toMatch(/^ {2}Denominator: a b d e f$/m);
    expect(r.stdout).toMatch(/^ {2}Excluded · Not yet due \(3\): h i j$/m);
    expect(r.stdout).not.toContain('Amina'); // ids only, never names
    const csv = await run('indicators', 'cohort.ndjson', '--at', '2025-06-30', '--report', '--format', 'csv');
    const lines = csv.stdout.trim().split('\r\n');
    expect(lines[0]).toBe(
      'indicator,label,group,numerator,denominator,rate,exclusions,definition,parameters,numerator ids,denominator ids,excluded ids',
    );
    expect(lines.find((l) => l.startsWith('goal-1-language,'))).toContain(',a e f,a b d e f,');
  });

  it('--report --format html: an A4 page in the chosen language, every text escaped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ias-report-'));
    try {
      const file = join(dir, 'one.json');
      writeFileSync(
        file,
        JSON.stringify([
          {
            id: '<b>x</b>',
            entryDate: '2019-02-01',
            statusHistory: [{ status: 'VA', validFrom: '2019-03-01' }],
          },
        ]),
      );
      const r = await run(
        'indicators',
        file,
        '--at',
        '2025-06-30',
        '--report',
        '--format',
        'html',
        '--locale',
        'de',
      );
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('@page { size: A4');
      expect(r.stdout).toContain('Stichtag 2025-06-30');
      expect(r.stdout).toContain('&lt;b&gt;x&lt;/b&gt;');
      expect(r.stdout).not.toContain('<b>x</b>');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('lists bad NDJSON records by line, still counts the good ones, exits 1', async () => {
    const r = await run('indicators', 'bad.ndjson', '--at', '2025-06-30', '--indicators', 'goal-1-language');
    expect(r.code).toBe(1);
    noStack(r);
    expect(r.stdout).toMatch(/^goal-1-language\s+1\s+2\s+50\.0%\s+invalid-record 1$/m);
    expect(r.stderr).toContain('4 bad record(s)');
    expect(r.stderr).toContain('line 2: not valid JSON');
    expect(r.stderr).toContain('line 3 (id bad-date): entryDate: "2019-02-30" is not a valid date');
    expect(r.stderr).toContain('line 6 (id ok-1): id: "ok-1" appears more than once');
    expect(r.stderr).toContain('line 7: a record must be a JSON object');
  });

  it('gives the same report, rejections and line numbers when the file is read by several threads', async () => {
    // 300 records: the hand-computed cohort under new ids, with CRLF line ends, a byte-order mark,
    // blank lines, broken lines and duplicates of ids from other parts of the file.
    const cohort = readFileSync(join(FX, 'cohort.ndjson'), 'utf8').trim().split('\n');
    const lines: string[] = [];
    for (let i = 0; i < 30; i++)
      for (const l of cohort)
        lines.push(JSON.stringify({ ...JSON.parse(l), id: `${JSON.parse(l).id}-${i}` }));
    lines.splice(250, 0, '{"id": "broken', JSON.stringify({ ...JSON.parse(cohort[0]!), id: 'a-0' }));
    lines.splice(
      120,
      0,
      '',
      JSON.stringify({ ...JSON.parse(cohort[1]!), id: 'a-29', entryDate: '2019-02-30' }),
    );
    lines.splice(2, 0, '[1, 2]');
    const dir = mkdtempSync(join(tmpdir(), 'ias-cli-threads-'));
    try {
      const file = join(dir, 'many.ndjson');
      writeFileSync(file, '\uFEFF' + lines.join('\r\n') + '\r\n');
      const args = ['indicators', file, '--at', '2025-06-30', '--by', 'cohort,status', '--format', 'json'];
      const runs = await Promise.all(['1', '2', '3', '7'].map((t) => run(...args, '--threads', t)));
      for (const r of runs) {
        expect(r.code).toBe(1);
        noStack(r);
      }
      const one = JSON.parse(runs[0]!.stdout);
      expect(one.totals.find((f: { indicator: string }) => f.indicator === 'goal-1-language').numerator).toBe(
        89, // 30 × a, e, f; the last "a" reuses the id of the broken record on line 123
      );
      expect(runs[0]!.stderr).toContain('line 3: a record must be a JSON object');
      expect(runs[0]!.stderr).toContain('line 123 (id a-29): entryDate: "2019-02-30" is not a valid date');
      expect(runs[0]!.stderr).toContain('line 254: not valid JSON');
      expect(runs[0]!.stderr).toContain('line 255 (id a-0): id: "a-0" appears more than once');
      expect(runs[0]!.stderr).toMatch(/line 29\d \(id a-29\): id: "a-29" appears more than once/);
      expect(runs[0]!.stderr).toContain('5 bad record(s)');
      for (const r of runs.slice(1)) {
        expect(JSON.parse(r.stdout)).toEqual(one);
        expect(r.stderr).toBe(runs[0]!.stderr);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports a broken JSON document and a broken CSV with their line', async () => {
    const j = await run('indicators', 'bad-syntax.txt', '--input-format', 'json', '--at', '2025-06-30');
    expect(j.code).toBe(1);
    noStack(j);
    expect(j.stderr).toMatch(/line 3: not valid JSON/);
    const c = await run('indicators', 'bad.csv', '--at', '2025-06-30', '--indicators', 'goal-1-language');
    expect(c.code).toBe(1);
    noStack(c);
    expect(c.stderr).toContain('line 3: a quoted field is not closed before the end of the file');
    expect(c.stdout).toMatch(/^goal-1-language\s+0\s+1\s/m);
  });

  it('rejects bad usage with a message and exit code 2, never a stack trace', async () => {
    for (const args of [
      ['indicators', 'missing.ndjson', '--at', '2025-06-30'],
      ['indicators', 'cohort.ndjson'],
      ['indicators', 'cohort.ndjson', '--at', '2025-02-30'],
      ['indicators', 'cohort.ndjson', '--at', '2025-06-30', '--by', 'planet'],
      ['indicators', 'cohort.ndjson', '--at', '2025-06-30', '--format', 'xml'],
      ['indicators', 'cohort.ndjson', '--at', '2025-06-30', '--definitions', 'bad-syntax.txt'],
      ['indicators', 'cohort.ndjson', '--at', '2025-06-30', '--from', '2026-01-01'],
      ['indicators', 'cohort.ndjson', '--at', '2025-06-30', '--threads', '0'],
      ['frobnicate'],
      [],
    ]) {
      const r = await run(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(/^ias-kit: |^Usage:/);
      noStack(r);
    }
  });
});

describe('ias-kit validate', { timeout: 60_000 }, () => {
  it('accepts valid cases', async () => {
    const r = await run('validate', 'cases-valid.ndjson', '--schema', 'case');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('2 record(s), 2 valid, 0 invalid (schema case)\n');
    const j = await run('validate', 'cases-valid.ndjson', '--schema', 'case', '--format', 'json');
    expect(JSON.parse(j.stdout)).toEqual({
      file: 'cases-valid.ndjson',
      schema: 'case',
      problems: [],
      total: 2,
      valid: 2,
      invalid: 0,
    });
  });

  it('lists every bad record with its line and the JSON pointer at fault', async () => {
    const r = await run('validate', 'cases-invalid.ndjson', '--schema', 'case');
    expect(r.code).toBe(1);
    noStack(r);
    expect(r.stdout).toContain('line 2 (id k-2): /person/sex:');
    expect(r.stdout).toContain(
      'line 2 (id k-2): /entryDate: Not a valid date: expected YYYY-MM-DD (ISO 8601), e.g. 2025-03-31. [format]',
    );
    expect(r.stdout).toContain('line 3: /: not valid JSON');
    expect(r.stdout).toContain('line 4 (id k-4): /statusHistory:');
    expect(r.stdout).toContain('4 record(s), 1 valid, 3 invalid (schema case)');
  });

  it('reads UTF-16 files with a byte-order mark like UTF-8, and never prints NUL bytes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ias-cli-utf16-'));
    try {
      const text = readFileSync(join(FX, 'cases-valid.ndjson'), 'utf8');
      const le = join(dir, 'le.ndjson');
      const be = join(dir, 'be.ndjson');
      writeFileSync(le, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
      writeFileSync(be, Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]));
      for (const file of [le, be]) {
        const r = await run('validate', file, '--schema', 'case');
        expect(r.stdout, file).toBe('2 record(s), 2 valid, 0 invalid (schema case)\n');
        expect(r.code).toBe(0);
      }
      const nul = join(dir, 'nul.ndjson');
      // V8's JSON.parse message quotes the text it read: raw NUL bytes, unless the CLI escapes them.
      writeFileSync(nul, `${text.trim()}\n\u0000{"id":"k-9"}\n`);
      const r = await run('validate', nul, '--schema', 'case');
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('line 3: /: not valid JSON');
      expect(r.stdout + r.stderr).not.toContain('\u0000');
      expect(r.stdout).toContain('\\u0000');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('checks a hostile pattern in linear time, and names a pattern it cannot run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ias-cli-pattern-'));
    try {
      const schema = join(dir, 'schema.json');
      writeFileSync(
        schema,
        JSON.stringify({ type: 'object', properties: { code: { type: 'string', pattern: '^(a+)+$' } } }),
      );
      const data = join(dir, 'data.ndjson');
      writeFileSync(data, `{"code":"${'a'.repeat(50)}!"}\n{"code":"aaa"}\n`);
      const r = await run('validate', data, '--schema', schema);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('2 record(s), 1 valid, 1 invalid');
      writeFileSync(schema, JSON.stringify({ properties: { code: { pattern: '^(a)\\1$' } } }));
      const bad = await run('validate', data, '--schema', schema);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('/properties/code/pattern');
      noStack(bad);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('ends quietly when the reader closes the pipe early (| head)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ias-cli-pipe-'));
    try {
      const file = join(dir, 'bad.ndjson');
      writeFileSync(file, Array.from({ length: 20_000 }, (_, i) => `{"id":"x${i}"}`).join('\n'));
      const child = spawn(process.execPath, [BIN, 'validate', file, '--schema', 'case'], { cwd: FX });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.stdout.once('data', () => child.stdout.destroy());
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(stderr).toBe('');
      expect(code).toBe(1); // the exit code of the records read so far: some bad
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names array indexes for JSON files and answers in JSON', async () => {
    const r = await run('validate', 'cohort.json', '--schema', 'case', '--format', 'json');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.total).toBe(10);
    expect(out.problems[0].position).toEqual({ index: 0 });
    expect(
      out.problems[0].errors.some((e: { pointer: string }) => e.pointer === '/person/localPersonId'),
    ).toBe(true);
  });

  it('applies a canton overlay and localizes messages', async () => {
    const ok = await run(
      'validate',
      'cases-valid.ndjson',
      '--schema',
      'case',
      '--overlay',
      'canton-overlay.json',
    );
    expect(ok.code).toBe(0);
    const bad = await run(
      'validate',
      'cases-invalid.ndjson',
      '--schema',
      'case',
      '--overlay',
      'canton-overlay.json',
      '--locale',
      'de',
    );
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('line 1 (id k-1): /canton: Bitte ausfüllen. [required]');
  });

  it('refuses an overlay for another template and unknown schemas with exit code 2', async () => {
    const r = await run(
      'validate',
      'cases-valid.ndjson',
      '--schema',
      'case',
      '--overlay',
      'wrong-overlay.json',
    );
    expect(r.code).toBe(2);
    noStack(r);
    expect(r.stderr).toContain('cannot be applied');
    const s = await run('validate', 'cases-valid.ndjson', '--schema', 'nothing');
    expect(s.code).toBe(2);
    expect(s.stderr).toContain('--schema: "nothing" is neither a kit schema');
    const m = await run('validate', 'cases-valid.ndjson');
    expect(m.code).toBe(2);
  });
});
