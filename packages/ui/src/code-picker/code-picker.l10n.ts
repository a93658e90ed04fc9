import type { Catalogs } from '../localize/localize-controller.js';

export type CodePickerKey = 'matches' | 'noMatch' | 'placeholderCountry' | 'placeholderLanguage';

export const codePickerMessages: Catalogs<CodePickerKey> = {
  de: {
    matches: (p) => (p['n'] === 1 ? '1 Treffer' : `${p['n']} Treffer`),
    noMatch: 'Keine Treffer',
    placeholderCountry: 'Land suchen',
    placeholderLanguage: 'Sprache suchen',
  },
  fr: {
    matches: (p) => (p['n'] === 1 ? '1 résultat' : `${p['n']} résultats`),
    noMatch: 'Aucun résultat',
    placeholderCountry: 'Chercher un pays',
    placeholderLanguage: 'Chercher une langue',
  },
  it: {
    matches: (p) => (p['n'] === 1 ? '1 risultato' : `${p['n']} risultati`),
    noMatch: 'Nessun risultato',
    placeholderCountry: 'Cercare un paese',
    placeholderLanguage: 'Cercare una lingua',
  },
  en: {
    matches: (p) => (p['n'] === 1 ? '1 match' : `${p['n']} matches`),
    noMatch: 'No matches',
    placeholderCountry: 'Search a country',
    placeholderLanguage: 'Search a language',
  },
};
