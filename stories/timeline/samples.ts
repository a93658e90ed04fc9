/** Invented people for the timeline stories. Any resemblance to real persons is coincidental. */
import type { Case, Measure, Person } from '@ias-kit/core';

const person = (
  firstName: string,
  officialName: string,
  dateOfBirth: string,
  sex: '1' | '2' = '2',
): Person => ({
  id: `p-${firstName.toLowerCase()}`,
  localPersonId: { personIdCategory: 'CT.ZH.DEMO', personId: firstName.toLowerCase() },
  officialName,
  firstName,
  sex,
  dateOfBirth,
});

const base = (p: Person, extra: Partial<Case>): Case => ({
  id: `case-${p.id}`,
  person: p,
  statusHistory: [],
  assessments: [],
  tasks: [],
  ...extra,
});

const plan = (personId: string, measures: Measure[], extra: Partial<NonNullable<Case['plan']>> = {}) => ({
  id: `plan-${personId}`,
  personId,
  version: 1,
  status: 'aktiv' as const,
  validFrom: '2022-01-01',
  caseManager: { id: 'cm-1', name: 'Fallführung Demo' },
  goals: [],
  measures,
  reviews: [],
  ...extra,
});

/** A new arrival: recognised refugee (B), entered three months before `today`. */
export const newArrival: Case = base(person('Selam', 'Tesfay', '1996-02-11'), {
  entryDate: '2026-08-03',
  asylumApplicationDate: '2026-08-04',
  decisionDate: '2026-10-01',
  statusHistory: [{ status: 'FL', validFrom: '2026-10-01' }],
  assessments: [
    {
      id: 'a1',
      templateId: 'sem-kurzassessment',
      templateVersion: '1.0.0',
      date: '2026-10-20',
      assessor: { id: 'cm-1' },
      status: 'final',
      data: {},
    },
  ],
  plan: plan('p-selam', [
    {
      id: 'm1',
      type: 'sprachkurs',
      title: 'Deutsch A1 Intensiv',
      status: 'angemeldet',
      plannedStart: '2026-12-01',
      plannedEnd: '2027-05-31',
    },
  ]),
  tasks: [
    {
      id: 't1',
      kind: 'assessment',
      title: 'Potenzialabklärung planen',
      dueDate: '2026-12-15',
      status: 'offen',
    },
  ],
});

const yearFourMeasures: Measure[] = [
  {
    id: 'm1',
    type: 'sprachkurs',
    title: 'Deutsch A1',
    status: 'abgeschlossen',
    plannedStart: '2022-10-01',
    plannedEnd: '2023-03-31',
    actualStart: '2022-10-03',
    actualEnd: '2023-03-24',
    outcome: 'erreicht',
  },
  {
    id: 'm2',
    type: 'sprachkurs',
    title: 'Deutsch A2',
    status: 'abgeschlossen',
    plannedStart: '2023-04-15',
    plannedEnd: '2023-10-31',
    actualStart: '2023-04-17',
    actualEnd: '2023-11-10',
  },
  {
    id: 'm3',
    type: 'alphabetisierung',
    title: 'Alphabetisierung Lateinschrift',
    status: 'abgeschlossen',
    plannedStart: '2022-09-01',
    plannedEnd: '2023-02-28',
    actualStart: '2022-09-05',
    actualEnd: '2023-02-24',
  },
  {
    id: 'm4',
    type: 'sprachkurs',
    title: 'Deutsch B1 berufsbezogen',
    status: 'laufend',
    plannedStart: '2025-08-18',
    plannedEnd: '2026-06-30',
    actualStart: '2025-08-18',
  },
  {
    id: 'm5',
    type: 'praxisassessment',
    title: 'Praxisassessment Werkstatt',
    status: 'abgeschlossen',
    plannedStart: '2023-05-01',
    plannedEnd: '2023-05-31',
    actualStart: '2023-05-02',
    actualEnd: '2023-05-30',
  },
  {
    id: 'm6',
    type: 'praktikum',
    title: 'Praktikum Logistik',
    status: 'abgebrochen',
    plannedStart: '2023-09-01',
    plannedEnd: '2024-02-29',
    actualStart: '2023-09-04',
    actualEnd: '2023-11-17',
  },
  {
    id: 'm7',
    type: 'qualifizierungsprogramm',
    title: 'Qualifizierung Reinigung',
    status: 'abgeschlossen',
    plannedStart: '2024-03-01',
    plannedEnd: '2024-12-20',
    actualStart: '2024-03-04',
    actualEnd: '2024-12-20',
  },
  {
    id: 'm8',
    type: 'job_coaching',
    title: 'Job-Coaching',
    status: 'laufend',
    plannedStart: '2025-01-06',
    plannedEnd: '2026-12-31',
    actualStart: '2025-01-13',
  },
  {
    id: 'm9',
    type: 'freiwilligenarbeit',
    title: 'Quartierverein Mittagstisch',
    status: 'laufend',
    plannedStart: '2024-05-01',
    plannedEnd: '2026-04-30',
    actualStart: '2024-05-08',
  },
  {
    id: 'm10',
    type: 'gesundheit',
    title: 'Physiotherapie',
    status: 'abgeschlossen',
    plannedStart: '2024-01-10',
    plannedEnd: '2024-04-30',
    actualStart: '2024-01-10',
    actualEnd: '2024-05-15',
  },
  {
    id: 'm11',
    type: 'diplomanerkennung',
    title: 'Anerkennung Diplom Elektriker',
    status: 'geplant',
    plannedStart: '2026-01-15',
    plannedEnd: '2026-07-31',
  },
  {
    id: 'm12',
    type: 'brueckenangebot',
    title: 'Vorbereitung EFZ',
    status: 'nicht_angetreten',
    plannedStart: '2025-08-01',
    plannedEnd: '2025-08-01',
  },
];

