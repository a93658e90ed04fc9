/**
 * The generated model schemas (schemas/model/*.schema.json, `npm run schemas`) compile with Ajv's
 * draft 2020-12 class in strict mode, accept realistic (invented) records and reject bad ones at
 * the expected place.
 */
import { readdirSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { Case } from './case.js';
import { MEASURE_STATUSES, canChangeMeasureStatus } from './plan.js';
import type { Person } from './person.js';
import type { Provider } from './provider.js';
import { RESIDENCE_STATUSES } from './status.js';
import { isPartialDate } from '../dates/partial.js';

const DIR = new URL('../../../../schemas/model/', import.meta.url);
const files = readdirSync(DIR)
  .filter((name) => name.endsWith('.schema.json'))
  .sort();
const schemas = Object.fromEntries(
  files.map((name) => [
    name,
    JSON.parse(readFileSync(new URL(name, DIR), 'utf8')) as Record<string, unknown>,
  ]),
);

function validator(file: string) {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  const schema = schemas[file];
  if (!schema) throw new Error(`${file} not found: run npm run schemas`);
  return ajv.compile(schema);
}

/** Invented person: Selam Tesfamariam, Eritrean, born March 1996 (day unknown). */
const selam: Person = {
  id: 'p-4711',
  vn: '7569217076985', // the AHV office's published sample number
  localPersonId: { personIdCategory: 'CT.ZH.KISS', personId: '100234' },
  otherPersonIds: [{ personIdCategory: 'CH.ZEMIS', personId: '21456789.1' }],
  officialName: 'Tesfamariam',
  firstName: 'Selam',
  sex: '2',
  dateOfBirth: '1996-03',
  nationality: {
    nationalityStatus: '2',
    country: { countryIdISO2: 'ER', countryId: 8522, countryNameShort: 'Eritrea' },
  },
  maritalStatus: '1',
  languageOfCorrespondence: 'de',
};

const selamsCase: Case & { 'x-vendor-ref': string } = {
  id: 'case-2021-0815',
  person: selam,
  canton: 'ZH',
  entryDate: '2021-09-14',
  asylumApplicationDate: '2021-09-16',
  decisionDate: '2022-03-01',
  statusHistory: [
    { status: 'VA', validFrom: '2022-03-01' },
    { status: 'FL', validFrom: '2023-05-10' },
  ],
  phase: 'integrationsplanung',
  assessments: [
    {
      id: 'a-1',
      templateId: 'sem-kurzassessment',
      templateVersion: '1.0.0',
      overlayId: 'zh-2025',
      date: '2022-04-20',
      assessor: { id: 'w-17', name: 'Martina Keller' },
      status: 'final',
      data: { languages: [{ iso: 'ti', firstLanguage: true }], schoolYears: 9 },
    },
  ],
  plan: {
    id: 'iip-1',
    personId: 'p-4711',
    version: 2,
    status: 'aktiv',
    validFrom: '2022-06-01',
    caseManager: { id: 'w-17', name: 'Martina Keller' },
    nextReview: '2025-12-01',
    goals: [
      {
        id: 'g-1',
        domain: 'sprache',
        iasGoal: 1,
        text: 'A2 mündlich bis Ende 2025',
        targetDate: '2025-12-31',
        status: 'laufend',
        degreeAchieved: 60,
      },
    ],
    measures: [
      {
        id: 'm-1',
        type: 'sprachkurs',
        title: 'Deutsch A2 Intensiv',
        goalIds: ['g-1'],
        provider: { name: 'Sprachschule Limmat', uid: 'CHE-123.456.789', accredited: true },
        plannedStart: '2025-01-06',
        plannedEnd: '2025-06-27',
        actualStart: '2025-01-06',
        pensumPercent: 40,
        cost: { amountChf: 3200, tariffType: 'fallpauschale', financing: 'integrationspauschale' },
        status: 'laufend',
      },
    ],
    reviews: [
      {
        id: 'r-1',
        date: '2025-06-02',
        participants: [{ id: 'w-17' }],
        summary: 'Guter Fortschritt.',
        nextDate: '2025-12-01',
      },
    ],
    consent: { signedOn: '2022-06-01', language: 'ti', interpreter: true },
  },
  tasks: [{ id: 't-1', kind: 'review', title: 'Standortbestimmung', dueDate: '2025-12-01', status: 'offen' }],
  lastActivity: '2025-06-02T14:05:00+02:00',
  responsibleWorker: { id: 'w-17', name: 'Martina Keller' },
  responsibleOffice: { id: 'o-3', name: 'Fachstelle Integration Winterthur', canton: 'ZH' },
  'x-vendor-ref': 'KISS-99812', // unknown properties are allowed (data is never lost)
};

const provider: Provider = {
  id: 'prov-1',
  name: 'Sprachschule Limmat',
  uid: 'CHE-123.456.789',
  accredited: true,
  canton: 'ZH',
  offers: [
    {
      id: 'off-1',
      title: 'Deutsch A1',
      measureType: 'sprachkurs',
      capacity: 16,
      freePlaces: 3,
      tariffType: 'pro_stunde',
      priceChf: 18.5,
    },
  ],
};

describe('model schemas', () => {
  it('exist for every required type, as draft 2020-12 with an $id', () => {
    for (const name of ['person', 'case', 'assessment-snapshot', 'integration-plan', 'task', 'provider']) {
      expect(files).toContain(`${name}.schema.json`);
    }
    for (const [file, schema] of Object.entries(schemas)) {
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).toBe(`https://ias-kit.ch/schemas/model/${file}`);
      expect(JSON.stringify(schema)).not.toContain('#/definitions/');
    }
  });

  it.each(files)('%s compiles in strict mode', (file) => {
    expect(() => validator(file)).not.toThrow();
  });

  it('accept a realistic person, case and provider', () => {
    for (const [file, record] of [
      ['person.schema.json', selam],
      ['case.schema.json', selamsCase],
      ['provider.schema.json', provider],
      ['integration-plan.schema.json', selamsCase.plan],
      ['assessment-snapshot.schema.json', selamsCase.assessments[0]],
      ['task.schema.json', selamsCase.tasks[0]],
    ] as const) {
      const validate = validator(file);
      expect(validate(record), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('reject invalid records at the expected instance path', () => {
    const validateCase = validator('case.schema.json');
    const bad = structuredClone(selamsCase) as unknown as Record<string, unknown>;
    bad.entryDate = '2025-02-30';
    (bad.statusHistory as { status: string }[])[1]!.status = 'B';
    (bad.person as Record<string, unknown>).vn = '756.9217.0769.85';
    expect(validateCase(bad)).toBe(false);
    const paths = validateCase.errors?.map((e) => e.instancePath);
    expect(paths).toContain('/entryDate');
    expect(paths).toContain('/statusHistory/1/status');
    expect(paths).toContain('/person/vn');

    const validatePerson = validator('person.schema.json');
    expect(validatePerson({ ...selam, sex: '4', dateOfBirth: '96' })).toBe(false);
    expect(validatePerson.errors?.map((e) => [e.instancePath, e.keyword])).toEqual([
      ['/sex', 'enum'],
      ['/dateOfBirth', 'pattern'],
    ]);

    // A partial birth date is a year, a year-month or a day that exists (as isPartialDate says).
    for (const [date, valid] of [
      ['1990', true],
      ['2004-07', true],
      ['2000-02-29', true],
      ['2024-02-29', true],
      ['1990-02-30', false],
      ['1900-02-29', false],
      ['2023-04-31', false],
      ['1990-13', false],
    ] as const) {
      expect(validatePerson({ ...selam, dateOfBirth: date }), date).toBe(valid);
      expect(isPartialDate(date), date).toBe(valid);
    }

    const validateProvider = validator('provider.schema.json');
    expect(validateProvider({ ...provider, uid: 'CHE-123456789' })).toBe(false);
    expect(validateProvider.errors?.[0]?.instancePath).toBe('/uid');
  });

  it('enumerations in the schemas are the `as const` arrays', () => {
    const defs = (schemas['case.schema.json'] as { $defs: Record<string, { enum: unknown[] }> }).$defs;
    expect(defs.ResidenceStatus?.enum.toSorted()).toEqual([...RESIDENCE_STATUSES].sort());
    expect(defs.MeasureStatus?.enum.toSorted()).toEqual([...MEASURE_STATUSES].sort());
  });
});

describe('measure status lifecycle', () => {
  it('geplant → angemeldet → laufend → abgeschlossen; end states are final', () => {
    expect(canChangeMeasureStatus('geplant', 'angemeldet')).toBe(true);
    expect(canChangeMeasureStatus('angemeldet', 'laufend')).toBe(true);
    expect(canChangeMeasureStatus('laufend', 'abgeschlossen')).toBe(true);
    expect(canChangeMeasureStatus('angemeldet', 'nicht_angetreten')).toBe(true);
    expect(canChangeMeasureStatus('laufend', 'nicht_angetreten')).toBe(false);
    expect(canChangeMeasureStatus('geplant', 'abgeschlossen')).toBe(false);
    for (const end of ['abgeschlossen', 'abgebrochen', 'nicht_angetreten'] as const) {
      for (const to of MEASURE_STATUSES) expect(canChangeMeasureStatus(end, to)).toBe(false);
    }
  });
});
