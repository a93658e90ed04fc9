import type { Catalogs } from '@ias-kit/ui';

export type AssessmentKey =
  | 'sections'
  | 'summary'
  | 'history'
  | 'progress'
  | 'sectionProgress'
  | 'draft'
  | 'final'
  | 'finalise'
  | 'finalised'
  | 'previous'
  | 'next'
  | 'noAccess'
  | 'loading'
  | 'templateError'
  | 'noAssessor'
  | 'person'
  | 'birthDate'
  | 'status'
  | 'entryDate'
  | 'date'
  | 'assessor'
  | 'template'
  | 'overlay'
  | 'yes'
  | 'no'
  | 'changesSince'
  | 'noChanges'
  | 'changedWithoutValues'
  | 'noPrevious'
  | 'field'
  | 'before'
  | 'after'
  | 'languagesOverTime'
  | 'monthsSinceEntry'
  | 'source'
  | 'listening'
  | 'reading'
  | 'speaking'
  | 'writing'
  | 'earlier'
  | 'instrument'
  | 'validity'
  | 'valid'
  | 'invalid'
  | 'checking'
  | 'profile'
  | 'recommendation'
  | 'schoolingYears'
  | 'workMonths'
  | 'competences'
  | 'value'
  | 'profileDesc'
  | 'noProfile'
  | 'signatures'
  | 'signAssessor'
  | 'signPerson'
  | 'signCaseManager'
  | 'placeDate'
  | 'signature'
  | 'reasons'
  | 'checkTitle'
  | 'checkIntro'
  | 'sectionFilled'
  | 'notGiven'
  | 'change'
  | 'confirm'
  | 'backToEdit'
  | 'vetoed'
  | 'doneTitle'
  | 'doneText'
  | 'doneNext'
  | 'print'
  | 'newVersion'
  | 'scale'
  | 'axisCefr'
  | 'axisYears'
  | 'axisMonths'
  | 'axisScore';

