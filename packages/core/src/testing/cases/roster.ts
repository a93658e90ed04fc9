/** The invented reference date, case workers and providers of the twenty sample cases. */
import type { ActorRef, Provider } from '@ias-kit/core';

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
