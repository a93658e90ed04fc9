/**
 * Twenty synthetic integration cases for the stories, the case workspace and `npm start`.
 * Every person, worker and provider here is INVENTED; any likeness to real people is accidental.
 * The set covers status B (FL) and F (VA, VA-FL), a status change, children, young adults 16–25,
 * adults and an older person, new arrivals and finished cases, partial birth dates, and gaps that the
 * traffic-light rules flag. Reference date of the set: `SAMPLE_TODAY`.
 */
import type {
  ActorRef,
  AssessmentSnapshot,
  Case,
  Goal,
  IntegrationPlan,
  Measure,
  Provider,
  ResidenceStatus,
  Sex,
} from '@ias-kit/core';
import samiraFile from '../../../../schemas/samples/samira-haidari.json';

const samira = samiraFile as unknown as { snapshots: AssessmentSnapshot[] };

export const SAMPLE_TODAY = '2026-11-23';

export const SAMPLE_WORKERS: readonly ActorRef[] = [
  { id: 'w-baumann', name: 'Regula Baumann (fiktiv)' },
  { id: 'w-rochat', name: 'Sylvie Rochat (fictive)' },
  { id: 'w-keller', name: 'Jonas Keller (fiktiv)' },
  { id: 'w-bernasconi', name: 'Chiara Bernasconi (fittizia)' },
];

/** Invented providers with offers, capacities and free places (one offer is full). */
export const SAMPLE_PROVIDERS: Provider[] = [
  {
    id: 'prov-sprachwerk',
    name: 'Sprachwerk Beispielstadt (fiktiv)',
    uid: 'CHE-100.200.301',
    accredited: true,
    offers: [
      {
        id: 'off-a1-abend',
        title: 'Deutsch A1 Abendkurs',
        measureType: 'sprachkurs',
        capacity: 16,
        freePlaces: 3,
      },
      {
        id: 'off-a2-intensiv',
        title: 'Deutsch A2 intensiv',
        measureType: 'sprachkurs',
        capacity: 12,
        freePlaces: 0,
      },
      {
        id: 'off-alpha',
        title: 'Alphabetisierung',
        measureType: 'alphabetisierung',
        capacity: 8,
        freePlaces: 2,
      },
    ],
  },
  {
    id: 'prov-werkstatt',
    name: 'Werkstatt Integration Muster AG (fiktiv)',
    uid: 'CHE-100.200.302',
    accredited: true,
    offers: [
      {
        id: 'off-praxis',
        title: 'Praxisassessment 4 Wochen',
        measureType: 'praxisassessment',
        capacity: 6,
        freePlaces: 1,
      },
      {
        id: 'off-quali',
        title: 'Qualifizierung Logistik',
        measureType: 'qualifizierungsprogramm',
        capacity: 10,
        freePlaces: 4,
      },
    ],
  },
  {
    id: 'prov-ecole',
    name: 'École des métiers Exemple (fictive)',
    uid: 'CHE-100.200.303',
    accredited: true,
    offers: [
      {
        id: 'off-pai',
        title: 'Préapprentissage d’intégration (PAI)',
        measureType: 'integrationsvorlehre',
        capacity: 14,
        freePlaces: 5,
      },
      {
        id: 'off-pont',
        title: 'Année de transition',
        measureType: 'brueckenangebot',
        capacity: 20,
        freePlaces: 0,
      },
    ],
  },
  {
    id: 'prov-coaching',
    name: 'JobCoach Fittizio Sagl (fittizia)',
    uid: 'CHE-100.200.304',
    accredited: false,
    offers: [
      { id: 'off-coach', title: 'Job-Coaching', measureType: 'job_coaching', capacity: 25, freePlaces: 9 },
    ],
  },
];

const prov = (id: string) => {
  const p = SAMPLE_PROVIDERS.find((x) => x.id === id)!;
  return { providerId: p.id, name: p.name, uid: p.uid, accredited: p.accredited };
};

