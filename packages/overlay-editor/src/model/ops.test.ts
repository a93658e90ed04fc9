/**
 * The editor's operations on the kit's own Kurzassessment template and its own sample records (Node).
 * Every offered edit must leave an overlay that `checkOverlay` accepts; refused ones say why.
 */
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkOverlay, type Overlay } from '@ias-kit/core/schema';
import { compileSchema } from '@ias-kit/core/compile';
import { applyEdit, bumpVersion, effectiveOf, newOverlay, offer, suggestName, type Edit } from './ops.js';
import { buildTree, dataPath, flatten, findNode, type Obj } from './tree.js';
import { changesOf, missingLocales, schemaDiff } from './changes.js';

const root = new URL('../../../../', import.meta.url);
const read = (path: string): Obj => JSON.parse(readFileSync(new URL(path, root), 'utf8')) as Obj;
const base = read('schemas/forms/sem-kurzassessment-1.1.0.schema.json');
/** The Bern example overlay and the Kurzassessment records the kit's own samples filled with it. */
const bern = read('schemas/overlays/example-be-fide.overlay.json') as unknown as Overlay;
const samples = readdirSync(new URL('schemas/samples/', root))
  .flatMap((f) => (read(`schemas/samples/${f}`).snapshots as Obj[]) ?? [])
  .filter((s) => s.templateVersion === '1.1.0' && s.overlayId === bern.$id)
  .map((s) => s.data);

const languages = '/properties/languages';
const fideOptions = [
  { value: 'a1', title: { de: 'A1 Anfänger', fr: 'A1 débutant', it: 'A1 principiante', en: 'A1 beginner' } },
  {
    value: 'a2',
    title: { de: 'A2 Grundkenntnisse', fr: 'A2 élémentaire', it: 'A2 elementare', en: 'A2 elementary' },
  },
  {
    value: 'b1',
    title: { de: 'B1 Mittelstufe', fr: 'B1 intermédiaire', it: 'B1 intermedio', en: 'B1 intermediate' },
  },
];
const addFide: Edit = {
  op: 'add',
  parent: languages,
  field: {
    name: 'fideOral',
    kind: 'choice',
    required: false,
    title: { de: 'fide mündlich', fr: 'fide oral', it: 'fide orale', en: 'fide oral' },
    options: fideOptions,
  },
};

function run(edits: Edit[], start: Overlay = newOverlay(base)): Overlay {
  return edits.reduce((o, e) => applyEdit(base, o, e), start);
}

