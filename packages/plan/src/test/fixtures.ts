/**
 * Invented providers and plans for tests and stories. Every person, office and provider here is
 * fictitious; UIDs use made-up numbers.
 */
import type { Case, Provider } from '@ias-kit/core';
import type { PlanValue } from '../integration-plan/integration-plan.types.js';

export const TODAY = '2026-03-02';
export const NOW = '2026-03-02T09:30:00+01:00';
export const USER = { id: 'cm-lea', name: 'Lea Muster' } as const;

export const PROVIDERS: Provider[] = [
  {
    id: 'prov-sprachwerk',
    name: 'Sprachwerk Beispiel GmbH',
    uid: 'CHE-111.222.333',
    accredited: true,
    canton: 'AG',
    offers: [
      {
        id: 'off-a1',
        title: 'Deutsch A1 Abendkurs',
        measureType: 'sprachkurs',
        capacity: 12,
        freePlaces: 3,
        tariffType: 'pro_stunde',
        priceChf: 18,
      },
      {
        id: 'off-a2',
        title: 'Deutsch A2 Intensiv',
        measureType: 'sprachkurs',
        capacity: 10,
        freePlaces: 0,
        tariffType: 'monatspauschale',
        priceChf: 640,
      },
    ],
  },
  {
    id: 'prov-werkstatt',
    name: 'Werkstatt Muster AG',
    uid: 'CHE-444.555.666',
    accredited: true,
    offers: [
      {
        id: 'off-logistik',
        title: 'Praktikum Logistik',
        measureType: 'praktikum',
        capacity: 6,
        freePlaces: 2,
      },
      { id: 'off-coaching', title: 'Job-Coaching', measureType: 'job_coaching', capacity: 20, freePlaces: 5 },
    ],
  },
  {
    id: 'prov-lernort',
    name: 'Lernort Fiktiv (Verein)',
    accredited: false,
    offers: [
      {
        id: 'off-alpha',
        title: 'Alphabetisierung',
        measureType: 'alphabetisierung',
        capacity: 8,
        freePlaces: 8,
      },
      {
        id: 'off-bruecke',
        title: 'Brückenangebot Integration',
        measureType: 'brueckenangebot',
        capacity: 15,
        freePlaces: 1,
      },
    ],
  },
];

/** An empty draft, as a host creates it for a new person. */
export const emptyPlan = (): PlanValue => ({
  id: 'plan-new',
  personId: 'p-new',
  version: 1,
  status: 'entwurf',
  validFrom: TODAY,
  caseManager: { ...USER },
  goals: [],
  measures: [],
  reviews: [],
});

