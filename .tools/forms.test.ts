// The SEM assessment templates (schemas/forms), the example canton overlays (schemas/overlays) and the
// invented sample snapshots (schemas/samples): strict compilation, versioned ids, SEM core fields,
// restricted blocks, translations, overlay verdicts and sample validity.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileSchema, fromStandalone } from '../packages/core/src/schema/validator.js';
import { applyOverlay, checkOverlay, parseVersionedId } from '../packages/core/src/schema/index.js';

type Json = Record<string, unknown>;
const root = join(import.meta.dirname, '..');
const read = (path: string): Json => JSON.parse(readFileSync(join(root, path), 'utf8')) as Json;
const list = (dir: string, ext: string) =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith(ext))
    .sort();

const TEMPLATES = list('schemas/forms', '.schema.json').filter((f) => f.startsWith('sem-'));
const templates = TEMPLATES.map((f) => read(`schemas/forms/${f}`));
const overlays = Object.fromEntries(
  list('schemas/overlays', '.overlay.json').map((f) => [f, read(`schemas/overlays/${f}`)]),
);
const byVersionedId = new Map(templates.map((t) => [t.$id as string, t]));
const kurz = byVersionedId.get('https://ias-kit.ch/schemas/forms/sem-kurzassessment@1.1.0')!;

/** Every sub-schema with its schema pointer. */
function* walk(schema: unknown, pointer = ''): Generator<[string, Json]> {
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) return;
  const s = schema as Json;
  yield [pointer, s];
  for (const key of ['properties', '$defs']) {
    const props = s[key] as Json | undefined;
    if (props) for (const [k, v] of Object.entries(props)) yield* walk(v, `${pointer}/${key}/${k}`);
  }
  if (s.items) yield* walk(s.items, `${pointer}/items`);
}

