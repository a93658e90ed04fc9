import type { Catalogs } from '@ias-kit/ui';

export type IndicatorsKey =
  | 'heading'
  | 'referenceDate'
  | 'goalWindow'
  | 'period'
  | 'goals'
  | 'kennzahlen'
  | 'group'
  | 'all'
  | 'numerator'
  | 'denominator'
  | 'rate'
  | 'excluded'
  | 'chartLabel'
  | 'showPersons'
  | 'noData'
  | 'unknown'
  | 'definitions'
  | 'parameters'
  | 'drilldown'
  | 'closeDrilldown';

export const indicatorsMessages: Catalogs<IndicatorsKey> = {
  de: {
    heading: 'IAS-Kennzahlen',
    referenceDate: 'Stichtag {date}',
    goalWindow: 'Ziele gemessen bis {to}',
    period: 'Kennzahlen {from}–{to}',
    goals: 'Wirkungsziele (nach Einreisekohorte)',
    kennzahlen: 'Kantonale Kennzahlen',
    group: 'Gruppe',
    all: 'Alle',
    numerator: 'Erreicht',
    denominator: 'Zielgruppe',
    rate: 'Anteil',
    excluded: 'Ausgeschlossen',
    chartLabel: '{label}: Anteil je Gruppe',
    showPersons: '{count} Personen anzeigen: {what}',
    noData: 'Keine Daten',
    unknown: 'unbekannt',
    definitions: 'Definitionen: siehe Bericht (Standardwerte dokumentiert)',
    parameters: 'Parameter',
    drilldown: '{what}: {count} Personen (IDs)',
    closeDrilldown: 'Liste schliessen',
  },
  fr: {
    heading: 'Indicateurs AIS',
    referenceDate: 'Date de référence {date}',
    goalWindow: 'Objectifs mesurés jusqu’au {to}',
    period: 'Indicateurs {from}–{to}',
    goals: 'Objectifs (par cohorte d’entrée)',
    kennzahlen: 'Indicateurs cantonaux',
    group: 'Groupe',
    all: 'Tous',
    numerator: 'Atteint',
    denominator: 'Groupe cible',
    rate: 'Part',
    excluded: 'Exclus',
    chartLabel: '{label} : part par groupe',
    showPersons: 'Afficher {count} personnes : {what}',
    noData: 'Aucune donnée',
    unknown: 'inconnu',
    definitions: 'Définitions : voir le rapport (valeurs par défaut documentées)',
    parameters: 'Paramètres',
    drilldown: '{what} : {count} personnes (ID)',
    closeDrilldown: 'Fermer la liste',
  },
  it: {
    heading: 'Indicatori AIS',
    referenceDate: 'Data di riferimento {date}',
    goalWindow: 'Obiettivi misurati fino al {to}',
    period: 'Indicatori {from}–{to}',
    goals: 'Obiettivi (per coorte d’entrata)',
    kennzahlen: 'Indicatori cantonali',
    group: 'Gruppo',
    all: 'Tutti',
    numerator: 'Raggiunto',
    denominator: 'Gruppo target',
    rate: 'Quota',
    excluded: 'Esclusi',
    chartLabel: '{label}: quota per gruppo',
    showPersons: 'Mostra {count} persone: {what}',
    noData: 'Nessun dato',
    unknown: 'sconosciuto',
    definitions: 'Definizioni: vedi il rapporto (valori predefiniti documentati)',
    parameters: 'Parametri',
    drilldown: '{what}: {count} persone (ID)',
    closeDrilldown: 'Chiudi l’elenco',
  },
  en: {
    heading: 'IAS indicators',
    referenceDate: 'Reference date {date}',
    goalWindow: 'Goals measured up to {to}',
    period: 'Kennzahlen {from}–{to}',
    goals: 'Impact goals (by entry cohort)',
    kennzahlen: 'Cantonal Kennzahlen',
    group: 'Group',
    all: 'All',
    numerator: 'Reached',
    denominator: 'Target group',
    rate: 'Share',
    excluded: 'Excluded',
    chartLabel: '{label}: share per group',
    showPersons: 'Show {count} persons: {what}',
    noData: 'No data',
    unknown: 'unknown',
    definitions: 'Definitions: see the report (defaults documented)',
    parameters: 'Parameters',
    drilldown: '{what}: {count} persons (ids)',
    closeDrilldown: 'Close the list',
  },
};