export const assessmentMessages: Catalogs<AssessmentKey> = {
  de: {
    sections: 'Abschnitte',
    summary: 'Übersicht',
    history: 'Verlauf',
    progress: '{filled} von {total} Pflichtfeldern ausgefüllt',
    sectionProgress: '{filled} von {total}',
    draft: 'Entwurf',
    final: 'Abgeschlossen',
    finalise: 'Abschliessen',
    finalised: 'Abgeschlossen am {date} von {assessor}',
    previous: 'Zurück',
    next: 'Weiter',
    noAccess: 'Sie haben keinen Zugriff auf dieses Instrument.',
    loading: 'Wird geladen …',
    templateError: 'Die Vorlage kann nicht verwendet werden:',
    noAssessor: 'Zum Abschliessen fehlen Datum oder abklärende Person.',
    person: 'Person',
    birthDate: 'Geburtsdatum',
    status: 'Aufenthaltsstatus',
    entryDate: 'Einreise',
    date: 'Datum',
    assessor: 'Abklärende Person',
    template: 'Vorlage',
    overlay: 'Kantonale Anpassung',
    yes: 'Ja',
    no: 'Nein',
    changesSince: 'Änderungen seit der Erfassung vom {date}',
    noChanges: 'Keine Änderungen.',
    changedWithoutValues: 'geändert (ohne Leserecht: Werte nicht angezeigt)',
    noPrevious: 'Keine frühere Erfassung dieses Instruments.',
    field: 'Angabe',
    before: 'Vorher',
    after: 'Jetzt',
    languagesOverTime: 'Sprachniveaus im Verlauf',
    monthsSinceEntry: 'Monate seit Einreise',
    source: 'Quelle',
    listening: 'Hören',
    reading: 'Lesen',
    speaking: 'Sprechen',
    writing: 'Schreiben',
    earlier: 'Erfassungen',
    instrument: 'Instrument',
    validity: 'Prüfung',
    valid: 'gültig nach Vorlage {version}',
    invalid: '{n} Abweichungen von Vorlage {version}',
    checking: 'wird geprüft …',
    profile: 'Profil',
    recommendation: 'Empfehlung',
    schoolingYears: 'Schulbildung (Jahre)',
    workMonths: 'Berufserfahrung (Monate)',
    competences: 'Kompetenzen (1–4)',
    value: 'Wert',
    profileDesc: 'Profil als Tabelle',
    noProfile: 'Noch keine Angaben für ein Profil.',
    signatures: 'Unterschriften',
    signAssessor: 'Abklärende Person',
    signPerson: 'Klientin / Klient',
    signCaseManager: 'Fallführung',
    placeDate: 'Ort, Datum',
    signature: 'Unterschrift',
    reasons: 'Gründe',
    checkTitle: 'Angaben prüfen',
    checkIntro:
      'Prüfen Sie die Angaben jedes Abschnitts. Nach dem Abschluss kann das Assessment nicht mehr geändert werden; eine Änderung wird eine neue Version.',
    sectionFilled: '{filled} von {total} Angaben gemacht',
    notGiven: 'nicht angegeben',
    change: 'Ändern',
    confirm: 'Jetzt endgültig abschliessen',
    backToEdit: 'Zurück zur Bearbeitung',
    vetoed:
      'Nicht abgeschlossen: Die Anwendung hat den Abschluss nicht angenommen. Das Assessment bleibt ein Entwurf.',
    doneTitle: '{instrument} abgeschlossen',
    doneText: 'Abgeschlossen am {date} von {assessor}. Die Angaben können nicht mehr geändert werden.',
    doneNext:
      'Als Nächstes: Drucken Sie den Auszug zur Unterschrift. Ändert sich später etwas, beginnen Sie eine neue Version.',
    print: 'Drucken',
    newVersion: 'Neue Version beginnen',
    scale: 'Skala',
    axisCefr: 'Sprachniveau (GER)',
    axisYears: 'Schuljahre',
    axisMonths: 'Monate Berufserfahrung',
    axisScore: 'Bewertung (1 gering – 4 sehr gut)',
  },
  fr: {
    sections: 'Sections',
    summary: 'Synthèse',
    history: 'Historique',
    progress: '{filled} champs obligatoires remplis sur {total}',
    sectionProgress: '{filled} sur {total}',
    draft: 'Brouillon',
    final: 'Finalisé',
    finalise: 'Finaliser',
    finalised: 'Finalisé le {date} par {assessor}',
    previous: 'Précédent',
    next: 'Suivant',
    noAccess: "Vous n'avez pas accès à cet instrument.",
    loading: 'Chargement …',
    templateError: 'Le modèle ne peut pas être utilisé :',
    noAssessor: 'Pour finaliser, la date ou la personne évaluatrice manque.',
    person: 'Personne',
    birthDate: 'Date de naissance',
    status: 'Statut de séjour',
    entryDate: 'Entrée',
    date: 'Date',
    assessor: 'Personne évaluatrice',
    template: 'Modèle',
    overlay: 'Adaptation cantonale',
    yes: 'Oui',
    no: 'Non',
    changesSince: 'Changements depuis la saisie du {date}',
    noChanges: 'Aucun changement.',
    changedWithoutValues: 'modifié (sans droit de lecture : valeurs masquées)',
    noPrevious: 'Aucune saisie antérieure de cet instrument.',
    field: 'Indication',
    before: 'Avant',
    after: 'Maintenant',
    languagesOverTime: 'Niveaux de langue dans le temps',
    monthsSinceEntry: "Mois depuis l'entrée",
    source: 'Source',
    listening: 'Compréhension orale',
    reading: 'Lecture',
    speaking: 'Expression orale',
    writing: 'Écriture',
    earlier: 'Saisies',
    instrument: 'Instrument',
    validity: 'Contrôle',
    valid: 'valable selon le modèle {version}',
    invalid: '{n} écarts par rapport au modèle {version}',
    checking: 'contrôle en cours …',
    profile: 'Profil',
    recommendation: 'Recommandation',
    schoolingYears: 'Scolarité (années)',
    workMonths: 'Expérience professionnelle (mois)',
    competences: 'Compétences (1–4)',
    value: 'Valeur',
    profileDesc: 'Profil sous forme de tableau',
    noProfile: 'Pas encore de données pour un profil.',
    signatures: 'Signatures',
    signAssessor: 'Personne évaluatrice',
    signPerson: 'Cliente / client',
    signCaseManager: 'Gestion de cas',
    placeDate: 'Lieu, date',
    signature: 'Signature',
    reasons: 'Motifs',
    checkTitle: 'Vérifier les indications',
    checkIntro:
      'Vérifiez les indications de chaque section. Une fois finalisée, l’évaluation ne peut plus être modifiée ; toute modification devient une nouvelle version.',
    sectionFilled: '{filled} indications sur {total} remplies',
    notGiven: 'non indiqué',
    change: 'Modifier',
    confirm: 'Finaliser maintenant',
    backToEdit: 'Retour à la saisie',
    vetoed: 'Non finalisé : l’application n’a pas accepté la finalisation. L’évaluation reste un brouillon.',
    doneTitle: '{instrument} finalisé',
    doneText: 'Finalisé le {date} par {assessor}. Les indications ne peuvent plus être modifiées.',
    doneNext:
      'Et ensuite : imprimez l’extrait pour signature. Si quelque chose change plus tard, commencez une nouvelle version.',
    print: 'Imprimer',
    newVersion: 'Commencer une nouvelle version',
    scale: 'Échelle',
    axisCefr: 'Niveau de langue (CECR)',
    axisYears: 'Années de scolarité',
    axisMonths: 'Mois d’expérience professionnelle',
    axisScore: 'Évaluation (1 faible – 4 très bon)',
  },
  it: {
    sections: 'Sezioni',
    summary: 'Sintesi',
    history: 'Cronologia',
    progress: '{filled} di {total} campi obbligatori compilati',
    sectionProgress: '{filled} di {total}',
    draft: 'Bozza',
    final: 'Concluso',
    finalise: 'Concludere',
    finalised: 'Concluso il {date} da {assessor}',
    previous: 'Indietro',
    next: 'Avanti',
    noAccess: 'Non ha accesso a questo strumento.',
    loading: 'Caricamento …',
    templateError: 'Il modello non può essere utilizzato:',
    noAssessor: 'Per concludere mancano la data o la persona valutatrice.',
    person: 'Persona',
    birthDate: 'Data di nascita',
    status: 'Statuto di soggiorno',
    entryDate: 'Entrata',
    date: 'Data',
    assessor: 'Persona valutatrice',
    template: 'Modello',
    overlay: 'Adattamento cantonale',
    yes: 'Sì',
    no: 'No',
    changesSince: 'Modifiche dal rilevamento del {date}',
    noChanges: 'Nessuna modifica.',
    changedWithoutValues: 'modificato (senza diritto di lettura: valori nascosti)',
    noPrevious: 'Nessun rilevamento precedente di questo strumento.',
    field: 'Indicazione',
    before: 'Prima',
    after: 'Ora',
    languagesOverTime: 'Livelli linguistici nel tempo',
    monthsSinceEntry: "Mesi dall'entrata",
    source: 'Fonte',
    listening: 'Ascoltare',
    reading: 'Leggere',
    speaking: 'Parlare',
    writing: 'Scrivere',
    earlier: 'Rilevamenti',
    instrument: 'Strumento',
    validity: 'Verifica',
    valid: 'valido secondo il modello {version}',
    invalid: '{n} scostamenti dal modello {version}',
    checking: 'verifica in corso …',
    profile: 'Profilo',
    recommendation: 'Raccomandazione',
    schoolingYears: 'Scolarità (anni)',
    workMonths: 'Esperienza professionale (mesi)',
    competences: 'Competenze (1–4)',
    value: 'Valore',
    profileDesc: 'Profilo come tabella',
    noProfile: 'Ancora nessun dato per un profilo.',
    signatures: 'Firme',
    signAssessor: 'Persona valutatrice',
    signPerson: 'Cliente',
    signCaseManager: 'Gestione del caso',
    placeDate: 'Luogo, data',
    signature: 'Firma',
    reasons: 'Motivi',
    checkTitle: 'Verificare le indicazioni',
    checkIntro:
      'Verificate le indicazioni di ogni sezione. Dopo la conclusione la valutazione non può più essere modificata; una modifica diventa una nuova versione.',
    sectionFilled: '{filled} indicazioni su {total} compilate',
    notGiven: 'non indicato',
    change: 'Modificare',
    confirm: 'Concludere definitivamente',
    backToEdit: 'Torna alla compilazione',
    vetoed: 'Non concluso: l’applicazione non ha accettato la conclusione. La valutazione resta una bozza.',
    doneTitle: '{instrument} concluso',
    doneText: 'Concluso il {date} da {assessor}. Le indicazioni non possono più essere modificate.',
    doneNext:
      'Prossimi passi: stampate l’estratto per la firma. Se in seguito cambia qualcosa, iniziate una nuova versione.',
    print: 'Stampa',
    newVersion: 'Iniziare una nuova versione',
    scale: 'Scala',
    axisCefr: 'Livello linguistico (QCER)',
    axisYears: 'Anni di scuola',
    axisMonths: 'Mesi di esperienza professionale',
    axisScore: 'Valutazione (1 scarso – 4 ottimo)',
  },
  en: {
    sections: 'Sections',
    summary: 'Summary',
    history: 'History',
    progress: '{filled} of {total} required fields filled',
    sectionProgress: '{filled} of {total}',
    draft: 'Draft',
    final: 'Finalised',
    finalise: 'Finalise',
    finalised: 'Finalised on {date} by {assessor}',
    previous: 'Previous',
    next: 'Next',
    noAccess: 'You have no access to this instrument.',
    loading: 'Loading …',
    templateError: 'The template cannot be used:',
    noAssessor: 'To finalise, the date or the assessor is missing.',
    person: 'Person',
    birthDate: 'Date of birth',
    status: 'Residence status',
    entryDate: 'Entry',
    date: 'Date',
    assessor: 'Assessor',
    template: 'Template',
    overlay: 'Cantonal adaptation',
    yes: 'Yes',
    no: 'No',
    changesSince: 'Changes since the assessment of {date}',
    noChanges: 'No changes.',
    changedWithoutValues: 'changed (no read access: values not shown)',
    noPrevious: 'No earlier assessment with this instrument.',
    field: 'Entry',
    before: 'Before',
    after: 'Now',
    languagesOverTime: 'Language levels over time',
    monthsSinceEntry: 'Months since entry',
    source: 'Source',
    listening: 'Listening',
    reading: 'Reading',
    speaking: 'Speaking',
    writing: 'Writing',
    earlier: 'Assessments',
    instrument: 'Instrument',
    validity: 'Check',
    valid: 'valid against template {version}',
    invalid: '{n} deviations from template {version}',
    checking: 'checking …',
    profile: 'Profile',
    recommendation: 'Recommendation',
    schoolingYears: 'Schooling (years)',
    workMonths: 'Work experience (months)',
    competences: 'Competences (1–4)',
    value: 'Value',
    profileDesc: 'Profile as a table',
    noProfile: 'No data for a profile yet.',
    signatures: 'Signatures',
    signAssessor: 'Assessor',
    signPerson: 'Client',
    signCaseManager: 'Case manager',
    placeDate: 'Place, date',
    signature: 'Signature',
    reasons: 'Reasons',
    checkTitle: 'Check your answers',
    checkIntro:
      'Check the answers of each section. Once finalised, the assessment cannot be changed; a change becomes a new version.',
    sectionFilled: '{filled} of {total} answers given',
    notGiven: 'not given',
    change: 'Change',
    confirm: 'Finalise now',
    backToEdit: 'Back to editing',
    vetoed: 'Not finalised: the application did not accept finalising. The assessment stays a draft.',
    doneTitle: '{instrument} finalised',
    doneText: 'Finalised on {date} by {assessor}. The answers can no longer be changed.',
    doneNext: 'Next: print the extract for signing. If something changes later, start a new version.',
    print: 'Print',
    newVersion: 'Start a new version',
    scale: 'Scale',
    axisCefr: 'Language level (CEFR)',
    axisYears: 'Years of schooling',
    axisMonths: 'Months of work experience',
    axisScore: 'Rating (1 low – 4 very good)',
  },
};
