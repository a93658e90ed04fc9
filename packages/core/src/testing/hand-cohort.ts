/**
 * A hand-checked cohort of 42 invented persons (reference date 2025-12-31, Kennzahlen period 2025),
 * built to hit every rule of the indicators: each goal's age band and measurement date, exits of
 * every kind (before, on and after a measurement date; during and before the period), an arrival
 * from another canton, a return after a departure, SEM's goal 4 beside the sustained variant, a
 * late-arriving child, partial and unknown birth dates, a birthday on the period's last day, the
 * first status date as the admission fallback, cancelled measures with and without an actual start,
 * and the profile items read from the Kurzassessment's own fields. The expected figures are written
 * out by hand in `indicators/hand-cohort.test.ts`. Every person is fictitious.
 */
import type { AssessmentSnapshot } from '../model/assessment.js';
import type { Measure } from '../model/plan.js';
import type { StatusHistoryEntry } from '../model/status.js';
import type { IndicatorRecord } from '../indicators/types.js';

export const HAND_COHORT_AT = '2025-12-31';

const ADULT = '1990-06-15';
const va = (validFrom: string): StatusHistoryEntry => ({ status: 'VA', validFrom });
const p = (
  id: string,
  dateOfBirth: string | undefined,
  entryDate: string | undefined,
  statusHistory: StatusHistoryEntry[],
  more: Partial<IndicatorRecord> = {},
): IndicatorRecord => ({
  id,
  ...(dateOfBirth ? { person: { dateOfBirth } } : {}),
  ...(entryDate ? { entryDate } : {}),
  statusHistory,
  ...more,
});
const m = (id: string, over: Partial<Measure> & Pick<Measure, 'type' | 'status'>): Measure => ({
  id,
  title: id,
  ...over,
});
/** A Kurzassessment as the template stores it (`schemas/forms/sem-kurzassessment-1.1.0`). */
const kurz = (
  id: string,
  date: string,
  data: Record<string, unknown>,
  status: 'final' | 'draft' = 'final',
): AssessmentSnapshot => ({
  id,
  templateId: 'https://ias-kit.ch/schemas/forms/sem-kurzassessment',
  templateVersion: '1.1.0',
  date,
  assessor: { id: 'w-1', name: 'Anna Fiktiv' },
  status,
  data,
});
const profile = (years: number, alphabetisation: string, potential: boolean, totalMonths: number) => ({
  schooling: { years },
  languages: { alphabetisation },
  result: { potential },
  work: { totalMonths },
});