interface Spec {
  id: string;
  first: string;
  last: string;
  sex: Sex;
  birth: string;
  country: string;
  canton: Case['canton'];
  status: ResidenceStatus;
  entry: string;
  asylum: string;
  decision?: string;
  change?: { status: ResidenceStatus; validFrom: string };
  worker: number;
  phase: Case['phase'];
  lastActivity: string;
  measures?: Omit<Measure, 'id'>[];
  goals?: Omit<Goal, 'id'>[];
  reviews?: { date: string; summary: string; nextDate?: string }[];
  assessment?: { date: string; status: 'draft' | 'final'; data: Record<string, unknown> };
  /** Complete snapshots made with the SEM templates (instead of `assessment`). */
  snapshots?: AssessmentSnapshot[];
}

const m = (
  type: Measure['type'],
  title: string,
  status: Measure['status'],
  plannedStart: string,
  plannedEnd: string,
  extra: Partial<Measure> = {},
): Omit<Measure, 'id'> => ({ type, title, status, plannedStart, plannedEnd, ...extra });

const SPECS: Spec[] = [
  {
    id: 'c01',
    first: 'Yonas',
    last: 'Tesfamariam',
    sex: '1',
    birth: '1994-03-12',
    country: 'ER',
    canton: 'ZH',
    status: 'FL',
    entry: '2022-09-05',
    asylum: '2022-09-07',
    decision: '2023-04-20',
    worker: 0,
    phase: 'arbeit',
    lastActivity: '2026-11-10T09:30:00Z',
    goals: [
      {
        domain: 'sprache',
        iasGoal: 1,
        text: 'Deutsch B1 mündlich bis Sommer 2026',
        status: 'erreicht',
        targetDate: '2026-06-30',
        degreeAchieved: 100,
      },
      {
        domain: 'arbeit',
        iasGoal: 4,
        text: 'Festanstellung in der Logistik',
        status: 'laufend',
        targetDate: '2027-06-30',
        degreeAchieved: 60,
      },
    ],
    measures: [
      m('sprachkurs', 'Deutsch A1 Abendkurs', 'abgeschlossen', '2023-05-01', '2023-12-15', {
        actualStart: '2023-05-01',
        actualEnd: '2023-12-15',
        outcome: 'erreicht',
        provider: prov('prov-sprachwerk'),
        offerId: 'off-a1-abend',
        cost: { amountChf: 1800, tariffType: 'fallpauschale', financing: 'integrationspauschale' },
      }),
      m('praxisassessment', 'Praxisassessment Werkstatt', 'abgeschlossen', '2024-02-05', '2024-03-01', {
        actualStart: '2024-02-05',
        actualEnd: '2024-03-01',
        outcome: 'erreicht',
        provider: prov('prov-werkstatt'),
        offerId: 'off-praxis',
      }),
      m('qualifizierungsprogramm', 'Qualifizierung Logistik', 'laufend', '2025-08-18', '2026-12-18', {
        actualStart: '2025-08-18',
        provider: prov('prov-werkstatt'),
        offerId: 'off-quali',
        pensumPercent: 80,
      }),
    ],
    reviews: [
      { date: '2024-03-15', summary: 'Praxisassessment positiv, Richtung Logistik.', nextDate: '2024-09-15' },
      {
        date: '2026-05-12',
        summary: 'Qualifizierung läuft gut, Bewerbungen ab Herbst.',
        nextDate: '2026-11-12',
      },
    ],
    assessment: {
      date: '2023-06-02',
      status: 'final',
      data: { schoolingYears: 9, alphabetised: true, track: 'arbeitsmarkt' },
    },
  },
  {
    id: 'c02',
    first: 'Mariam',
    last: 'Haidari',
    sex: '2',
    birth: '2006-11',
    country: 'AF',
    canton: 'BE',
    status: 'VA',
    entry: '2023-02-14',
    asylum: '2023-02-16',
    decision: '2023-10-03',
    worker: 2,
    phase: 'bildung',
    lastActivity: '2026-10-28T14:00:00Z',
    goals: [
      {
        domain: 'bildung',
        iasGoal: 3,
        text: 'Lehrstelle Fachfrau Gesundheit ab 2027',
        status: 'laufend',
        targetDate: '2027-08-01',
      },
    ],
    measures: [
      m('sprachkurs', 'Deutsch A2 intensiv', 'abgeschlossen', '2023-11-06', '2024-06-28', {
        outcome: 'erreicht',
        actualStart: '2023-11-06',
        actualEnd: '2024-06-28',
      }),
      m('brueckenangebot', 'Brückenangebot Integration', 'laufend', '2025-08-11', '2026-07-03', {
        actualStart: '2025-08-11',
        pensumPercent: 100,
      }),
    ],
    reviews: [
      { date: '2026-02-20', summary: 'Schnupperlehre im Spital organisiert.', nextDate: '2026-08-20' },
    ],
    assessment: {
      date: '2023-12-01',
      status: 'final',
      data: { schoolingYears: 7, alphabetised: true, track: 'ausbildung' },
    },
  },
  {
    id: 'c03',
    first: 'Ahmad',
    last: 'Rahimi',
    sex: '1',
    birth: '2008',
    country: 'AF',
    canton: 'VD',
    status: 'VA',
    entry: '2024-06-20',
    asylum: '2024-06-21',
    decision: '2025-01-15',
    worker: 1,
    phase: 'sprachfoerderung',
    lastActivity: '2026-06-01T10:00:00Z',
    measures: [
      m('sprachkurs', 'Français A1', 'laufend', '2025-02-03', '2025-12-19', { actualStart: '2025-02-03' }),
    ],
  },
  {
    id: 'c04',
    first: 'Hevin',
    last: 'Aydin',
    sex: '2',
    birth: '1987-07-30',
    country: 'TR',
    canton: 'SG',
    status: 'FL',
    entry: '2021-01-18',
    asylum: '2021-01-19',
    decision: '2021-09-09',
    worker: 0,
    phase: 'arbeit',
    lastActivity: '2026-11-20T08:15:00Z',
    goals: [
      {
        domain: 'arbeit',
        iasGoal: 4,
        text: 'Anerkennung Pflegediplom und Stelle im Pflegeheim',
        status: 'laufend',
      },
    ],
    measures: [
      m('diplomanerkennung', 'Anerkennung Pflegediplom (SRK)', 'abgeschlossen', '2022-03-01', '2023-02-28', {
        outcome: 'teilweise',
        outcomeReason: 'Ausgleichsmassnahme verlangt',
        actualStart: '2022-03-01',
        actualEnd: '2023-02-28',
      }),
      m('praktikum', 'Praktikum Pflegeheim', 'laufend', '2026-09-01', '2027-02-28', {
        actualStart: '2026-09-01',
        pensumPercent: 60,
      }),
    ],
  },
  {
    id: 'c05',
    first: 'Abdullahi',
    last: 'Warsame',
    sex: '1',
    birth: '1979',
    country: 'SO',
    canton: 'LU',
    status: 'VA',
    entry: '2019-10-02',
    asylum: '2019-10-03',
    decision: '2020-07-22',
    worker: 3,
    phase: 'soziale_integration',
    lastActivity: '2026-03-11T16:00:00Z',
    measures: [
      m('alphabetisierung', 'Alphabetisierung', 'abgebrochen', '2020-09-01', '2021-06-30', {
        actualStart: '2020-09-01',
        actualEnd: '2021-01-15',
        outcome: 'nicht_erreicht',
        outcomeReason: 'Gesundheitliche Gründe',
      }),
      m('freiwilligenarbeit', 'Mithilfe Quartiertreff', 'laufend', '2024-04-01', '2026-12-31', {
        actualStart: '2024-04-01',
        pensumPercent: 20,
      }),
    ],
    assessment: {
      date: '2020-09-10',
      status: 'final',
      data: { schoolingYears: 2, alphabetised: false, track: 'soziale_integration' },
    },
  },
  {
    id: 'c06',
    first: 'Lina',
    last: 'Haddad',
    sex: '2',
    birth: '2021-05-09',
    country: 'SY',
    canton: 'ZH',
    status: 'FL',
    entry: '2024-01-11',
    asylum: '2024-01-12',
    decision: '2024-08-30',
    worker: 0,
    phase: 'fruehe_kindheit',
    lastActivity: '2026-09-02T11:00:00Z',
    measures: [
      m('fruehe_foerderung', 'Spielgruppe mit Deutschförderung', 'laufend', '2024-10-07', '2025-07-04', {
        actualStart: '2024-10-07',
        pensumPercent: 20,
      }),
    ],
  },
  {
    id: 'c07',
    first: 'Samir',
    last: 'Haddad',
    sex: '1',
    birth: '1990-02-14',
    country: 'SY',
    canton: 'ZH',
    status: 'FL',
    entry: '2024-01-11',
    asylum: '2024-01-12',
    decision: '2024-08-30',
    worker: 0,
    phase: 'potenzialabklaerung',
    lastActivity: '2026-11-18T13:00:00Z',
    measures: [
      m('sprachkurs', 'Deutsch A2 intensiv', 'angemeldet', '2026-12-01', '2027-05-28', {
        provider: prov('prov-sprachwerk'),
        offerId: 'off-a2-intensiv',
      }),
    ],
  },
  {
    id: 'c08',
    first: 'Senait',
    last: 'Gebremedhin',
    sex: '2',
    birth: '1999-08-21',
    country: 'ER',
    canton: 'GE',
    status: 'VA',
    entry: '2019-05-06',
    asylum: '2019-05-07',
    decision: '2019-12-16',
    change: { status: 'VA-FL', validFrom: '2022-03-01' },
    worker: 1,
    phase: 'abschluss',
    lastActivity: '2026-01-30T09:00:00Z',
    goals: [
      {
        domain: 'arbeit',
        iasGoal: 4,
        text: 'Emploi fixe dans la restauration',
        status: 'erreicht',
        degreeAchieved: 100,
      },
    ],
    measures: [
      m(
        'integrationsvorlehre',
        'Préapprentissage d’intégration',
        'abgeschlossen',
        '2020-08-17',
        '2021-07-02',
        {
          outcome: 'erreicht',
          actualStart: '2020-08-17',
          actualEnd: '2021-07-02',
          provider: prov('prov-ecole'),
          offerId: 'off-pai',
        },
      ),
      m('job_coaching', 'Job-Coaching', 'abgeschlossen', '2022-01-10', '2022-12-16', {
        outcome: 'erreicht',
        actualStart: '2022-01-10',
        actualEnd: '2022-12-16',
      }),
    ],
  },
  {
    id: 'c09',
    first: 'Thusyanthan',
    last: 'Sivakumar',
    sex: '1',
    birth: '1985-12-01',
    country: 'LK',
    canton: 'BE',
    status: 'VA',
    entry: '2020-11-23',
    asylum: '2020-11-24',
    decision: '2021-06-01',
    change: { status: 'FL', validFrom: '2023-09-15' },
    worker: 2,
    phase: 'arbeit',
    lastActivity: '2026-07-15T10:00:00Z',
    measures: [
      m('job_coaching', 'Job-Coaching Gastronomie', 'laufend', '2025-03-03', '2026-03-02', {
        actualStart: '2025-03-03',
      }),
    ],
    reviews: [{ date: '2025-09-01', summary: 'Teilzeitstelle in Aussicht.', nextDate: '2026-03-01' }],
  },
  {
    // Her assessment history comes from the SEM template samples (schemas/samples/samira-haidari.json).
    id: 'c10',
    first: 'Samira',
    last: 'Haidari',
    sex: '2',
    birth: '1994-03',
    country: 'AF',
    canton: 'BE',
    status: 'FL',
    entry: '2022-09-14',
    asylum: '2022-09-15',
    decision: '2023-03-01',
    worker: 2,
    phase: 'potenzialabklaerung',
    lastActivity: '2026-10-05T15:00:00Z',
    snapshots: samira.snapshots,
    goals: [
      {
        domain: 'sprache',
        iasGoal: 1,
        text: 'Deutsch B1 (fide) bis Ende 2026',
        status: 'laufend',
        targetDate: '2026-12-31',
        degreeAchieved: 70,
      },
      {
        domain: 'arbeit',
        iasGoal: 4,
        text: 'Anstellung in der Pflege (Assistenz)',
        status: 'offen',
        targetDate: '2028-06-30',
      },
    ],
    measures: [
      m('sprachkurs', 'Deutsch A2 intensiv', 'abgeschlossen', '2023-04-03', '2023-12-15', {
        outcome: 'erreicht',
        actualStart: '2023-04-03',
        actualEnd: '2023-12-15',
        provider: prov('prov-sprachwerk'),
        offerId: 'off-a2-intensiv',
      }),
      m('praxisassessment', 'Praxisassessment Werkstatt', 'abgeschlossen', '2024-04-15', '2024-05-10', {
        outcome: 'erreicht',
        actualStart: '2024-04-15',
        actualEnd: '2024-05-10',
        provider: prov('prov-werkstatt'),
        offerId: 'off-praxis',
      }),
      m('qualifizierungsprogramm', 'Lehrgang Pflegehelferin SRK', 'angemeldet', '2026-12-07', '2027-06-25', {
        pensumPercent: 60,
        cost: { amountChf: 2600, tariffType: 'fallpauschale', financing: 'integrationspauschale' },
      }),
    ],
    reviews: [
      {
        date: '2025-01-20',
        summary: 'Kompetenzerfassung zeigt Pflege-Erfahrung; Lehrgang SRK geplant.',
        nextDate: '2025-07-20',
      },
    ],
  },
  {
    id: 'c11',
    first: 'Daniel',
    last: 'Tekle',
    sex: '1',
    birth: '2009-01-15',
    country: 'ER',
    canton: 'AG',
    status: 'VA',
    entry: '2025-09-29',
    asylum: '2025-09-30',
    worker: 2,
    phase: 'erstinformation',
    lastActivity: '2026-11-02T09:00:00Z',
  },
  {
    id: 'c12',
    first: 'Zahra',
    last: 'Mohammadi',
    sex: '2',
    birth: '2002-06-18',
    country: 'AF',
    canton: 'ZH',
    status: 'VA',
    entry: '2022-03-28',
    asylum: '2022-03-29',
    decision: '2022-11-07',
    worker: 0,
    phase: 'bildung',
    lastActivity: '2026-04-14T10:00:00Z',
    measures: [
      m('sprachkurs', 'Deutsch B1', 'abgeschlossen', '2023-01-09', '2023-12-15', {
        actualStart: '2023-01-09',
        actualEnd: '2023-12-15',
      }),
    ],
  },
  {
    id: 'c13',
    first: 'Kidane',
    last: 'Berhe',
    sex: '1',
    birth: '1996',
    country: 'ER',
    canton: 'VD',
    status: 'FL',
    entry: '2018-04-16',
    asylum: '2018-04-17',
    decision: '2018-12-20',
    worker: 1,
    phase: 'abschluss',
    lastActivity: '2024-02-01T09:00:00Z',
    goals: [{ domain: 'arbeit', iasGoal: 4, text: 'Emploi de chauffeur-livreur', status: 'erreicht' }],
  },
  {
    id: 'c14',
    first: 'Amal',
    last: 'Jaber',
    sex: '2',
    birth: '1993-09-09',
    country: 'IQ',
    canton: 'BE',
    status: 'VA-FL',
    entry: '2021-08-09',
    asylum: '2021-08-10',
    decision: '2022-05-02',
    worker: 2,
    phase: 'arbeit',
    lastActivity: '2026-11-21T08:00:00Z',
    measures: [
      m('praktikum', 'Praktikum Detailhandel', 'abgeschlossen', '2025-01-06', '2025-06-27', {
        actualStart: '2025-01-06',
        actualEnd: '2025-06-27',
      }),
      m('job_coaching', 'Job-Coaching', 'geplant', '2026-12-07', '2027-06-04', {
        provider: prov('prov-coaching'),
        offerId: 'off-coach',
      }),
    ],
  },
  {
    id: 'c15',
    first: 'Hamid',
    last: 'Noori',
    sex: '1',
    birth: '2004-02-29',
    country: 'AF',
    canton: 'LU',
    status: 'VA',
    entry: '2020-02-29',
    asylum: '2020-03-02',
    decision: '2020-10-12',
    worker: 3,
    phase: 'bildung',
    lastActivity: '2026-08-19T12:00:00Z',
    measures: [
      m('integrationsvorlehre', 'Integrationsvorlehre Bau', 'laufend', '2025-08-11', '2026-07-10', {
        actualStart: '2025-08-11',
        pensumPercent: 100,
      }),
    ],
  },
  {
    id: 'c16',
    first: 'Fatuma',
    last: 'Abdi',
    sex: '2',
    birth: '1998-10-10',
    country: 'SO',
    canton: 'GE',
    status: 'VA',
    entry: '2024-11-04',
    asylum: '2024-11-05',
    decision: '2025-05-20',
    worker: 1,
    phase: 'potenzialabklaerung',
    lastActivity: '2026-11-19T10:30:00Z',
    assessment: {
      date: '2025-11-03',
      status: 'final',
      data: { schoolingYears: 5, alphabetised: true, track: 'arbeitsmarkt' },
    },
  },
  {
    id: 'c17',
    first: 'Mehmet',
    last: 'Demir',
    sex: '1',
    birth: '1968-05-05',
    country: 'TR',
    canton: 'SG',
    status: 'FL',
    entry: '2022-12-01',
    asylum: '2022-12-02',
    decision: '2023-06-19',
    worker: 0,
    phase: 'soziale_integration',
    lastActivity: '2026-02-02T09:00:00Z',
    measures: [
      m('gesundheit', 'Abklärung Arbeitsfähigkeit', 'abgeschlossen', '2023-09-01', '2023-11-30', {
        actualStart: '2023-09-01',
        actualEnd: '2023-11-30',
      }),
    ],
  },
  {
    id: 'c18',
    first: 'Aster',
    last: 'Woldu',
    sex: '2',
    birth: '2019-12-24',
    country: 'ER',
    canton: 'TI',
    status: 'VA',
    entry: '2023-03-13',
    asylum: '2023-03-14',
    decision: '2023-09-25',
    worker: 3,
    phase: 'fruehe_kindheit',
    lastActivity: '2026-10-10T10:00:00Z',
  },
  {
    id: 'c19',
    first: 'Omid',
    last: 'Sadeghi',
    sex: '1',
    birth: '2001-07-07',
    country: 'IR',
    canton: 'AG',
    status: 'FL',
    entry: '2025-04-22',
    asylum: '2025-04-23',
    decision: '2025-12-01',
    worker: 2,
    phase: 'integrationsplanung',
    lastActivity: '2026-11-22T16:00:00Z',
    goals: [
      {
        domain: 'sprache',
        iasGoal: 1,
        text: 'Deutsch A2 bis Ende 2027',
        status: 'offen',
        targetDate: '2027-12-31',
      },
    ],
    measures: [
      m('sprachkurs', 'Deutsch A1 Abendkurs', 'geplant', '2026-12-02', '2027-06-30', {
        provider: prov('prov-sprachwerk'),
        offerId: 'off-a1-abend',
      }),
    ],
  },
  {
    id: 'c20',
    first: 'Nazanin',
    last: 'Ahmadi',
    sex: '2',
    birth: '1988-01-20',
    country: 'AF',
    canton: 'ZH',
    status: 'VA',
    entry: '2020-06-15',
    asylum: '2020-06-16',
    decision: '2021-02-08',
    worker: 0,
    phase: 'arbeit',
    lastActivity: '2026-11-12T09:00:00Z',
    goals: [
      { domain: 'sprache', iasGoal: 1, text: 'Deutsch A2', status: 'erreicht' },
      {
        domain: 'arbeit',
        iasGoal: 4,
        text: 'Stelle in der Reinigung, 60 %',
        status: 'laufend',
        degreeAchieved: 40,
      },
    ],
    measures: [
      m('sprachkurs', 'Deutsch A1', 'abgeschlossen', '2021-03-01', '2021-12-17', {
        outcome: 'erreicht',
        actualStart: '2021-03-01',
        actualEnd: '2021-12-17',
      }),
      m('sprachkurs', 'Deutsch A2', 'abgeschlossen', '2022-02-07', '2022-12-16', {
        outcome: 'erreicht',
        actualStart: '2022-02-07',
        actualEnd: '2022-12-16',
      }),
      m('praktikum', 'Praktikum Reinigung Spital', 'abgeschlossen', '2024-03-04', '2024-08-30', {
        actualStart: '2024-03-04',
        actualEnd: '2024-08-30',
      }),
      m('job_coaching', 'Job-Coaching', 'laufend', '2026-01-12', '2026-12-18', { actualStart: '2026-01-12' }),
    ],
    reviews: [
      { date: '2024-09-10', summary: 'Praktikum abgeschlossen, Zeugnis gut.', nextDate: '2025-03-10' },
      { date: '2025-12-01', summary: 'Job-Coaching vereinbart.', nextDate: '2026-06-01' },
    ],
  },
];

