/**
 * The profile Kennzahlen read the kit's own form: the default pointers name the SEM core fields of
 * every version of the Kurzassessment in `schemas/forms/`, and a real Kurzassessment (the templates'
 * own samples in `schemas/samples/`, each valid against its template version and overlay) counts in
 * every profile figure and in the client list's resources column.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AssessmentSnapshot } from '../model/assessment.js';
import { applyOverlay } from '../schema/overlay.js';
import { compileSchema } from '../schema/validator.js';
import { computeIndicators } from './accumulator.js';
import { caseListRows } from './case-list.js';
import { DEFAULT_INDICATOR_DEFINITIONS } from './definitions.js';
import { checkProfileFields } from './template-fields.js';
import { INDICATOR_IDS, type IndicatorRecord } from './types.js';

const ROOT = new URL('../../../../schemas/', import.meta.url);
const json = (path: string) =>
  JSON.parse(readFileSync(new URL(path, ROOT), 'utf8')) as Record<string, unknown>;
const KURZ = readdirSync(new URL('forms/', ROOT))
  .filter((f) => /^sem-kurzassessment-\d+\.\d+\.\d+\.schema\.json$/.test(f))
  .sort();
const templates = KURZ.map((f) => json(`forms/${f}`));
const overlays = readdirSync(new URL('overlays/', ROOT))
  .filter((f) => f.endsWith('.overlay.json'))
  .map((f) => json(`overlays/${f}`));
const samples = readdirSync(new URL('samples/', ROOT))
  .filter((f) => f.endsWith('.json'))
  .map((f) => json(`samples/${f}`) as { person: Record<string, string>; snapshots: AssessmentSnapshot[] });
const kurzSnapshots = samples.flatMap((s) =>
  s.snapshots
    .filter((a) => a.templateId.endsWith('/sem-kurzassessment') && a.status === 'final')
    .map((a) => ({ person: s.person, snapshot: a })),
);

const PROFILE = INDICATOR_IDS.filter((id) => id.startsWith('profile-'));

describe('profile pointers and the Kurzassessment templates', () => {
  it('the default pointers name a field of the right type in every Kurzassessment version', () => {
    expect(KURZ.length).toBeGreaterThanOrEqual(2);
    expect(checkProfileFields(DEFAULT_INDICATOR_DEFINITIONS.profileFields, templates)).toEqual([]);
  });

  it('the default pointers are exactly the template fields marked as SEM core fields (x-ias-core)', () => {
    for (const t of templates) {
      for (const pointer of [
        DEFAULT_INDICATOR_DEFINITIONS.profileFields.schoolingYears,
        DEFAULT_INDICATOR_DEFINITIONS.profileFields.literacy,
        DEFAULT_INDICATOR_DEFINITIONS.profileFields.potential,
        DEFAULT_INDICATOR_DEFINITIONS.profileFields.workExperienceMonths,
      ]) {
        const [section, field] = pointer.slice(1).split('/') as [string, string];
        const props = (
          t.properties as Record<string, { properties: Record<string, Record<string, unknown>> }>
        )[section]!.properties;
        expect(props[field]!['x-ias-core'], `${String(t.$id)} ${pointer}`).toBe(true);
      }
    }
  });

  it('refuses a pointer that names no field, with the pointer and the template', () => {
    const problems = checkProfileFields(
      { ...DEFAULT_INDICATOR_DEFINITIONS.profileFields, literacy: '/languages/literacy' },
      templates,
    );
    expect(problems).toHaveLength(templates.length);
    expect(problems[0]).toMatchObject({ field: 'profileFields.literacy', pointer: '/languages/literacy' });
    expect(problems[0]!.message).toContain('"/languages/literacy" names no field of');
    expect(problems[0]!.message).toContain('sem-kurzassessment@');
  });

  it('refuses a pointer of the wrong type and a literacy value that is no option', () => {
    const problems = checkProfileFields(
      {
        ...DEFAULT_INDICATOR_DEFINITIONS.profileFields,
        potential: '/result/track',
        notAlphabetisedValue: 'analphabet',
      },
      templates.slice(0, 1),
    );
    expect(problems.map((p) => p.field)).toEqual(['profileFields.literacy', 'profileFields.potential']);
    expect(problems[1]!.message).toContain('not boolean');
  });
});

describe('a real Kurzassessment (the templates’ samples) counts in every profile Kennzahl', () => {
  it('has a final sample of every version with a sample', () => {
    expect(new Set(kurzSnapshots.map((k) => k.snapshot.templateVersion)).size).toBeGreaterThanOrEqual(2);
  });

  for (const { person, snapshot } of kurzSnapshots) {
    it(`${snapshot.id} (template ${snapshot.templateVersion}${snapshot.overlayId ? ' + overlay' : ''})`, () => {
      // The sample is a valid filled form of its template version (and overlay).
      const base = templates.find((t) => String(t.$id).endsWith(`@${snapshot.templateVersion}`))!;
      const overlay = overlays.find((o) => o.$id === snapshot.overlayId);
      const schema = overlay ? applyOverlay(base, overlay) : base;
      expect(compileSchema(schema, { strict: 'log' }).validate(snapshot.data).valid).toBe(true);

      const data = snapshot.data as { person: Record<string, string> };
      const record: IndicatorRecord = {
        id: snapshot.id,
        person: { dateOfBirth: person.birthDate! },
        entryDate: data.person.entryDate!,
        statusHistory: [
          {
            status: data.person.status as 'VA',
            validFrom: data.person.decisionDate ?? data.person.entryDate!,
          },
        ],
        assessments: [snapshot],
      };
      const at = `${snapshot.date.slice(0, 4)}-12-31`;
      const report = computeIndicators([record], { at, indicators: PROFILE });
      for (const f of report.totals) {
        expect(f.excluded, f.indicator).toEqual([]);
      }
      // Each profile item has a value, so each figure has the person in its denominator ...
      const den = Object.fromEntries(report.totals.map((f) => [f.indicator, f.denominator]));
      expect(den).toEqual(Object.fromEntries(PROFILE.map((id) => [id, 1])));
      // ... and exactly one of potential yes / no counts.
      const num = (id: string) => report.totals.find((f) => f.indicator === id)!.numerator;
      expect(num('profile-potential-yes') + num('profile-potential-no')).toBe(1);

      // The client list's resources column reads the same fields.
      const [row] = caseListRows([record], at);
      const d = snapshot.data as {
        schooling: { years: number };
        languages: { alphabetisation: string };
        result: { potential: boolean };
        work: { totalMonths: number };
      };
      expect(row!.resources).toEqual({
        schoolingYears: d.schooling.years,
        literacy: d.languages.alphabetisation,
        potential: d.result.potential,
        workExperienceMonths: d.work.totalMonths,
      });
    });
  }
});