export const HAND_COHORT: IndicatorRecord[] = [
  // ---- cohort 2017: goals 1 (2020), 4 and 5 (2024); out of the 2025 IAS population ----
  p('p01', ADULT, '2017-03-01', [va('2017-06-01')], {
    languageLevels: [{ date: '2019-05-01', level: 'A1' }],
    employment: [{ from: '2022-01-01' }],
    socialContacts: [{ date: '2024-06-01', regularContacts: true }],
  }),
  p('p02', ADULT, '2017-03-01', [va('2017-06-01')], {
    languageLevels: [{ date: '2019-05-01', level: 'pre-A1' }],
    employment: [{ from: '2024-10-01' }], // employed on the day, 3 months: SEM yes, sustained no
    socialContacts: [{ date: '2022-01-01', regularContacts: true }], // older than 24 months
  }),
  p('p03', ADULT, '2017-03-01', [va('2017-06-01')], {
    languageLevels: [{ date: '2020-12-31', level: 'A1' }], // on the measurement day
    employment: [{ from: '2020-01-01', to: '2024-06-30' }],
    socialContacts: [
      { date: '2024-03-01', regularContacts: true },
      { date: '2024-11-01', regularContacts: false }, // the latest says no
    ],
  }),
  // ---- cohort 2018: goals 1 (2021), 4 and 5 (2025-12-31, the reference date) ----
  p('p04', ADULT, '2018-05-01', [va('2018-09-01')], {
    decisionDate: '2018-09-01',
    languageLevels: [{ date: '2021-03-01', level: 'B1' }],
    employment: [{ from: '2025-12-31' }], // starts on the measurement day
    socialContacts: [{ date: '2025-12-31', regularContacts: true }],
  }),
  p('p05', ADULT, '2018-05-01', [va('2018-09-01'), { exit: 'departure', validFrom: '2025-06-30' }], {
    employment: [{ from: '2019-01-01' }],
  }),
  p('p06', ADULT, '2018-05-01', [
    va('2018-09-01'),
    { exit: 'moved-canton', canton: 'ZH', validFrom: '2025-06-30' },
  ]),
  p('p07', ADULT, '2018-05-01', [va('2018-09-01'), { exit: 'naturalisation', validFrom: '2024-12-01' }]),
  p('p08', ADULT, '2016-05-01', [va('2016-08-01'), { exit: 'death', validFrom: '2019-01-01' }]),
  p('p09', ADULT, '2019-02-01', [va('2019-05-01'), { exit: 'ordinary-permit', validFrom: '2023-05-01' }], {
    languageLevels: [{ date: '2022-06-01', level: 'A1' }],
  }),
  p('p10', ADULT, '2019-02-01', [
    va('2019-05-01'),
    { exit: 'end-of-responsibility', validFrom: '2025-03-01' },
  ]),
  p(
    'p11',
    ADULT,
    '2018-05-01',
    [va('2018-09-01'), { arrival: 'moved-canton', canton: 'BE', validFrom: '2024-03-01' }],
    {
      languageLevels: [{ date: '2021-01-01', level: 'A1' }], // reached in the other canton
      plan: { measures: [m('p11-de', { type: 'sprachkurs', status: 'laufend', actualStart: '2025-02-01' })] },
    },
  ),
  p(
    'p12',
    ADULT,
    '2018-05-01',
    [va('2018-09-01'), { exit: 'departure', validFrom: '2022-01-01' }, va('2023-06-01')],
    {
      decisionDate: '2018-09-01',
      plan: {
        measures: [m('p12-jc', { type: 'job_coaching', status: 'laufend', actualStart: '2025-04-01' })],
      },
    },
  ),
  // ---- children: goal 2 and early language support ----
  p('p13', '2019-03-10', '2023-09-01', [va('2023-10-01')], {
    languageLevels: [{ date: '2024-05-15', level: 'A1' }], // arrived after the school start (1.8.2023)
  }),
  p('p14', '2021-02-01', '2022-01-10', [va('2022-03-01')], {
    languageLevels: [{ date: '2025-06-01', level: 'A1' }],
    plan: {
      measures: [m('p14-ff', { type: 'fruehe_foerderung', status: 'laufend', actualStart: '2024-09-01' })],
    },
  }),
  p('p15', '2021-02-01', '2022-01-10', [va('2022-03-01')], {
    plan: {
      measures: [
        m('p15-ff', {
          type: 'fruehe_foerderung',
          status: 'abgebrochen',
          plannedStart: '2025-02-01',
          plannedEnd: '2025-06-30',
        }),
      ],
    },
  }),
  p('p16', '2022-06-01', '2023-01-10', [va('2023-03-01')], {
    plan: {
      measures: [
        m('p16-ff', {
          type: 'fruehe_foerderung',
          status: 'abgeschlossen',
          actualStart: '2024-01-10',
          actualEnd: '2024-12-20',
        }),
      ],
    },
  }),
  p('p17', '2020', '2021-05-01', [va('2021-06-01')]), // birth year only
  p('p18', undefined, '2020-01-01', [va('2020-02-01')]), // birth date unknown
  // ---- young people: goal 3 and support 16–25 ----
  p('p19', '2002-01-01', '2019-03-01', [va('2019-06-01')], {
    languageLevels: [{ date: '2021-01-01', level: 'A2' }],
    education: [{ level: 'sek2', from: '2022-08-01' }],
    plan: {
      measures: [
        m('p19-ivl', { type: 'integrationsvorlehre', status: 'laufend', actualStart: '2025-08-01' }),
      ],
    },
  }),
  p('p20', '2002-01-01', '2019-03-01', [va('2019-06-01')], {
    education: [{ level: 'transition', from: '2021-08-01', to: '2022-07-31', completed: false }],
    plan: {
      measures: [
        m('p20-pr', {
          type: 'praktikum',
          status: 'abgebrochen',
          plannedStart: '2025-03-01',
          plannedEnd: '2025-06-30',
        }),
      ],
    },
  }),
  p('p21', '2000-07', '2018-02-01', [va('2018-05-01')], {
    education: [{ level: 'sek2', from: '2020-08-01', to: '2023-07-31', completed: true }],
    employment: [{ from: '2023-09-01', pensumPercent: 60 }],
  }),
  p('p22', '1999-12-31', '2020-01-01', [va('2020-03-01')], {
    // 26 on the period's last day
    plan: {
      measures: [
        m('p22-al', {
          type: 'alphabetisierung',
          status: 'abgeschlossen',
          actualStart: '2024-09-01',
          actualEnd: '2025-01-15',
        }),
      ],
    },
  }),
  p('p23', '1994-05-20', '2019-05-20', [va('2019-08-01')], {
    education: [{ level: 'transition', from: '2024-01-01' }], // 25 on the day of entry
  }),
  p('p24', '1993-05-20', '2019-05-20', [va('2019-08-01')], {
    // 26 on the day of entry; a cancelled measure that did start
    plan: {
      measures: [
        m('p24-qp', {
          type: 'qualifizierungsprogramm',
          status: 'abgebrochen',
          actualStart: '2025-02-01',
          actualEnd: '2025-03-15',
        }),
      ],
    },
  }),
  // ---- newly admitted in 2025: Erstinformation ----
  p('p25', ADULT, '2024-11-20', [{ status: 'FL', validFrom: '2025-02-03' }], {
    erstinformationDate: '2025-03-01',
  }),
  p('p26', ADULT, '2024-11-20', [va('2025-01-15')], {
    decisionDate: '2025-01-15',
    plan: {
      measures: [
        m('p26-de', {
          type: 'sprachkurs',
          status: 'abgebrochen',
          plannedStart: '2025-03-01',
          plannedEnd: '2025-05-31',
        }),
      ],
    },
  }),
  p('p27', ADULT, '2025-02-01', [va('2025-05-01')], {
    decisionDate: '2025-05-01',
    erstinformationDate: '2026-01-10',
  }),
  // ---- newly recorded in 2025: the profile of the first Kurzassessment ----
  p('p28', ADULT, '2024-09-01', [va('2024-12-01')], {
    decisionDate: '2024-12-01',
    assessments: [kurz('p28-ka', '2025-03-01', profile(8, 'alphabetisiert_lateinisch', true, 6))],
  }),
  p('p29', ADULT, '2024-09-01', [va('2024-12-01')], {
    decisionDate: '2024-12-01',
    assessments: [kurz('p29-ka', '2025-03-01', profile(4, 'nicht_alphabetisiert', false, 36))],
  }),
  p('p30', ADULT, '2024-09-01', [va('2024-12-01')], {
    decisionDate: '2024-12-01',
    assessments: [kurz('p30-ka', '2025-03-01', { schooling: { years: 12 } })],
  }),
  p('p31', '2010-01-01', '2024-09-01', [va('2024-12-01')], {
    decisionDate: '2024-12-01',
    assessments: [kurz('p31-ka', '2025-04-01', profile(8, 'teilweise', true, 0))], // 15 on that day
  }),
  p('p32', ADULT, '2024-09-01', [va('2024-12-01')], {
    decisionDate: '2024-12-01',
    assessments: [
      kurz('p32-ka2', '2025-06-01', profile(2, 'nicht_alphabetisiert', false, 0)),
      kurz('p32-ka1', '2024-11-01', profile(2, 'nicht_alphabetisiert', false, 0)), // first: 2024
    ],
  }),
  p('p33', ADULT, '2024-09-01', [va('2024-12-01')], {
    decisionDate: '2024-12-01',
    assessments: [kurz('p33-ka', '2025-03-01', profile(2, 'nicht_alphabetisiert', false, 0), 'draft')],
  }),
  p('p34', ADULT, '2024-01-05', [va('2024-03-01'), { exit: 'departure', validFrom: '2024-10-01' }], {
    assessments: [kurz('p34-ka', '2025-02-01', profile(9, 'alphabetisiert_lateinisch', true, 0))],
  }),
  // ---- missing or bad facts ----
  p('p35', ADULT, undefined, [va('2020-01-01')]),
  p('p36', ADULT, '2020-01-01', []),
  p('p37', ADULT, '2025-06-01', [va('2026-02-01')]), // status after the reference date
  p('p38', ADULT, '2026-01-05', [va('2026-02-01')]), // entry after the reference date
  p('p39', ADULT, '2020-02-30', [va('2020-05-01')]), // no such day
  // ---- goal 4 details ----
  p('p40', '1960-01-01', '2017-01-01', [va('2017-03-01')], {
    socialContacts: [{ date: '2024-12-31', regularContacts: true }], // 57 at entry: not goal 4
  }),
  p('p41', ADULT, '2017-06-01', [va('2017-09-01')], {
    employment: [{ from: '2020-01-01', firstLabourMarket: false }],
  }),
  p('p42', ADULT, '2017-08-01', [va('2017-10-01')], {
    employment: [
      { from: '2023-01-01', to: '2023-12-31' },
      { from: '2024-01-02' }, // one day's gap
    ],
  }),
];
