import type { GoalDomain, Locale } from '@ias-kit/core';

/** Catalogue keys of the goal domains (`GOAL_DOMAINS` of @ias-kit/core). */
export type GoalDomainKey = `domain.${GoalDomain}`;

/**
 * The goal domains in de/fr/it/en, written once for every element that shows them (plan editor, timeline):
 * an element spreads them into its own catalogue.
 */
export const goalDomainLabels: Record<Locale, Record<GoalDomainKey, string>> = {
  de: {
    'domain.sprache': 'Sprache',
    'domain.bildung': 'Bildung',
    'domain.arbeit': 'Arbeit',
    'domain.soziale_integration': 'Soziale Integration',
    'domain.gesundheit': 'Gesundheit',
    'domain.wohnen': 'Wohnen',
    'domain.familie_kinder': 'Familie und Kinder',
    'domain.finanzen': 'Finanzen',
  },
  fr: {
    'domain.sprache': 'Langue',
    'domain.bildung': 'Formation',
    'domain.arbeit': 'Travail',
    'domain.soziale_integration': 'Intégration sociale',
    'domain.gesundheit': 'Santé',
    'domain.wohnen': 'Logement',
    'domain.familie_kinder': 'Famille et enfants',
    'domain.finanzen': 'Finances',
  },
  it: {
    'domain.sprache': 'Lingua',
    'domain.bildung': 'Formazione',
    'domain.arbeit': 'Lavoro',
    'domain.soziale_integration': 'Integrazione sociale',
    'domain.gesundheit': 'Salute',
    'domain.wohnen': 'Alloggio',
    'domain.familie_kinder': 'Famiglia e figli',
    'domain.finanzen': 'Finanze',
  },
  en: {
    'domain.sprache': 'Language',
    'domain.bildung': 'Education',
    'domain.arbeit': 'Work',
    'domain.soziale_integration': 'Social integration',
    'domain.gesundheit': 'Health',
    'domain.wohnen': 'Housing',
    'domain.familie_kinder': 'Family and children',
    'domain.finanzen': 'Finances',
  },
};
