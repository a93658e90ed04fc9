// `ias-kit redact` / `ias-kit merge` (the real command line, as a child process) against core's published
// table of access cases, and on the kit's Kurzassessment template with its sample records.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import table from '../../core/access-cases.json';

const BIN = fileURLToPath(new URL('../bin/ias-kit.mjs', import.meta.url));
const KURZ = fileURLToPath(
  new URL('../../../schemas/forms/sem-kurzassessment-1.1.0.schema.json', import.meta.url),
);
const SAMPLES = ['dawit-tesfaye', 'samira-haidari'].map(
  (n) =>
    JSON.parse(readFileSync(new URL(`../../../schemas/samples/${n}.json`, import.meta.url), 'utf8')) as {
      snapshots: { templateId: string; data: Record<string, unknown> }[];
    },
);
const dir = mkdtempSync(join(tmpdir(), 'ias-access-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: dir, maxBuffer: 1 << 26 },
      (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
    child.stdin!.end(stdin);
  });
}

const ndjson = (records: unknown[]) => records.map((r) => JSON.stringify(r) + '\n').join('');
const parseLines = (text: string) =>
  text
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);

interface TableCase {
  op: string;
  schema: keyof typeof table.schemas;
  userRole?: string | null;
  value?: unknown;
  stored?: unknown;
  edited?: unknown;
  expected: { value?: unknown; removed?: string[]; refused?: string[] };
}

describe('ias-kit redact / merge pass the access table', { timeout: 60_000 }, () => {
  // Each case's value is wrapped as { "v": value } and named with --at /v, so "no value" is expressible.
  const cases = (table.cases as TableCase[]).filter(
    (c) => c.op !== 'changes' && typeof c.userRole === 'string',
  );
  const groups = new Map<string, TableCase[]>();
  for (const c of cases) {
    const key = `${c.op}|${c.schema}|${c.userRole}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  for (const [key, group] of groups) {
    it(key, async () => {
      const [op, schemaName, role] = key.split('|') as [string, keyof typeof table.schemas, string];
      const schemaFile = join(dir, `${schemaName}.schema.json`);
      writeFileSync(schemaFile, JSON.stringify(table.schemas[schemaName]));
      const common = ['--role', role, '--schema', schemaFile, '--at', '/v'];
      const wrap = (v: unknown) => (v === undefined ? {} : { v });
      if (op === 'redact') {
        const r = await run(['redact', ...common], ndjson(group.map((c) => wrap(c.value))));
        expect(r.code).toBe(0);
        expect(parseLines(r.stdout)).toEqual(group.map((c) => wrap(c.expected.value)));
      } else {
        const storedFile = join(dir, `${key.replace(/\|/g, '-')}.stored.ndjson`);
        writeFileSync(storedFile, ndjson(group.map((c) => wrap(c.stored))));
        const r = await run(
          ['merge', ...common, '--stored', storedFile],
          ndjson(group.map((c) => wrap(c.edited))),
        );
        expect(parseLines(r.stdout)).toEqual(group.map((c) => wrap(c.expected.value)));
        const refused = group.flatMap((c, i) =>
          c.expected.refused!.length
            ? [`line ${i + 1}: refused ${c.expected.refused!.map((p) => '/v' + p).join(', ')}`]
            : [],
        );
        for (const line of refused) expect(r.stderr).toContain(line);
        expect(r.code).toBe(refused.length ? 1 : 0);
      }
    });
  }
});

describe('ias-kit redact / merge on the Kurzassessment samples', { timeout: 60_000 }, () => {
  const records = SAMPLES.flatMap((s) => s.snapshots).filter((s) => s.templateId.endsWith('kurzassessment'));

  it('sends a social worker no health and no debts, and takes back only what that role may write', async () => {
    const storedFile = join(dir, 'ka.ndjson');
    writeFileSync(storedFile, ndjson(records));
    const args = ['--role', 'social_worker', '--schema', KURZ, '--at', '/data'];
    const sent = await run(['redact', storedFile, ...args]);
    expect(sent.code).toBe(0);
    expect(sent.stdout).not.toMatch(/"health"|"debts"/);
    expect(sent.stderr).toMatch(/4 record\(s\) for role social_worker: \d+ value\(s\) removed/);
    const edited = parseLines(sent.stdout).map((r) => {
      const data = r.data as Record<string, Record<string, unknown>>;
      return {
        ...r,
        data: {
          ...data,
          framework: { ...data.framework, housing: 'individuell' },
          health: { workCapacity: 0 },
        },
      };
    });
    const merged = await run(['merge', '-', '--stored', storedFile, ...args], ndjson(edited));
    expect(merged.code).toBe(1);
    expect(merged.stderr).toMatch(/^line 1 \(id ka-2024-08\): refused \/data\/health$/m);
    const out = parseLines(merged.stdout);
    out.forEach((r, i) => {
      const data = r.data as Record<string, Record<string, unknown>>;
      expect(data.health).toEqual(records[i]!.data.health);
      expect(data.framework).toEqual({ ...(records[i]!.data.framework as object), housing: 'individuell' });
    });
  });

  it('withholds a whole record from a role that may not read the template, and names usage errors', async () => {
    const r = await run(
      ['redact', '--role', 'external_office', '--schema', KURZ],
      ndjson(records.map((r) => r.data)),
    );
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('4 record(s) withheld entirely');
    const bad = await run(['merge', '--role', 'x', '--schema', KURZ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--stored STORED.ndjson is required');
  });
});