/** A provisionally admitted man (F) in year 4 with many measures. */
export const yearFour: Case = base(person('Hamid', 'Rahimi', '1990-07', '1'), {
  entryDate: '2022-06-20',
  asylumApplicationDate: '2022-06-21',
  statusHistory: [{ status: 'VA', validFrom: '2022-09-12' }],
  assessments: [
    {
      id: 'a1',
      templateId: 'sem-kurzassessment',
      templateVersion: '1.0.0',
      date: '2022-10-10',
      assessor: { id: 'cm-1' },
      status: 'final',
      data: {},
    },
    {
      id: 'a2',
      templateId: 'sem-praxisassessment',
      templateVersion: '1.0.0',
      date: '2023-06-05',
      assessor: { id: 'cm-2' },
      status: 'final',
      data: {},
    },
  ],
  plan: plan('p-hamid', yearFourMeasures, {
    goals: [
      {
        id: 'g1',
        domain: 'sprache',
        iasGoal: 1,
        text: 'Deutsch A1 mündlich und schriftlich',
        status: 'erreicht',
      },
    ],
    reviews: [
      '2023-01-16',
      '2023-07-10',
      '2024-01-15',
      '2024-07-08',
      '2025-01-20',
      '2025-07-14',
      '2026-01-19',
    ].map((date, i) => ({
      id: `r${i}`,
      date,
      participants: [{ id: 'cm-1' }],
      summary: 'Standortbestimmung',
    })),
  }),
  tasks: [
    { id: 't1', kind: 'review', title: 'Standortbestimmung Juli', dueDate: '2026-07-13', status: 'offen' },
    { id: 't2', kind: 'document', title: 'Arbeitszeugnis einholen', dueDate: '2025-12-01', status: 'offen' },
  ],
});

/** Provisionally admitted (F) in 2019, recognised as refugee (B) in 2021: the horizon moves. */
export const statusChange: Case = base(person('Rahel', 'Gebremariam', '1988-03-30'), {
  entryDate: '2018-05-03',
  asylumApplicationDate: '2018-05-04',
  statusHistory: [
    { status: 'VA', validFrom: '2019-02-01' },
    { status: 'FL', validFrom: '2021-06-30' },
  ],
  plan: plan('p-rahel', [
    {
      id: 'm1',
      type: 'sprachkurs',
      title: 'Deutsch A2',
      status: 'abgeschlossen',
      plannedStart: '2019-03-01',
      plannedEnd: '2019-12-20',
      actualStart: '2019-03-04',
      actualEnd: '2019-12-20',
    },
    {
      id: 'm2',
      type: 'integrationsvorlehre',
      title: 'Integrationsvorlehre Pflege',
      status: 'abgeschlossen',
      plannedStart: '2020-08-10',
      plannedEnd: '2021-07-09',
      actualStart: '2020-08-10',
      actualEnd: '2021-07-09',
    },
  ]),
});

