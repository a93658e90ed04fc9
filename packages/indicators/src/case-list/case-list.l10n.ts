import type { Catalogs } from '@ias-kit/ui';

export type CaseListKey =
  | 'status.FL'
  | 'status.VA'
  | 'status.VA-FL'
  | 'heading'
  | 'search'
  | 'worker'
  | 'status'
  | 'ageGroup'
  | 'light'
  | 'all'
  | 'name'
  | 'years'
  | 'resources'
  | 'measures'
  | 'count'
  | 'export'
  | 'caseload'
  | 'persons'
  | 'critical'
  | 'warn'
  | 'ok'
  | 'unknown'
  | 'runningMeasures'
  | 'schooling'
  | 'notAlphabetised'
  | 'potentialYes'
  | 'potentialNo'
  | 'workExperience'
  | 'sortBy'
  | 'list'
  | 'filters'
  | 'reset'
  | 'hint'
  | 'ageShort'
  | 'yearsShort';

export const caseListMessages: Catalogs<CaseListKey> = {
  de: {
    heading: 'Klientinnen und Klienten',
    search: 'Suche',
    worker: 'Fallführung',
    status: 'Status',
    ageGroup: 'Alter bei Einreise',
    light: 'Ampel',
    all: 'Alle',
    name: 'Name',
    years: 'Jahre seit Einreise',
    resources: 'Ressourcen',
    measures: 'Laufende Massnahmen',
    count: '{shown} von {total} Personen',
    export: 'CSV exportieren',
    caseload: 'Fallbelastung je Fallführung',
    persons: 'Personen',
    critical: 'Handlungsbedarf',
    warn: 'Bald fällig',
    ok: 'Im Plan',
    'status.FL': 'Flüchtling (B)',
    'status.VA': 'Vorläufig aufgenommen (F)',
    'status.VA-FL': 'Vorl. aufg. Flüchtling (F)',
    unknown: 'unbekannt',
    runningMeasures: 'Laufende Massnahmen',
    schooling: 'Schule {years} J.',
    notAlphabetised: 'nicht alphabetisiert',
    potentialYes: 'Potenzial ja',
    potentialNo: 'Potenzial nein',
    workExperience: 'Arbeit {months} Mt.',
    sortBy: 'Sortieren nach {column}',
    list: 'Liste der Personen',
    filters: 'Filter',
    reset: 'Filter zurücksetzen',
    ageShort: 'Alter',
    yearsShort: 'Jahre in CH',
    hint: 'Tastatur: ↑ ↓ Person wählen, Pos1/Ende erste/letzte, Enter Fall öffnen',
  },
  fr: {
    heading: 'Clientes et clients',
    search: 'Recherche',
    worker: 'Gestionnaire',
    status: 'Statut',
    ageGroup: 'Âge à l’entrée',
    light: 'Feu',
    all: 'Tous',
    name: 'Nom',
    years: 'Années depuis l’entrée',
    resources: 'Ressources',
    measures: 'Mesures en cours',
    count: '{shown} sur {total} personnes',
    export: 'Exporter en CSV',
    caseload: 'Charge par gestionnaire',
    persons: 'Personnes',
    critical: 'Intervention requise',
    warn: 'Échéance proche',
    ok: 'Dans les temps',
    'status.FL': 'Réfugié·e (B)',
    'status.VA': 'Admis·e provisoire (F)',
    'status.VA-FL': 'Réfugié·e admis·e prov. (F)',
    unknown: 'inconnu',
    runningMeasures: 'Mesures en cours',
    schooling: 'École {years} ans',
    notAlphabetised: 'non alphabétisé',
    potentialYes: 'potentiel oui',
    potentialNo: 'potentiel non',
    workExperience: 'Travail {months} mois',
    sortBy: 'Trier par {column}',
    list: 'Liste des personnes',
    filters: 'Filtres',
    reset: 'Réinitialiser les filtres',
    ageShort: 'Âge',
    yearsShort: 'Années en CH',
    hint: 'Clavier : ↑ ↓ choisir la personne, Début/Fin première/dernière, Entrée ouvrir le dossier',
  },
  it: {
    heading: 'Clienti',
    search: 'Ricerca',
    worker: 'Gestore',
    status: 'Statuto',
    ageGroup: 'Età all’entrata',
    light: 'Semaforo',
    all: 'Tutti',
    name: 'Nome',
    years: 'Anni dall’entrata',
    resources: 'Risorse',
    measures: 'Misure in corso',
    count: '{shown} di {total} persone',
    export: 'Esporta CSV',
    caseload: 'Carico per gestore',
    persons: 'Persone',
    critical: 'Intervento necessario',
    warn: 'In scadenza',
    ok: 'Nei tempi',
    'status.FL': 'Rifugiato/a (B)',
    'status.VA': 'Ammesso/a provv. (F)',
    'status.VA-FL': 'Rifugiato/a ammesso/a provv. (F)',
    unknown: 'sconosciuto',
    runningMeasures: 'Misure in corso',
    schooling: 'Scuola {years} anni',
    notAlphabetised: 'non alfabetizzato',
    potentialYes: 'potenziale sì',
    potentialNo: 'potenziale no',
    workExperience: 'Lavoro {months} mesi',
    sortBy: 'Ordina per {column}',
    list: 'Elenco delle persone',
    filters: 'Filtri',
    reset: 'Reimposta filtri',
    ageShort: 'Età',
    yearsShort: 'Anni in CH',
    hint: 'Tastiera: ↑ ↓ scegliere la persona, Inizio/Fine prima/ultima, Invio aprire l’incarto',
  },
  en: {
    heading: 'Clients',
    search: 'Search',
    worker: 'Worker',
    status: 'Status',
    ageGroup: 'Age at entry',
    light: 'Light',
    all: 'All',
    name: 'Name',
    years: 'Years since entry',
    resources: 'Resources',
    measures: 'Running measures',
    count: '{shown} of {total} persons',
    export: 'Export CSV',
    caseload: 'Caseload per worker',
    persons: 'Persons',
    critical: 'Action needed',
    warn: 'Due soon',
    ok: 'On track',
    'status.FL': 'Refugee (B)',
    'status.VA': 'Provisionally admitted (F)',
    'status.VA-FL': 'Prov. admitted refugee (F)',
    unknown: 'unknown',
    runningMeasures: 'Running measures',
    schooling: 'School {years} y',
    notAlphabetised: 'not alphabetised',
    potentialYes: 'potential yes',
    potentialNo: 'potential no',
    workExperience: 'Work {months} mo',
    sortBy: 'Sort by {column}',
    list: 'List of persons',
    filters: 'Filters',
    reset: 'Reset filters',
    ageShort: 'Age',
    yearsShort: 'Years in CH',
    hint: 'Keyboard: ↑ ↓ pick a person, Home/End first/last, Enter open the case',
  },
};