describe('overlay editor operations', () => {
  it('starts with an overlay the checker accepts for this template', () => {
    const overlay = newOverlay(base);
    expect(overlay.base).toBe('https://ias-kit.ch/schemas/forms/sem-kurzassessment@^1.1');
    expect(checkOverlay(base, overlay)).toMatchObject({ ok: true, errors: [] });
  });

  it('adds a choice field with translated options to a canton overlay; its sample records stay valid', () => {
    const overlay = run([addFide], bern);
    expect(overlay.hide).toEqual(bern.hide);
    const check = checkOverlay(base, overlay);
    expect(check.errors).toEqual([]);
    const field = (
      check.schema as Obj & { properties: Record<string, Obj & { properties: Record<string, Obj> }> }
    ).properties.languages!.properties.fideOral!;
    expect(field.enum).toEqual(['a1', 'a2', 'b1']);
    expect((field['x-ias-enum-titles'] as Obj[])[1]).toMatchObject({ fr: 'A2 élémentaire' });
    const validator = compileSchema(check.schema, { strict: 'log' });
    expect(samples.length).toBeGreaterThan(0);
    for (const record of samples) expect(validator.validate(record).errors).toEqual([]);
    expect(
      validator.validate({
        ...(samples[0] as Obj),
        languages: { ...((samples[0] as Obj).languages as Obj), fideOral: 'c2' },
      }).valid,
    ).toBe(false);
  });

  it("a required new field goes into the section's required list, and removing it leaves nothing behind", () => {
    const overlay = run([{ ...addFide, field: { ...addFide.field, required: true } } as Edit]);
    expect(overlay.append).toEqual({ '/properties/languages/required': ['fideOral'] });
    expect(run([{ op: 'remove', pointer: '/properties/languages/properties/fideOral' }], overlay)).toEqual(
      newOverlay(base),
    );
    const renamed = run(
      [{ op: 'rename', pointer: '/properties/languages/properties/fideOral', name: 'fideMuendlich' }],
      overlay,
    );
    expect(renamed.append).toEqual({ '/properties/languages/required': ['fideMuendlich'] });
    expect(checkOverlay(base, renamed).schema).toHaveProperty([
      'properties',
      'languages',
      'properties',
      'fideMuendlich',
      'enum',
    ]);
    expect(
      offer(base, renamed, {
        op: 'rename',
        pointer: '/properties/person/properties/firstName',
        name: 'vorname',
      }),
    ).toBe('not-added');
  });

  it('hides optional fields and refuses to hide core or required ones, saying why', () => {
    const start = newOverlay(base);
    expect(
      offer(base, start, { op: 'hide', pointer: '/properties/person/properties/zemisNumber', hidden: true }),
    ).toBeUndefined();
    expect(
      offer(base, start, { op: 'hide', pointer: '/properties/person/properties/birthDate', hidden: true }),
    ).toBe('locked-core');
    expect(
      offer(base, start, { op: 'hide', pointer: '/properties/person/properties/firstName', hidden: true }),
    ).toBe('locked-required');
    expect(offer(base, start, { op: 'hide', pointer: '/properties/languages', hidden: true })).toBe(
      'locked-holds-core',
    );
    expect(offer(base, start, { op: 'hide', pointer: '/properties/family', hidden: true })).toBeUndefined();
    const hidden = run([{ op: 'hide', pointer: '/properties/family', hidden: true }]);
    expect(checkOverlay(base, hidden).ok).toBe(true);
    const tree = buildTree(base, effectiveOf(base, hidden)!);
    expect(findNode(tree, '/properties/family')?.hidden).toBe(true);
    expect(() =>
      applyEdit(base, start, { op: 'hide', pointer: '/properties/person/properties/status', hidden: true }),
    ).toThrow(/locked-core/);
  });

  it('relabels in one language and keeps the others; writing the template text again removes the entry', () => {
    const pointer = '/properties/schooling';
    const overlay = run([
      { op: 'text', pointer, key: 'x-ias-title', locale: 'fr', text: 'Formation scolaire' },
    ]);
    const effective = effectiveOf(base, overlay)!;
    expect(findNode(buildTree(base, effective), pointer)?.title).toMatchObject({
      de: 'Schulbildung',
      fr: 'Formation scolaire',
    });
    expect(
      run([{ op: 'text', pointer, key: 'x-ias-title', locale: 'fr', text: 'Scolarité' }], overlay),
    ).toEqual(newOverlay(base));
    expect(changesOf(base, overlay)).toEqual([
      { kind: 'text', pointer, key: 'x-ias-title', locales: ['fr'] },
    ]);
  });

  it('tightens constraints only: a shorter text, a narrower range, fewer options on a non-core list', () => {
    const notes = '/properties/competences/properties/notes';
    expect(
      offer(base, newOverlay(base), { op: 'limit', pointer: notes, keyword: 'maxLength', value: 3000 }),
    ).toBe('looser');
    const years = '/properties/schooling/properties/years';
    expect(
      offer(base, newOverlay(base), { op: 'limit', pointer: years, keyword: 'maximum', value: 31 }),
    ).toBe('looser');
    const alpha = '/properties/languages/properties/alphabetisation';
    expect(offer(base, newOverlay(base), { op: 'options', pointer: alpha, keep: ['teilweise'] })).toBe(
      'core-options',
    );
    const overlay = run([
      { op: 'limit', pointer: notes, keyword: 'maxLength', value: 500 },
      { op: 'limit', pointer: years, keyword: 'maximum', value: 25 },
      {
        op: 'options',
        pointer: '/properties/schooling/properties/recognition',
        keep: ['keine', 'anerkannt'],
      },
    ]);
    const check = checkOverlay(base, overlay);
    expect(check.errors).toEqual([]);
    const recognition = (check.schema as { properties: Record<string, { properties: Record<string, Obj> }> })
      .properties.schooling!.properties.recognition!;
    expect(recognition.enum).toEqual(['keine', 'anerkannt']);
    expect((recognition['x-ias-enum-titles'] as unknown[]).length).toBe(2);
    expect(changesOf(base, overlay).map((c) => c.kind)).toEqual(['limit', 'limit', 'options']);
  });

  it('restricts who may read a field, never to more roles than the template allows', () => {
    const workCapacity = '/properties/health/properties/workCapacity';
    const wider = { read: ['case_manager', 'social_worker'], write: ['case_manager'] };
    expect(offer(base, newOverlay(base), { op: 'access', pointer: workCapacity, access: wider })).toBe(
      'wider-access',
    );
    const debts = '/properties/framework/properties/debts';
    const narrow = { read: ['case_manager'], write: ['case_manager'] };
    const overlay = run([{ op: 'access', pointer: debts, access: narrow }]);
    expect(checkOverlay(base, overlay).ok).toBe(true);
    expect(
      offer(base, overlay, {
        op: 'access',
        pointer: debts,
        access: { read: ['case_manager'], write: ['social_worker'] },
      }),
    ).toBe('writers-must-read');
  });

  it('reorders fields within a section', () => {
    const overlay = run([{ op: 'move', pointer: '/properties/person/properties/firstName', delta: -1 }]);
    expect(overlay.order?.['/properties/person']?.slice(0, 2)).toEqual(['firstName', 'officialName']);
    expect(checkOverlay(base, overlay).ok).toBe(true);
    expect(
      offer(base, overlay, { op: 'move', pointer: '/properties/person/properties/firstName', delta: -1 }),
    ).toBe('no-sibling');
  });

  it('suggests readable, unique property names and keeps the overlay version apart from the template', () => {
    expect(suggestName('Niveau fide mündlich')).toBe('niveauFideMuendlich');
    expect(suggestName('Date d’arrivée', ['dateDArrivee'])).toBe('dateDArrivee2');
    expect(suggestName('3 Kinder')).toBe('f3Kinder');
    expect(bumpVersion(newOverlay(base), 'minor').$id).toMatch(/@1\.1\.0$/);
    expect(offer(base, newOverlay(base), { op: 'meta', range: '^2.0' })).toBe('range-excludes-base');
  });

  it('names changes, differences and missing translations', () => {
    const overlay = run([
      addFide,
      { op: 'hide', pointer: '/properties/meta/properties/organisation', hidden: true },
    ]);
    expect(changesOf(base, overlay)).toEqual([
      { kind: 'added', pointer: '/properties/languages/properties/fideOral' },
      { kind: 'hidden', pointer: '/properties/meta/properties/organisation' },
    ]);
    const diff = schemaDiff(base, effectiveOf(base, overlay));
    expect(diff.map((d) => d.pointer)).toContain('/properties/languages/properties/fideOral');
    expect(diff.map((d) => d.pointer)).toContain('/properties/meta/properties/organisation/x-ias-hidden');
    expect(missingLocales({ de: 'Ja', fr: '' }, ['de', 'fr', 'it', 'en'])).toEqual(['fr', 'it', 'en']);
    expect(dataPath('/properties/languages/properties/items/items/properties/level')).toBe(
      'languages.items[].level',
    );
  });

  it(
    'property: any sequence of offered edits gives an overlay that checkOverlay accepts',
    { timeout: 120_000 },
    () => {
      const pointers = flatten(buildTree(base, base)).map((n) => n.pointer);
      const roles = ['case_manager', 'social_worker', 'external_office'];
      const edit: fc.Arbitrary<Edit> = fc.oneof(
        fc.record({
          op: fc.constant('text' as const),
          pointer: fc.constantFrom(...pointers),
          key: fc.constantFrom('x-ias-title' as const, 'x-ias-help' as const),
          locale: fc.constantFrom('de' as const, 'fr' as const, 'it' as const, 'en' as const),
          text: fc.string({ maxLength: 20 }),
        }),
        fc.record({
          op: fc.constant('hide' as const),
          pointer: fc.constantFrom(...pointers),
          hidden: fc.boolean(),
        }),
        fc.record({
          op: fc.constant('move' as const),
          pointer: fc.constantFrom(...pointers),
          delta: fc.constantFrom(-1 as const, 1 as const),
        }),
        fc.record({
          op: fc.constant('limit' as const),
          pointer: fc.constantFrom(...pointers),
          keyword: fc.constantFrom('maxLength' as const, 'minimum' as const, 'maximum' as const),
          value: fc.option(fc.integer({ min: -5, max: 5000 }), { nil: undefined }),
        }),
        fc.record({
          op: fc.constant('options' as const),
          pointer: fc.constantFrom(...pointers),
          keep: fc.subarray([
            'keine',
            'primar',
            'beantragt',
            'anerkannt',
            'kollektiv',
            '1',
            '2',
            '3',
            'arbeitsmarkt',
          ]),
        }),
        fc.record({
          op: fc.constant('access' as const),
          pointer: fc.constantFrom(...pointers),
          access: fc.option(fc.record({ read: fc.subarray(roles), write: fc.subarray(roles) }), {
            nil: undefined,
          }),
        }),
        fc.record({
          op: fc.constant('add' as const),
          parent: fc.constantFrom(
            languages,
            '/properties/person',
            '/properties/family',
            '/properties/health',
          ),
          field: fc.record({
            name: fc.constantFrom('neu', 'neuesFeld', 'zemisNumber', '1x'),
            kind: fc.constantFrom(
              'text' as const,
              'textarea' as const,
              'number' as const,
              'date' as const,
              'boolean' as const,
              'choice' as const,
              'multi' as const,
            ),
            required: fc.boolean(),
            title: fc.record({ de: fc.string({ maxLength: 10 }) }),
            options: fc.constant(fideOptions),
          }),
        }),
        fc.record({
          op: fc.constant('remove' as const),
          pointer: fc.constantFrom(`${languages}/properties/neu`, `/properties/person/properties/neuesFeld`),
        }),
      );
      fc.assert(
        fc.property(fc.array(edit, { maxLength: 12 }), (edits) => {
          let overlay = newOverlay(base);
          for (const e of edits) {
            if (offer(base, overlay, e) !== undefined) continue;
            overlay = applyEdit(base, overlay, e);
            const check = checkOverlay(base, overlay);
            if (!check.ok) throw new Error(`${JSON.stringify(e)} → ${JSON.stringify(check.errors)}`);
          }
        }),
        { numRuns: 100 },
      );
    },
  );
});
