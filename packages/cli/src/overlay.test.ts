// `ias-kit overlay check|build` on the kit's own template, example overlays and sample records, run as a
// child process (`node bin/ias-kit.mjs`), as a canton's build pipeline would.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { applyOverlay, fromStandalone, type StandaloneModule } from '@ias-kit/core/schema';

const BIN = fileURLToPath(new URL('../bin/ias-kit.mjs', import.meta.url));
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const TEMPLATE = 'schemas/forms/sem-kurzassessment-1.1.0.schema.json';
const read = (path: string): Record<string, unknown> => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));

// Inside the repository (in the git-ignored .scratch/) so the generated module's imports (ajv's runtime,
// @ias-kit/core/schema) resolve as they do for a host's bundler.
mkdirSync(join(ROOT, '.scratch'), { recursive: true });
const OUT = mkdtempSync(join(ROOT, '.scratch/overlay-build-'));
afterAll(() => rmSync(OUT, { recursive: true, force: true }));

function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: ROOT }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

describe('ias-kit overlay', { timeout: 120_000 }, () => {
  it('accepts the Bern example and refuses the broken one with each pointer', async () => {
    const good = await run(
      'overlay',
      'check',
      'schemas/overlays/example-be-fide.overlay.json',
      '--template',
      TEMPLATE,
    );
    expect(good.code).toBe(0);
    expect(good.stdout).toContain('example-be-fide@1.0.0 is accepted');
    const bad = await run(
      'overlay',
      'check',
      'schemas/overlays/example-bad.overlay.json',
      '--template',
      TEMPLATE,
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('/properties/person/properties/status  [core.type]');
    expect(bad.stderr).toContain('/properties/schooling  [core.hidden]');
    const json = await run(
      'overlay',
      'check',
      'schemas/overlays/example-bad.overlay.json',
      '--template',
      TEMPLATE,
      '--format',
      'json',
    );
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false });
    expect(bad.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it('builds a precompiled validator that fromStandalone accepts and that judges the sample records', async () => {
    const out = join(OUT, 'be.validator.js');
    const built = await run(
      'overlay',
      'build',
      'schemas/overlays/example-be-fide.overlay.json',
      '--template',
      TEMPLATE,
      '--out',
      out,
    );
    expect(built.stderr).toBe('');
    expect(built.code).toBe(0);
    expect(readFileSync(out.replace(/\.js$/, '.d.ts'), 'utf8')).toContain('export declare const validate');
    const schema = applyOverlay(read(TEMPLATE), read('schemas/overlays/example-be-fide.overlay.json'));
    const mod = (await import(pathToFileURL(out).href)) as StandaloneModule;
    const validator = fromStandalone(mod, schema);
    const records = (read('schemas/samples/samira-haidari.json').snapshots as Record<string, unknown>[])
      .filter((s) => String(s.overlayId).includes('example-be-fide'))
      .map((s) => s.data);
    expect(records.length).toBeGreaterThan(0);
    for (const r of records) expect(validator.validate(r).errors).toEqual([]);
    expect(validator.validate({ ...(records[0] as object), person: { status: 'XX' } }).valid).toBe(false);
  });

  it('refuses to build a refused overlay and says how to call it', async () => {
    const bad = await run(
      'overlay',
      'build',
      'schemas/overlays/example-bad.overlay.json',
      '--template',
      TEMPLATE,
      '--out',
      join(OUT, 'x.js'),
    );
    expect(bad.code).toBe(1);
    const usage = await run('overlay', 'frob', 'x.json');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('overlay needs check or build');
  });
});