/** A typical plan of an adult recognised refugee (B), one year after entry, with an unknown host property. */
export const planB = (): PlanValue =>
  ({
    id: 'plan-amina',
    personId: 'p-amina-beispiel',
    version: 2,
    status: 'aktiv',
    validFrom: '2025-09-01',
    validTo: '2026-08-31',
    caseManager: { ...USER, organisationId: 'sd-musterdorf' },
    participants: [
      { id: 'off-rav', name: 'RAV Musterdorf' },
      { id: 'off-fsi', name: 'Fachstelle Integration Beispielkanton' },
    ],
    nextReview: '2026-04-15',
    goals: [
      {
        id: 'goal-1',
        domain: 'sprache',
        iasGoal: 1,
        text: 'Deutsch A2 mündlich bis Ende August 2026',
        indicator: 'fide-Test A2',
        targetDate: '2026-08-31',
        status: 'laufend',
        degreeAchieved: 50,
      },
      {
        id: 'goal-2',
        domain: 'arbeit',
        iasGoal: 4,
        text: 'Festanstellung in der Logistik',
        status: 'offen',
        documents: [{ id: 'doc-cv', title: 'Lebenslauf', mediaType: 'application/pdf', date: '2025-10-02' }],
      },
    ],
    measures: [
      {
        id: 'measure-1',
        type: 'sprachkurs',
        title: 'Deutsch A1 Abendkurs',
        goalIds: ['goal-1'],
        provider: {
          providerId: 'prov-sprachwerk',
          name: 'Sprachwerk Beispiel GmbH',
          uid: 'CHE-111.222.333',
          accredited: true,
        },
        offerId: 'off-a1',
        plannedStart: '2025-09-08',
        plannedEnd: '2026-01-30',
        actualStart: '2025-09-08',
        actualEnd: '2026-01-30',
        pensumPercent: 20,
        cost: { amountChf: 1800, tariffType: 'pro_stunde', financing: 'integrationspauschale' },
        status: 'abgeschlossen',
        outcome: 'erreicht',
        certificate: true,
        clientPerception: 'Der Kurs am Abend passt gut zur Kinderbetreuung.',
      },
      {
        id: 'measure-2',
        type: 'praktikum',
        title: 'Praktikum Logistik',
        goalIds: ['goal-2'],
        provider: { providerId: 'prov-werkstatt', name: 'Werkstatt Muster AG', accredited: true },
        offerId: 'off-logistik',
        plannedStart: '2026-02-02',
        plannedEnd: '2026-07-31',
        actualStart: '2026-02-02',
        pensumPercent: 60,
        cost: { amountChf: 900, tariffType: 'monatspauschale', financing: 'integrationspauschale' },
        status: 'laufend',
        notes: 'Zuverlässig, pünktlich; Staplerkurs prüfen.',
        'x-kanton-fallnummer': 'AG-2026-0042',
      },
      {
        id: 'measure-3',
        type: 'sprachkurs',
        title: 'Deutsch A2 Intensiv',
        goalIds: ['goal-1'],
        provider: { providerId: 'prov-sprachwerk', name: 'Sprachwerk Beispiel GmbH', accredited: true },
        offerId: 'off-a2',
        plannedStart: '2026-04-01',
        plannedEnd: '2026-08-28',
        pensumPercent: 20,
        status: 'geplant',
      },
    ],
    reviews: [
      {
        id: 'review-1',
        date: '2025-12-10',
        participants: [
          { id: 'cm-lea', name: 'Lea Muster' },
          { id: 'p-amina-beispiel', name: 'Amina Beispiel' },
        ],
        summary: 'Kurs läuft gut; Praktikum ab Februar vereinbart.',
        decisions: ['Praktikum Logistik ab 2.2.2026', 'A2-Kurs anmelden'],
        nextDate: '2026-04-15',
      },
    ],
    consent: {
      signedOn: '2025-09-01',
      language: 'ti',
      interpreter: true,
      rightsAndDutiesConfirmed: true,
      dataSharing: [
        { recipient: 'RAV Musterdorf', scope: 'Stellensuche, Praktika', consentedOn: '2025-09-01' },
        {
          recipient: 'Sprachwerk Beispiel GmbH',
          scope: 'Kursbesuch und Testergebnisse',
          consentedOn: '2025-09-01',
          validUntil: '2026-08-31',
        },
      ],
    },
    changeLog: [
      {
        who: { ...USER },
        when: '2025-09-01T10:00:00+02:00',
        op: 'replace',
        pointer: '/status',
        old: 'entwurf',
        new: 'aktiv',
      },
    ],
    'x-host': { system: 'Beispiel-Fallsystem', revision: 17 },
  }) as PlanValue;

