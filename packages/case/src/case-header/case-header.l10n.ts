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
  | 'noCase'
  | 'exit'
  | 'exitSince'
  | 'exitOpen'
  | 'exitLegend'
  | 'exitDate'
  | 'exitReason'
  | 'exitChoose'
  | 'exitCanton'
  | 'exitSave'
  | 'exitCancel'
  | 'exitErrors'
  | 'errDateMissing'
  | 'errDateInvalid'
  | 'errDateBeforeEntry'
  | 'errReason'
  | 'errCanton'
  | 'exitRecorded'
  | 'exitRefused';

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
    exit: 'Austritt',
    exitSince: '{reason}, ab {date}',
    exitOpen: 'Austritt erfassen',
    exitLegend: 'Austritt von {name} erfassen',
    exitDate: 'Austrittsdatum',
    exitReason: 'Grund',
    exitChoose: 'Bitte wählen',
    exitCanton: 'Neuer Kanton',
    exitSave: 'Austritt speichern',
    exitCancel: 'Abbrechen',
    exitErrors: 'Bitte korrigieren:',
    errDateMissing: 'Bitte das Austrittsdatum eingeben.',
    errDateInvalid: 'Bitte ein Datum als TT.MM.JJJJ eingeben.',
    errDateBeforeEntry: 'Das Austrittsdatum liegt vor der Einreise ({date}).',
    errReason: 'Bitte einen Grund wählen.',
    errCanton: 'Bitte den neuen Kanton wählen.',
    exitRecorded: 'Austritt erfasst: {reason}, ab {date}.',
    exitRefused: 'Der Austritt wurde nicht erfasst.',
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
    exit: 'Sortie',
    exitSince: '{reason}, dès le {date}',
    exitOpen: 'Saisir une sortie',
    exitLegend: 'Saisir la sortie de {name}',
    exitDate: 'Date de sortie',
    exitReason: 'Motif',
    exitChoose: 'Veuillez choisir',
    exitCanton: 'Nouveau canton',
    exitSave: 'Enregistrer la sortie',
    exitCancel: 'Annuler',
    exitErrors: 'Veuillez corriger :',
    errDateMissing: 'Veuillez saisir la date de sortie.',
    errDateInvalid: 'Veuillez saisir une date au format JJ.MM.AAAA.',
    errDateBeforeEntry: 'La date de sortie précède l’entrée ({date}).',
    errReason: 'Veuillez choisir un motif.',
    errCanton: 'Veuillez choisir le nouveau canton.',
    exitRecorded: 'Sortie enregistrée : {reason}, dès le {date}.',
    exitRefused: 'La sortie n’a pas été enregistrée.',
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
    exit: 'Uscita',
    exitSince: '{reason}, dal {date}',
    exitOpen: 'Registrare un’uscita',
    exitLegend: 'Registrare l’uscita di {name}',
    exitDate: 'Data di uscita',
    exitReason: 'Motivo',
    exitChoose: 'Scegliere',
    exitCanton: 'Nuovo cantone',
    exitSave: 'Salvare l’uscita',
    exitCancel: 'Annulla',
    exitErrors: 'Correggere:',
    errDateMissing: 'Inserire la data di uscita.',
    errDateInvalid: 'Inserire una data nel formato GG.MM.AAAA.',
    errDateBeforeEntry: 'La data di uscita precede l’entrata ({date}).',
    errReason: 'Scegliere un motivo.',
    errCanton: 'Scegliere il nuovo cantone.',
    exitRecorded: 'Uscita registrata: {reason}, dal {date}.',
    exitRefused: 'L’uscita non è stata registrata.',
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
    exit: 'Exit',
    exitSince: '{reason}, from {date}',
    exitOpen: 'Record exit',
    exitLegend: 'Record the exit of {name}',
    exitDate: 'Exit date',
    exitReason: 'Reason',
    exitChoose: 'Please choose',
    exitCanton: 'New canton',
    exitSave: 'Save exit',
    exitCancel: 'Cancel',
    exitErrors: 'Please correct:',
    errDateMissing: 'Enter the exit date.',
    errDateInvalid: 'Enter a date as DD.MM.YYYY.',
    errDateBeforeEntry: 'The exit date is before the entry ({date}).',
    errReason: 'Choose a reason.',
    errCanton: 'Choose the new canton.',
    exitRecorded: 'Exit recorded: {reason}, from {date}.',
    exitRefused: 'The exit was not recorded.',
  },
};