describe('SEM assessment templates', () => {
  it('ships the three instruments, the Kurzassessment in three versions', () => {
    expect(templates.map((t) => t.$id).sort()).toEqual([
      'https://ias-kit.ch/schemas/forms/sem-kompetenzerfassung@1.0.0',
      'https://ias-kit.ch/schemas/forms/sem-kurzassessment@1.0.0',
      'https://ias-kit.ch/schemas/forms/sem-kurzassessment@1.1.0',
      'https://ias-kit.ch/schemas/forms/sem-kurzassessment@1.2.0',
      'https://ias-kit.ch/schemas/forms/sem-praxisassessment@1.0.0',
    ]);
  });

  it.each(TEMPLATES)('%s compiles in strict mode, is 2020-12 and its file name matches its $id', (file) => {
    const t = read(`schemas/forms/${file}`);
    expect(t.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const { id, version } = parseVersionedId(t.$id as string);
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(file).toBe(`${id.split('/').pop()}-${version}.schema.json`);
    expect(() => compileSchema(t, { strict: true })).not.toThrow();
  });

  it.each(TEMPLATES)('%s labels every field in de, fr, it and en', (file) => {
    const missing: string[] = [];
    for (const [pointer, s] of walk(read(`schemas/forms/${file}`))) {
      if (pointer.endsWith('/items') && !s['x-ias-title']) continue; // list items take the list's label
      const t = s['x-ias-title'] as Json | undefined;
      for (const l of ['de', 'fr', 'it', 'en']) if (!t?.[l]) missing.push(`${pointer || '/'} ${l}`);
      const titles = s['x-ias-enum-titles'] as unknown[] | undefined;
      if (s.enum) expect(titles?.length, `${pointer} enum titles`).toBe((s.enum as unknown[]).length);
    }
    expect(missing).toEqual([]);
  });

  it('marks the fields SEM monitoring needs as core (and nothing else)', () => {
    const core = [...walk(kurz)].filter(([, s]) => s['x-ias-core'] === true).map(([p]) => p);
    expect(core.sort()).toEqual(
      [
        '/properties/languages/properties/alphabetisation',
        '/properties/person/properties/birthDate',
        '/properties/person/properties/entryDate',
        '/properties/person/properties/status',
        '/properties/result/properties/potential',
        '/properties/schooling/properties/years',
        '/properties/work/properties/totalMonths',
      ].sort(),
    );
  });

  it('restricts health, debts and legal proceedings to the case manager', () => {
    const restricted = [...walk(kurz)]
      .filter(([p, s]) => p !== '' && s['x-ias-access'])
      .map(([p, s]) => [p, s['x-ias-access']]);
    const cm = { read: ['case_manager'], write: ['case_manager'] };
    expect(restricted).toEqual([
      ['/properties/health', cm],
      ['/properties/framework/properties/debts', cm],
      ['/properties/framework/properties/legalIssues', cm],
    ]);
    const praxis = byVersionedId.get('https://ias-kit.ch/schemas/forms/sem-praxisassessment@1.0.0')!;
    expect((praxis['x-ias-access'] as Json).read).toContain('external_office');
    for (const t of templates.filter((x) => x !== praxis))
      expect((t['x-ias-access'] as Json).read).not.toContain('external_office');
  });
});

describe('canton overlays', () => {
  it.each(['example-be-fide.overlay.json', 'example-zh-triage.overlay.json'])(
    '%s is accepted by checkOverlay and compiles strictly',
    (file) => {
      const check = checkOverlay(kurz, overlays[file]);
      expect(check.errors).toEqual([]);
      expect(check.ok).toBe(true);
      expect(check.schema!['x-ias-overlay']).toBe(overlays[file]!.$id);
      expect(() => compileSchema(check.schema!, { strict: true })).not.toThrow();
    },
  );

  it('the Bern example adds the fide passport and relabels schooling', () => {
    const s = applyOverlay(kurz, overlays['example-be-fide.overlay.json']) as Json;
    const props = s.properties as Record<string, Json>;
    const fide = (props.languages!.properties as Record<string, Json>).fide!;
    expect(Object.keys(fide.properties as Json)).toEqual(['oral', 'written', 'date']);
    expect((props.schooling!['x-ias-title'] as Json).fr).toBe('Parcours scolaire et formation');
  });

  it('the Zurich example hides the competence block and adds a triage option', () => {
    const s = applyOverlay(kurz, overlays['example-zh-triage.overlay.json']) as Json;
    const props = s.properties as Record<string, Json>;
    expect(props.competences!['x-ias-hidden']).toBe(true);
    const track = (props.result!.properties as Record<string, Json>).track!;
    expect(track.enum).toContain('vorbereitungsmodul');
    expect((track['x-ias-enum-titles'] as unknown[]).length).toBe((track.enum as unknown[]).length);
  });

  it('the deliberately bad overlay is refused, naming each fault', () => {
    const check = checkOverlay(kurz, overlays['example-bad.overlay.json']);
    expect(check.ok).toBe(false);
    expect(check.errors.map((e) => `${e.code} ${e.pointer}`).sort()).toEqual([
      'access.widened /properties/health',
      'core.hidden /properties/schooling',
      'core.type /properties/person/properties/status',
      'hidden.required /properties/schooling',
    ]);
  });

  it('overlays for 1.1 do not apply to the older 1.0.0 template', () => {
    const old = byVersionedId.get('https://ias-kit.ch/schemas/forms/sem-kurzassessment@1.0.0')!;
    expect(checkOverlay(old, overlays['example-be-fide.overlay.json']).errors[0]!.code).toBe('overlay.base');
  });
});

describe('sample snapshots (invented people)', () => {
  const model = compileSchema(read('schemas/model/assessment-snapshot.schema.json'), { strict: false });
  const overlayById = new Map(Object.values(overlays).map((o) => [o.$id as string, o]));
  const samples = list('schemas/samples', '.json').flatMap((f) =>
    ((read(`schemas/samples/${f}`).snapshots as Json[]) ?? []).map(
      (s) => [`${f} ${s.id as string}`, s] as const,
    ),
  );

  it('covers every template version', () => {
    const used = new Set(samples.map(([, s]) => `${s.templateId as string}@${s.templateVersion as string}`));
    expect([...used].sort()).toEqual([...byVersionedId.keys()].sort());
  });

  it.each(samples)('%s is a valid snapshot and valid against its own template and overlay', (_, s) => {
    expect(model.validate(s).errors).toEqual([]);
    let schema = byVersionedId.get(`${s.templateId as string}@${s.templateVersion as string}`)!;
    expect(schema).toBeDefined();
    if (s.overlayId) {
      const check = checkOverlay(schema, overlayById.get(s.overlayId as string));
      expect(check.ok).toBe(true);
      schema = check.schema!;
    }
    expect(compileSchema(schema, { strict: true }).validate(s.data).errors).toEqual([]);
  });

  it.each(samples.filter(([, s]) => s.overlayId))(
    '%s validates the same with the precompiled (CSP-safe) template+overlay validator',
    async (_, s) => {
      const template = byVersionedId.get(`${s.templateId as string}@${s.templateVersion as string}`)!;
      const overlay = overlayById.get(s.overlayId as string) as Json;
      const effective = applyOverlay(template, overlay);
      const templateFile = TEMPLATES.find((f) => read(`schemas/forms/${f}`).$id === template.$id)!;
      const overlayFile = Object.keys(overlays).find((f) => overlays[f] === overlay)!;
      const name = `${templateFile.replace('.schema.json', '')}+${overlayFile.replace('.overlay.json', '')}`;
      const mod = await import(`../packages/form/generated/${name}.validator.js`);
      const precompiled = fromStandalone(mod, effective); // throws if built from another schema
      expect(precompiled.validate(s.data).errors).toEqual(
        compileSchema(effective, { strict: true }).validate(s.data).errors,
      );
      expect(precompiled.validate({ ...(s.data as Json), __bad: 1 }).valid).toBe(
        compileSchema(effective, { strict: true }).validate({ ...(s.data as Json), __bad: 1 }).valid,
      );
    },
  );

  it('the 1.0.0 snapshot would not validate against 1.1.0 (so its own version matters)', () => {
    const old = samples.find(
      ([, s]) => s.templateVersion === '1.0.0' && String(s.templateId).endsWith('kurzassessment'),
    )!;
    expect(compileSchema(kurz, { strict: true }).validate(old[1].data).valid).toBe(false);
  });
});

describe('assessment history helpers (@ias-kit/assessment model)', async () => {
  const { monthsBetween, languageHistory, progressOf } =
    await import('../packages/assessment/src/assessment/model.js');
  it('counts whole calendar months without Date parsing', () => {
    expect(monthsBetween('2022-09-14', '2023-01-20')).toBe(4);
    expect(monthsBetween('2022-09-14', '2023-01-13')).toBe(3);
    expect(monthsBetween('2024-01-31', '2024-02-29')).toBe(0);
    expect(monthsBetween('2024-01-31', '2024-03-31')).toBe(2);
    expect(monthsBetween('2024-02-30', '2024-03-31')).toBe(undefined);
  });
  it('diffs leaves, lists of scalars as a whole (core changesOf, which the history view shows)', async () => {
    const { changesOf } = await import('../packages/core/src/access/index.js');
    expect(
      changesOf(
        {},
        { a: { b: 1, c: [1, 2] }, l: [{ x: 'A1' }], gone: true },
        { a: { b: 2, c: [1, 2] }, l: [{ x: 'B1' }, { x: 'A2' }], 'n/ew': 1 },
      ).map(({ pointer, before, after }) => ({ pointer, before, after })),
    ).toEqual([
      { pointer: '/a/b', before: 1, after: 2 },
      { pointer: '/l/0/x', before: 'A1', after: 'B1' },
      { pointer: '/l/1/x', before: undefined, after: 'A2' },
      { pointer: '/gone', before: true, after: undefined },
      { pointer: '/n~1ew', before: undefined, after: 1 },
    ]);
  });
  it('collects second-language levels per date and counts required fields per role', () => {
    const samira = read('schemas/samples/samira-haidari.json').snapshots as never[];
    const de = languageHistory(samira).get('de')!;
    expect(de.map((r) => `${r.date} ${r.levels.listening}`)).toEqual([
      '2023-01-20 A1',
      '2024-02-12 A2',
      '2025-01-15 B1',
    ]);
    expect(progressOf(kurz, {}, 'case_manager')).toMatchObject({ filled: 0, total: 10 });
    expect(progressOf(kurz, {}, null)).toMatchObject({ filled: 0, total: 0 });
  });
});