function toCase(s: Spec): Case {
  const worker = SAMPLE_WORKERS[s.worker]!;
  const plan: IntegrationPlan | undefined =
    s.goals || s.measures
      ? {
          id: `plan-${s.id}`,
          personId: `p-${s.id}`,
          version: 1,
          status: s.phase === 'abschluss' ? 'abgeschlossen' : 'aktiv',
          validFrom: s.decision ?? s.entry,
          caseManager: worker,
          nextReview: s.reviews?.at(-1)?.nextDate,
          goals: (s.goals ?? []).map((g, i) => ({ ...g, id: `g-${s.id}-${i + 1}` })),
          measures: (s.measures ?? []).map((x, i) => ({ ...x, id: `m-${s.id}-${i + 1}` })),
          reviews: (s.reviews ?? []).map((r, i) => ({
            id: `r-${s.id}-${i + 1}`,
            date: r.date,
            participants: [worker, { id: `p-${s.id}`, name: `${s.first} ${s.last}` }],
            summary: r.summary,
            nextDate: r.nextDate,
          })),
        }
      : undefined;
  const assessments: AssessmentSnapshot[] = s.snapshots
    ? structuredClone(s.snapshots)
    : s.assessment
      ? [
          {
            id: `a-${s.id}-1`,
            templateId: 'https://ias-kit.ch/schemas/forms/sem-kurzassessment',
            templateVersion: '1.1.0',
            date: s.assessment.date,
            assessor: worker,
            status: s.assessment.status,
            data: s.assessment.data,
          },
        ]
      : [];
  return {
    id: s.id,
    person: {
      id: `p-${s.id}`,
      localPersonId: { personIdCategory: 'CT.XX.DEMO', personId: s.id },
      officialName: s.last,
      firstName: s.first,
      sex: s.sex,
      dateOfBirth: s.birth,
      nationality: { nationalityStatus: '2', country: { countryIdISO2: s.country } },
    },
    canton: s.canton,
    entryDate: s.entry,
    asylumApplicationDate: s.asylum,
    ...(s.decision ? { decisionDate: s.decision } : {}),
    statusHistory: [{ status: s.status, validFrom: s.decision ?? s.entry }, ...(s.change ? [s.change] : [])],
    phase: s.phase,
    assessments,
    ...(plan ? { plan: stripUndefined(plan) } : {}),
    tasks: [],
    lastActivity: s.lastActivity,
    responsibleWorker: worker,
  };
}

function stripUndefined<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** The twenty invented cases. */
export const SAMPLE_CASES: readonly Case[] = SPECS.map(toCase);

/** `count` invented cases for a worker's cockpit: the twenty, repeated with new ids and shifted dates. */
export function manyCases(count: number): Case[] {
  return Array.from({ length: count }, (_, i) => {
    const base = SAMPLE_CASES[i % SAMPLE_CASES.length]!;
    const round = Math.floor(i / SAMPLE_CASES.length);
    if (round === 0) return base;
    const id = `${base.id}-${round}`;
    return {
      ...base,
      id,
      person: {
        ...base.person,
        id: `p-${id}`,
        localPersonId: { personIdCategory: 'CT.XX.DEMO', personId: id },
      },
    };
  });
}
