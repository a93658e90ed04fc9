import type { Catalogs } from '@ias-kit/ui';

export type CaseHeaderKey =
  | 'label'
  | 'status'
  | 'entry'
  | 'born'
  | 'until'
  | 'worker'
  | 'number'
  | 'none'
  | 'status.FL'
  | 'status.VA'
  | 'status.VA-FL'
  | 'noCase';

export const caseHeaderMessages: Catalogs<CaseHeaderKey> = {
  de: {
    label: 'Fall von {name}',
    status: 'Status',
    entry: 'Einreise',
    born: 'Geburt',
    until: 'Zuständig bis',
    worker: 'Fallführung',
    number: 'Nr.',
    none: '–',
    'status.FL': 'Flüchtling (Ausweis B)',
    'status.VA': 'Vorläufig aufgenommen (Ausweis F)',
    'status.VA-FL': 'Vorläufig aufgenommener Flüchtling (Ausweis F)',
    noCase: 'Kein Fall geladen.',
  },
  fr: {
    label: 'Dossier de {name}',
    status: 'Statut',
    entry: 'Entrée',
    born: 'Naissance',
    until: 'Responsabilité jusqu’au',
    worker: 'Gestion du cas',
    number: 'N°',
    none: '–',
    'status.FL': 'Réfugié·e (permis B)',
    'status.VA': 'Admis·e à titre provisoire (permis F)',
    'status.VA-FL': 'Réfugié·e admis·e à titre provisoire (permis F)',
    noCase: 'Aucun dossier chargé.',
  },
  it: {
    label: 'Incarto di {name}',
    status: 'Statuto',
    entry: 'Entrata',
    born: 'Nascita',
    until: 'Competenza fino al',
    worker: 'Gestione del caso',
    number: 'N.',
    none: '–',
    'status.FL': 'Rifugiato/a (permesso B)',
    'status.VA': 'Ammesso/a provvisoriamente (permesso F)',
    'status.VA-FL': 'Rifugiato/a ammesso/a provvisoriamente (permesso F)',
    noCase: 'Nessun incarto caricato.',
  },
  en: {
    label: 'Case of {name}',
    status: 'Status',
    entry: 'Entry',
    born: 'Born',
    until: 'Responsible until',
    worker: 'Case worker',
    number: 'No.',
    none: '–',
    'status.FL': 'Refugee (B permit)',
    'status.VA': 'Provisionally admitted (F permit)',
    'status.VA-FL': 'Provisionally admitted refugee (F permit)',
    noCase: 'No case loaded.',
  },
};
