import type { Catalogs } from '@ias-kit/ui';

export type FormKey =
  | 'required'
  | 'optional'
  | 'add'
  | 'addNamed'
  | 'remove'
  | 'moveUp'
  | 'moveDown'
  | 'item'
  | 'empty'
  | 'choose'
  | 'yes'
  | 'no'
  | 'unknown'
  | 'variant'
  | 'datePlaceholder'
  | 'dateHint'
  | 'errorCount'
  | 'schemaError'
  | 'schemaErrorAt'
  | 'invalidJson'
  | 'jsonHint'
  | 'submit'
  | 'removed'
  | 'readonlyHint'
  | 'missingEnter'
  | 'missingChoose'
  | 'errorPrefix'
  | 'date'
  | 'time'
  | 'entryName'
  | 'entryValue'
  | 'addEntry'
  | 'entryTaken'
  | 'entryNameInvalid'
  | 'roleMissing'
  | 'roleMissingAll';

export const formMessages: Catalogs<FormKey> = {
  de: {
    required: 'Pflichtfeld',
    optional: 'optional',
    add: 'Hinzufügen',
    addNamed: '{name} hinzufügen',
    remove: 'Entfernen',
    moveUp: 'Nach oben',
    moveDown: 'Nach unten',
    item: '{name} {n}',
    empty: 'Noch keine Einträge.',
    choose: '– bitte wählen –',
    yes: 'Ja',
    no: 'Nein',
    unknown: 'Unbekannt',
    variant: 'Variante',
    datePlaceholder: 'TT.MM.JJJJ',
    dateHint: 'Datum im Format TT.MM.JJJJ',
    errorCount: (p) =>
      p['n'] === 1
        ? '1 Angabe ist unvollständig oder ungültig.'
        : `${p['n']} Angaben sind unvollständig oder ungültig.`,
    schemaError: 'Das Formular kann nicht angezeigt werden, weil seine Vorlage (JSON Schema) fehlerhaft ist.',
    schemaErrorAt: 'Fehler bei {pointer}: {message}',
    invalidJson: 'Kein gültiges JSON – die Eingabe wurde noch nicht übernommen.',
    jsonHint: 'Dieser Wert wird als JSON bearbeitet.',
    submit: 'Speichern',
    removed: '{name} entfernt.',
    readonlyHint: 'schreibgeschützt',
    missingEnter: 'Geben Sie «{name}» an.',
    missingChoose: 'Wählen Sie «{name}».',
    errorPrefix: 'Fehler:',
    date: 'Datum',
    time: 'Uhrzeit',
    entryName: 'Name',
    entryValue: 'Wert',
    addEntry: 'Eintrag hinzufügen',
    entryTaken: 'Diesen Namen gibt es schon.',
    entryNameInvalid: 'Dieser Name ist hier nicht erlaubt.',
    roleMissing: (p) =>
      p['n'] === 1
        ? 'Keine Rolle gesetzt (user-role): 1 Abschnitt dieses Formulars ist nur für bestimmte Rollen sichtbar und wird nicht angezeigt.'
        : `Keine Rolle gesetzt (user-role): ${p['n']} Abschnitte dieses Formulars sind nur für bestimmte Rollen sichtbar und werden nicht angezeigt.`,
    roleMissingAll: 'Keine Rolle gesetzt (user-role): Dieses Formular ist nur für bestimmte Rollen sichtbar.',
  },
  fr: {
    required: 'Champ obligatoire',
    optional: 'facultatif',
    add: 'Ajouter',
    addNamed: 'Ajouter : {name}',
    remove: 'Supprimer',
    moveUp: 'Monter',
    moveDown: 'Descendre',
    item: '{name} {n}',
    empty: 'Aucune entrée pour l’instant.',
    choose: '– veuillez choisir –',
    yes: 'Oui',
    no: 'Non',
    unknown: 'Inconnu',
    variant: 'Variante',
    datePlaceholder: 'JJ.MM.AAAA',
    dateHint: 'Date au format JJ.MM.AAAA',
    errorCount: (p) =>
      p['n'] === 1
        ? '1 indication est incomplète ou invalide.'
        : `${p['n']} indications sont incomplètes ou invalides.`,
    schemaError: 'Le formulaire ne peut pas être affiché car son modèle (JSON Schema) contient une erreur.',
    schemaErrorAt: 'Erreur à {pointer} : {message}',
    invalidJson: 'JSON invalide – la saisie n’a pas encore été reprise.',
    jsonHint: 'Cette valeur est éditée en JSON.',
    submit: 'Enregistrer',
    removed: '{name} supprimé.',
    readonlyHint: 'lecture seule',
    missingEnter: 'Indiquez « {name} ».',
    missingChoose: 'Choisissez « {name} ».',
    errorPrefix: 'Erreur :',
    date: 'Date',
    time: 'Heure',
    entryName: 'Nom',
    entryValue: 'Valeur',
    addEntry: 'Ajouter une entrée',
    entryTaken: 'Ce nom existe déjà.',
    entryNameInvalid: 'Ce nom n’est pas autorisé ici.',
    roleMissing: (p) =>
      p['n'] === 1
        ? 'Aucun rôle défini (user-role) : 1 section de ce formulaire est réservée à certains rôles et n’est pas affichée.'
        : `Aucun rôle défini (user-role) : ${p['n']} sections de ce formulaire sont réservées à certains rôles et ne sont pas affichées.`,
    roleMissingAll: 'Aucun rôle défini (user-role) : ce formulaire est réservé à certains rôles.',
  },
  it: {
    required: 'Campo obbligatorio',
    optional: 'facoltativo',
    add: 'Aggiungi',
    addNamed: 'Aggiungi: {name}',
    remove: 'Rimuovi',
    moveUp: 'Sposta su',
    moveDown: 'Sposta giù',
    item: '{name} {n}',
    empty: 'Ancora nessuna voce.',
    choose: '– scegliere –',
    yes: 'Sì',
    no: 'No',
    unknown: 'Sconosciuto',
    variant: 'Variante',
    datePlaceholder: 'GG.MM.AAAA',
    dateHint: 'Data nel formato GG.MM.AAAA',
    errorCount: (p) =>
      p['n'] === 1
        ? '1 indicazione è incompleta o non valida.'
        : `${p['n']} indicazioni sono incomplete o non valide.`,
    schemaError:
      'Il modulo non può essere visualizzato perché il suo modello (JSON Schema) contiene un errore.',
    schemaErrorAt: 'Errore in {pointer}: {message}',
    invalidJson: 'JSON non valido – l’immissione non è ancora stata ripresa.',
    jsonHint: 'Questo valore viene modificato come JSON.',
    submit: 'Salva',
    removed: '{name} rimosso.',
    readonlyHint: 'sola lettura',
    missingEnter: 'Indicare «{name}».',
    missingChoose: 'Scegliere «{name}».',
    errorPrefix: 'Errore:',
    date: 'Data',
    time: 'Ora',
    entryName: 'Nome',
    entryValue: 'Valore',
    addEntry: 'Aggiungi voce',
    entryTaken: 'Questo nome esiste già.',
    entryNameInvalid: 'Questo nome non è ammesso qui.',
    roleMissing: (p) =>
      p['n'] === 1
        ? 'Nessun ruolo impostato (user-role): 1 sezione di questo modulo è riservata a determinati ruoli e non viene mostrata.'
        : `Nessun ruolo impostato (user-role): ${p['n']} sezioni di questo modulo sono riservate a determinati ruoli e non vengono mostrate.`,
    roleMissingAll: 'Nessun ruolo impostato (user-role): questo modulo è riservato a determinati ruoli.',
  },
  en: {
    required: 'Required',
    optional: 'optional',
    add: 'Add',
    addNamed: 'Add {name}',
    remove: 'Remove',
    moveUp: 'Move up',
    moveDown: 'Move down',
    item: '{name} {n}',
    empty: 'No entries yet.',
    choose: '– please choose –',
    yes: 'Yes',
    no: 'No',
    unknown: 'Unknown',
    variant: 'Variant',
    datePlaceholder: 'DD.MM.YYYY',
    dateHint: 'Date as DD.MM.YYYY',
    errorCount: (p) =>
      p['n'] === 1 ? '1 entry is incomplete or invalid.' : `${p['n']} entries are incomplete or invalid.`,
    schemaError: 'The form cannot be shown because its template (JSON Schema) has an error.',
    schemaErrorAt: 'Error at {pointer}: {message}',
    invalidJson: 'Not valid JSON – the input has not been taken over yet.',
    jsonHint: 'This value is edited as JSON.',
    submit: 'Save',
    removed: '{name} removed.',
    readonlyHint: 'read-only',
    missingEnter: 'Enter “{name}”.',
    missingChoose: 'Select “{name}”.',
    errorPrefix: 'Error:',
    date: 'Date',
    time: 'Time',
    entryName: 'Name',
    entryValue: 'Value',
    addEntry: 'Add entry',
    entryTaken: 'This name exists already.',
    entryNameInvalid: 'This name is not allowed here.',
    roleMissing: (p) =>
      p['n'] === 1
        ? 'No role set (user-role): 1 section of this form is for certain roles only and is not shown.'
        : `No role set (user-role): ${p['n']} sections of this form are for certain roles only and are not shown.`,
    roleMissingAll: 'No role set (user-role): this form is for certain roles only.',
  },
};