/** A provisionally admitted young person (F): a cancelled measure, a registered bridging course, two reviews. */
export const planF = (): PlanValue =>
  ({
    id: 'plan-samir',
    personId: 'p-samir-fiktiv',
    version: 1,
    status: 'aktiv',
    validFrom: '2025-03-01',
    caseManager: { id: 'cm-marco', name: 'Marco Beispiel' },
    participants: [{ id: 'off-bb', name: 'Berufsberatung Beispielstadt' }],
    nextReview: '2026-03-20',
    goals: [
      {
        id: 'goal-1',
        domain: 'bildung',
        iasGoal: 3,
        text: 'Eintritt in eine berufliche Grundbildung (EBA) im August 2027',
        indicator: 'Lehrvertrag unterschrieben',
        targetDate: '2027-08-15',
        status: 'laufend',
        degreeAchieved: 30,
      },
      {
        id: 'goal-2',
        domain: 'soziale_integration',
        iasGoal: 5,
        text: 'Mitglied in einem Sportverein',
        status: 'erreicht',
      },
    ],
    measures: [
      {
        id: 'measure-1',
        type: 'alphabetisierung',
        title: 'Alphabetisierung Lateinschrift',
        provider: { providerId: 'prov-lernort', name: 'Lernort Fiktiv (Verein)', accredited: false },
        offerId: 'off-alpha',
        plannedStart: '2025-03-10',
        plannedEnd: '2025-09-30',
        actualStart: '2025-03-10',
        actualEnd: '2025-05-16',
        pensumPercent: 40,
        cost: { amountChf: 1200, tariffType: 'fallpauschale', financing: 'integrationspauschale' },
        status: 'abgebrochen',
        outcome: 'nicht_erreicht',
        outcomeReason: 'Umzug in eine andere Gemeinde; Kurs dort fortgesetzt.',
        clientPerception: 'Wollte lieber mit Gleichaltrigen lernen.',
      },
      {
        id: 'measure-2',
        type: 'brueckenangebot',
        title: 'Brückenangebot Integration',
        goalIds: ['goal-1'],
        provider: { providerId: 'prov-lernort', name: 'Lernort Fiktiv (Verein)', accredited: false },
        offerId: 'off-bruecke',
        plannedStart: '2026-08-17',
        plannedEnd: '2027-07-02',
        pensumPercent: 100,
        cost: { amountChf: 14000, tariffType: 'fallpauschale', financing: 'integrationspauschale' },
        status: 'angemeldet',
      },
      {
        id: 'measure-3',
        type: 'freiwilligenarbeit',
        title: 'Trainingshilfe Fussballclub',
        provider: { providerId: 'prov-verschwunden', name: 'FC Irgendwo' },
        plannedStart: '2025-10-01',
        status: 'laufend',
        actualStart: '2025-10-01',
      },
    ],
    reviews: [
      {
        id: 'review-1',
        date: '2025-06-12',
        participants: [{ id: 'cm-marco', name: 'Marco Beispiel' }],
        summary: 'Alphabetisierung nach Umzug abgebrochen; neuer Kurs am Wohnort.',
        decisions: ['Kurs am neuen Wohnort suchen'],
        nextDate: '2025-10-15',
      },
      {
        id: 'review-2',
        date: '2025-10-20',
        participants: [
          { id: 'cm-marco', name: 'Marco Beispiel' },
          { id: 'off-bb', name: 'Berufsberatung Beispielstadt' },
        ],
        summary: 'Grosse Fortschritte; Brückenangebot ab Sommer 2026.',
        decisions: ['Anmeldung Brückenangebot'],
        nextDate: '2026-03-20',
      },
    ],
  }) as PlanValue;

/** The invented case of the B plan (for the time strip): recognised refugee, entry 2024-11-04. */
export const caseB = (): Case => ({
  id: 'case-amina',
  person: {
    id: 'p-amina-beispiel',
    localPersonId: { personIdCategory: 'CT.AG.TEST', personId: 'amina' },
    officialName: 'Beispiel',
    firstName: 'Amina',
    sex: '2',
    dateOfBirth: '1993-04',
  },
  entryDate: '2024-11-04',
  asylumApplicationDate: '2024-11-06',
  decisionDate: '2025-06-20',
  statusHistory: [{ status: 'FL', validFrom: '2025-06-20' }],
  assessments: [],
  tasks: [],
});

/** The invented case of the F plan: provisionally admitted, 17 at entry (2024-09-16). */
export const caseF = (): Case => ({
  id: 'case-samir',
  person: {
    id: 'p-samir-fiktiv',
    localPersonId: { personIdCategory: 'CT.AG.TEST', personId: 'samir' },
    officialName: 'Fiktiv',
    firstName: 'Samir',
    sex: '1',
    dateOfBirth: '2007-02-11',
  },
  entryDate: '2024-09-16',
  asylumApplicationDate: '2024-09-17',
  statusHistory: [{ status: 'VA', validFrom: '2025-02-03' }],
  assessments: [],
  tasks: [],
});
