/* Test fixtures: the shipped templates, overlays and invented sample snapshots, fetched from the repository. */
import type { AssessmentSnapshot } from '@ias-kit/core';
import type { AssessmentPerson } from '../assessment/assessment.types.js';

const get = async <T>(path: string): Promise<T> => {
  const r = await fetch(`/${path}`);
  if (!r.ok) throw new Error(`${path}: ${r.status}`);
  return (await r.json()) as T;
};

export const TEMPLATE_FILES = [
  'sem-kurzassessment-1.0.0',
  'sem-kurzassessment-1.1.0',
  'sem-kurzassessment-1.2.0',
  'sem-praxisassessment-1.0.0',
  'sem-kompetenzerfassung-1.0.0',
] as const;
export const OVERLAY_FILES = ['example-be-fide', 'example-zh-triage', 'example-bad'] as const;

export interface Fixtures {
  templates: Record<string, unknown>[];
  overlays: Record<string, unknown>[];
  bad: Record<string, unknown>;
  samira: { person: AssessmentPerson; snapshots: AssessmentSnapshot[] };
  mariam: { person: AssessmentPerson; snapshots: AssessmentSnapshot[] };
  dawit: { person: AssessmentPerson; snapshots: AssessmentSnapshot[] };
}

let cache: Promise<Fixtures> | undefined;

export function loadFixtures(): Promise<Fixtures> {
  cache ??= (async () => {
    const templates = await Promise.all(
      TEMPLATE_FILES.map((f) => get<Record<string, unknown>>(`schemas/forms/${f}.schema.json`)),
    );
    const [be, zh, bad] = await Promise.all(
      OVERLAY_FILES.map((f) => get<Record<string, unknown>>(`schemas/overlays/${f}.overlay.json`)),
    );
    return {
      templates,
      overlays: [be!, zh!, bad!],
      bad: bad!,
      samira: await get('schemas/samples/samira-haidari.json'),
      mariam: await get('schemas/samples/mariam-yusuf.json'),
      dawit: await get('schemas/samples/dawit-tesfaye.json'),
    };
  })();
  return cache;
}

/** A deep copy, so a test never changes the shared fixtures. */
export const clone = <T>(v: T): T => structuredClone(v);
