/**
 * The invented people every sample generator of core draws from (tests, stories, benchmarks): names
 * that are obviously fictitious and the case workers of the samples. Not exported from the package.
 */
import type { ActorRef } from '../model/common.js';

export const SAMPLE_FIRST_NAMES = [
  'Amina',
  'Yonas',
  'Layla',
  'Dawit',
  'Sahar',
  'Tesfay',
  'Nour',
  'Omid',
  'Rahel',
  'Karim',
  'Selam',
  'Farid',
] as const;
export const SAMPLE_LAST_NAMES = [
  'Beispiel',
  'Muster',
  'Exemple',
  'Esempio',
  'Tester',
  'Probst',
  'Modèle',
  'Fittizio',
] as const;

/** Invented case workers. */
export const SAMPLE_WORKERS: readonly ActorRef[] = [
  { id: 'w-anna', name: 'Anna Fiktiv' },
  { id: 'w-luca', name: 'Luca Erfunden' },
  { id: 'w-chloe', name: 'Chloé Inventée' },
  { id: 'w-marco', name: 'Marco Immaginario' },
];
