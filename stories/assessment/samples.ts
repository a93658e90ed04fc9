/* The shipped SEM templates, the example canton overlays and invented sample people (schemas/). */
import type { AssessmentSnapshot } from '@ias-kit/core';
import type { AssessmentPerson } from '@ias-kit/assessment';
import kurz100 from '../../schemas/forms/sem-kurzassessment-1.0.0.schema.json';
import kurz110 from '../../schemas/forms/sem-kurzassessment-1.1.0.schema.json';
import kurz120 from '../../schemas/forms/sem-kurzassessment-1.2.0.schema.json';
import praxis from '../../schemas/forms/sem-praxisassessment-1.0.0.schema.json';
import kompetenz from '../../schemas/forms/sem-kompetenzerfassung-1.0.0.schema.json';
import be from '../../schemas/overlays/example-be-fide.overlay.json';
import zh from '../../schemas/overlays/example-zh-triage.overlay.json';
import bad from '../../schemas/overlays/example-bad.overlay.json';
import samiraFile from '../../schemas/samples/samira-haidari.json';
import dawitFile from '../../schemas/samples/dawit-tesfaye.json';
import mariamFile from '../../schemas/samples/mariam-yusuf.json';

export const templates: unknown[] = [kurz100, kurz110, kurz120, praxis, kompetenz];
export const overlays: unknown[] = [be, zh, bad];
export const badOverlayId = bad.$id;

interface SampleFile {
  person: AssessmentPerson;
  snapshots: AssessmentSnapshot[];
}
export const samira = samiraFile as unknown as SampleFile;
export const dawit = dawitFile as unknown as SampleFile;
export const mariam = mariamFile as unknown as SampleFile;

/** One of Samira Haidari's snapshots by id (a copy). */
export const snapshot = (id: string): AssessmentSnapshot =>
  structuredClone([...samira.snapshots, ...dawit.snapshots].find((s) => s.id === id)!);

/** A new, empty draft of a template. */
export const blank = (templateId: string, version: string): AssessmentSnapshot => ({
  id: 'new',
  templateId,
  templateVersion: version,
  date: '2025-03-03',
  assessor: { id: 'cm-017', name: 'Regula Imhof' },
  status: 'draft',
  data: {},
});