/** A child, 3 at entry: the school start milestone applies, the labour market does not. */
export const child: Case = base(person('Mariam', 'Haidari', '2021-10-05'), {
  entryDate: '2024-11-18',
  asylumApplicationDate: '2024-11-19',
  statusHistory: [{ status: 'VA-FL', validFrom: '2025-04-02' }],
  plan: plan('p-mariam', [
    {
      id: 'm1',
      type: 'fruehe_foerderung',
      title: 'Spielgruppe mit Deutschförderung',
      status: 'laufend',
      plannedStart: '2025-08-18',
      plannedEnd: '2026-07-10',
      actualStart: '2025-08-18',
    },
  ]),
});

/** A young adult, 19 at entry: the education milestone (16–25) applies. */
export const youngAdult: Case = base(person('Yonas', 'Kidane', '2004-01-22', '1'), {
  entryDate: '2023-03-14',
  asylumApplicationDate: '2023-03-15',
  statusHistory: [{ status: 'VA', validFrom: '2023-11-01' }],
  plan: plan('p-yonas', [
    {
      id: 'm1',
      type: 'sprachkurs',
      title: 'Deutsch A1–A2',
      status: 'abgeschlossen',
      plannedStart: '2023-12-01',
      plannedEnd: '2024-07-31',
      actualStart: '2023-12-04',
      actualEnd: '2024-07-26',
    },
    {
      id: 'm2',
      type: 'brueckenangebot',
      title: 'Brückenangebot Integration',
      status: 'laufend',
      plannedStart: '2025-08-11',
      plannedEnd: '2026-07-03',
      actualStart: '2025-08-11',
    },
    {
      id: 'm3',
      type: 'integrationsvorlehre',
      title: 'INVOL Detailhandel',
      status: 'geplant',
      plannedStart: '2026-08-10',
      plannedEnd: '2027-07-09',
    },
  ]),
  tasks: [
    {
      id: 't1',
      kind: 'milestone',
      title: 'Lehrstelle suchen',
      dueDate: '2026-03-31',
      status: 'in_bearbeitung',
      milestoneId: 'education',
    },
  ],
});

/** A finished case: the 5-year responsibility (B) ended before `today`. */
export const finished: Case = base(person('Nour', 'Al-Hassan', '1985-12-01'), {
  entryDate: '2016-02-08',
  asylumApplicationDate: '2016-02-09',
  statusHistory: [{ status: 'FL', validFrom: '2016-11-15' }],
  plan: plan(
    'p-nour',
    [
      {
        id: 'm1',
        type: 'sprachkurs',
        title: 'Deutsch B1',
        status: 'abgeschlossen',
        plannedStart: '2017-01-09',
        plannedEnd: '2017-12-15',
        actualStart: '2017-01-09',
        actualEnd: '2017-12-15',
      },
      {
        id: 'm2',
        type: 'qualifizierungsprogramm',
        title: 'Gastro-Grundkurs',
        status: 'abgeschlossen',
        plannedStart: '2018-03-05',
        plannedEnd: '2018-09-28',
        actualStart: '2018-03-05',
        actualEnd: '2018-09-28',
      },
    ],
    {
      status: 'abgeschlossen',
      goals: [
        { id: 'g1', domain: 'sprache', iasGoal: 1, text: 'A1', status: 'erreicht' },
        { id: 'g4', domain: 'arbeit', iasGoal: 4, text: 'Festanstellung', status: 'erreicht' },
        { id: 'g5', domain: 'soziale_integration', iasGoal: 5, text: 'Verein', status: 'erreicht' },
      ],
    },
  ),
});

/** Bad data: no entry date, a measure without dates and one ending before its start. */
export const badData: Case = base(person('Dawit', 'Berhe', '1999'), {
  asylumApplicationDate: '2022-01-10',
  statusHistory: [{ status: 'VA', validFrom: '2022-08-01' }],
  plan: plan('p-dawit', [
    { id: 'm1', type: 'sprachkurs', title: 'Deutsch ohne Daten', status: 'geplant' },
    {
      id: 'm2',
      type: 'praktikum',
      title: 'Praktikum rückwärts',
      status: 'abgeschlossen',
      actualStart: '2023-06-30',
      actualEnd: '2023-03-01',
    },
    {
      id: 'm3',
      type: 'job_coaching',
      title: 'Coaching',
      status: 'laufend',
      plannedStart: '2023-01-09',
      plannedEnd: '2023-12-22',
      actualStart: '2023-01-16',
    },
  ]),
});
