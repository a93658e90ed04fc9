/**
 * A small invented cohort whose figures are computed by hand in `indicators/indicators.test.ts`
 * (reference date 2025-06-30). Every person is fictitious.
 */
import type { CalendarDate } from '../model/common.js';
import type { AssessmentSnapshot } from '../model/assessment.js';
import type { IndicatorRecord } from '../indicators/types.js';

export const HAND_AT: CalendarDate = '2025-06-30';

const assessment = (id: string, date: CalendarDate, data: Record<string, unknown>): AssessmentSnapshot => ({
  id,
  templateId: 'sem-kurzassessment',
  templateVersion: '1.0.0',
  date,
  assessor: { id: 'w-anna', name: 'Anna Fiktiv' },
  status: 'final',
  data,
});

export const HAND_COHORT: IndicatorRecord[] = [
  {
    // VA → FL (status change), A1 in year 2, employed; 2019 cohort.
    id: 'a',
    person: { firstName: 'Amina', officialName: 'Beispiel', sex: '2', dateOfBirth: '1990-03-01' },
    entryDate: '2019-05-10',
    statusHistory: [
      { status: 'FL', validFrom: '2022-03-01' },
      { status: 'VA', validFrom: '2019-11-01' },
    ],
    responsibleWorker: { id: 'w-anna', name: 'Anna Fiktiv' },
    languageLevels: [{ date: '2021-09-01', level: 'A1' }],
    employment: [{ from: '2023-01-01', pensumPercent: 100 }],
    assessments: [assessment('a-1', '2020-01-15', { schooling: { years: 12 } })],
    plan: {
      measures: [
        { id: 'a-m1', type: 'sprachkurs', title: 'Deutsch A2', status: 'laufend', actualStart: '2024-09-01' },
      ],
    },
  },
  {
    // 17 at entry (birth known to the month), Sek II completed.
    id: 'b',
    person: { firstName: 'Yonas', officialName: 'Muster', sex: '1', dateOfBirth: '2000-07' },
    entryDate: '2018-02-01',
    statusHistory: [{ status: 'VA-FL', validFrom: '2018-08-01' }],
    responsibleWorker: { id: 'w-luca', name: 'Luca Erfunden' },
    languageLevels: [
      { date: '2019-01-01', level: 'pre-A1' },
      { date: '2022-02-01', level: 'A2' },
    ],
    education: [{ level: 'sek2', from: '2020-08-01', to: '2023-07-31', completed: true }],
    plan: {
      measures: [
        {
          id: 'b-m1',
          type: 'praktikum',
          title: 'Praktikum',
          status: 'abgeschlossen',
          actualStart: '2024-10-01',
          actualEnd: '2025-02-28',
        },
      ],
    },
  },
  {
    // No entry date.
    id: 'c',
    person: { firstName: 'Layla', officialName: 'Exemple', sex: '2', dateOfBirth: '1985' },
    statusHistory: [{ status: 'VA', validFrom: '2020-01-01' }],
  },
  {
    // Unknown birth date; social contacts reported.
    id: 'd',
    person: { firstName: 'Dawit', officialName: 'Esempio', sex: '1' },
    entryDate: '2017-03-01',
    statusHistory: [{ status: 'VA', validFrom: '2017-09-01' }],
    socialContacts: [{ date: '2024-06-01', regularContacts: true }],
  },
  {
    // 37 at entry, two employments without a gap; latest social contact "no".
    id: 'e',
    person: { firstName: 'Sahar', officialName: 'Tester', sex: '2', dateOfBirth: '1980-01-15' },
    entryDate: '2017-06-01',
    statusHistory: [{ status: 'FL', validFrom: '2017-12-01' }],
    languageLevels: [{ date: '2019-05-01', level: 'B1' }],
    employment: [
      { from: '2022-01-01', to: '2023-12-31' },
      { from: '2024-01-01', pensumPercent: 80 },
    ],
    socialContacts: [
      { date: '2022-01-01', regularContacts: true },
      { date: '2024-11-01', regularContacts: false },
    ],
  },
  {
    // Child, 1 at entry: school start 2022-08-01.
    id: 'f',
    person: { firstName: 'Nour', officialName: 'Probst', sex: '2', dateOfBirth: '2018-03-10' },
    entryDate: '2019-04-01',
    statusHistory: [{ status: 'VA', validFrom: '2019-10-01' }],
    languageLevels: [{ date: '2022-06-01', level: 'A1' }],
  },
  {
    // No status: not in the IAS target group.
    id: 'g',
    person: { firstName: 'Omid', officialName: 'Modèle', sex: '1', dateOfBirth: '1995-01-01' },
    entryDate: '2018-01-01',
    statusHistory: [],
  },
  {
    // Recent arrival, 24 at entry; newly recorded in 2025 with an incomplete assessment.
    id: 'h',
    person: { firstName: 'Rahel', officialName: 'Fittizio', sex: '2', dateOfBirth: '1999-05-05' },
    entryDate: '2024-03-01',
    decisionDate: '2025-01-15',
    statusHistory: [{ status: 'VA', validFrom: '2024-09-01' }],
    assessments: [assessment('h-1', '2025-02-10', { schooling: { years: 4 }, result: { potential: false } })],
    plan: {
      measures: [
        {
          id: 'h-m1',
          type: 'sprachkurs',
          title: 'Deutsch A1',
          status: 'geplant',
          plannedStart: '2025-03-01',
        },
        {
          id: 'h-m2',
          type: 'job_coaching',
          title: 'Job-Coaching',
          status: 'laufend',
          actualStart: '2025-06-01',
        },
      ],
    },
  },
  {
    // Arrived and admitted in 2025, reached by Erstinformation, fully assessed.
    id: 'i',
    person: { firstName: 'Karim', officialName: 'Beispiel', sex: '1', dateOfBirth: '2001-01-01' },
    entryDate: '2025-02-01',
    decisionDate: '2025-05-01',
    erstinformationDate: '2025-05-20',
    statusHistory: [{ status: 'VA', validFrom: '2025-05-01' }],
    assessments: [
      assessment('i-1', '2025-06-01', {
        schooling: { years: 8 },
        languages: { alphabetisation: 'nicht_alphabetisiert' },
        result: { potential: true },
        work: { totalMonths: 6 },
      }),
    ],
  },
  {
    // Pre-school child in early language support: school start 2026-08-01.
    id: 'j',
    person: { firstName: 'Selam', officialName: 'Muster', sex: '3', dateOfBirth: '2022-05-05' },
    entryDate: '2023-01-10',
    statusHistory: [{ status: 'VA', validFrom: '2023-06-01' }],
    plan: {
      measures: [
        {
          id: 'j-m1',
          type: 'fruehe_foerderung',
          title: 'Spielgruppe',
          status: 'laufend',
          actualStart: '2024-10-01',
        },
      ],
    },
  },
];
