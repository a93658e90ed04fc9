import type { Catalog, Catalogs } from '@ias-kit/ui';
import type { MilestoneId, TaskStatus } from '@ias-kit/core';
import type { TaskReasonCode, TaskRule, TrafficLight } from '@ias-kit/core/tasks';

type UiKey =
  | 'label'
  | 'empty'
  | 'emptyFiltered'
  | 'filters'
  | 'filterLight'
  | 'filterStatus'
  | 'filterAssignee'
  | 'filterPerson'
  | 'filterRule'
  | 'all'
  | 'reset'
  | 'groupBy'
  | 'groupNone'
  | 'groupPerson'
  | 'groupWeek'
  | 'sortBy'
  | 'sortUrgency'
  | 'sortDue'
  | 'week'
  | 'noDueDate'
  | 'noPerson'
  | 'unassigned'
  | 'due'
  | 'countsFor'
  | 'count'
  | 'loading'
  | 'pages'
  | 'previous'
  | 'next'
  | 'page'
  | 'open'
  | 'done'
  | 'snooze'
  | 'reassign'
  | 'caseload'
  | 'worker'
  | 'openTasks'
  | 'critical'
  | 'persons'
  | 'showWorker'
  | 'colWhat'
  | 'colPerson'
  | 'colDue'
  | 'colAssignee'
  | 'actions'
  | 'reassignTo'
  | 'undo'
  | 'born'
  | 'number'
  | 'lightCount'
  | 'shortcuts'
  | 'statePending'
  | 'stateComplete'
  | 'stateSnooze'
  | 'stateReassign'
  | 'stateFailed'
  | 'noticePending'
  | 'noticeComplete'
  | 'noticeSnooze'
  | 'noticeReassign'
  | 'noticeFailed'
  | 'noticeUndone';

/** Every message key of `<ias-task-list>`; each can be overridden through the `strings` property. */
export type TaskListKey =
  | UiKey
  | `light-${TrafficLight}`
  | `status-${TaskStatus}`
  | `rule-${TaskRule}`
  | `reason-${TaskReasonCode}`
  | `milestone-${MilestoneId}`;

type P = Record<string, string | number>;

const de: Catalog<TaskListKey> = {
  label: 'Aufgaben',
  empty: 'Keine Aufgaben.',
  emptyFiltered: 'Keine Aufgaben passen zum Filter.',
  filters: 'Filter',
  filterLight: 'Ampel',
  filterStatus: 'Status',
  filterAssignee: 'Zuständig',
  filterPerson: 'Person',
  filterRule: 'Regel',
  all: 'Alle',
  reset: 'Filter zurücksetzen',
  groupBy: 'Gruppieren nach',
  groupNone: 'Keine Gruppierung',
  groupPerson: 'Person',
  groupWeek: 'Fälligkeitswoche',
  sortBy: 'Sortieren nach',
  sortUrgency: 'Dringlichkeit',
  sortDue: 'Fälligkeit',
  week: 'Woche {week}: {start} – {end}',
  noDueDate: 'Ohne Fälligkeit',
  noPerson: 'Ohne Person',
  unassigned: 'Nicht zugewiesen',
  due: 'Fällig am {date}',
  countsFor: 'zählt für {year} bis {date}',
  count: (p: P) => (p.from === 0 ? '0 Aufgaben' : `${p.from}–${p.to} von ${p.total} Aufgaben`),
  loading: 'Aufgaben werden berechnet …',
  pages: 'Seiten',
  previous: 'Vorherige Seite',
  next: 'Nächste Seite',
  page: 'Seite {page} von {pages}',
  open: 'Öffnen',
  done: 'Erledigt',
  snooze: 'Zurückstellen bis {date}',
  reassign: 'Neu zuweisen',
  caseload: 'Fallbelastung pro Mitarbeiterin und Mitarbeiter',
  worker: 'Mitarbeiter/in',
  openTasks: 'Offene Aufgaben',
  critical: 'Handlungsbedarf',
  persons: 'Personen',
  showWorker: 'Aufgaben von {name} zeigen',
  colWhat: 'Was',
  colPerson: 'Person',
  colDue: 'Fällig',
  colAssignee: 'Zuständig',
  actions: 'Aktionen',
  reassignTo: 'Übergeben an',
  undo: 'Rückgängig',
  born: 'Jg. {year}',
  number: 'Nr. {number}',
  lightCount: '{label}: {count}',
  shortcuts:
    'Tastatur: ↑ ↓ Zeile wählen, Enter öffnen, D erledigt, S zurückstellen, Z rückgängig, M Aktionen',
  statePending: 'Wird gespeichert …',
  stateComplete: 'Erledigt',
  stateSnooze: 'Zurückgestellt bis {date}',
  stateReassign: 'An {name} übergeben',
  stateFailed: 'Nicht gespeichert',
  noticePending: '«{title}» ({person}) wird gespeichert …',
  noticeComplete: '«{title}» ({person}) als erledigt markiert.',
  noticeSnooze: '«{title}» ({person}) zurückgestellt bis {date}.',
  noticeReassign: '«{title}» ({person}) an {name} übergeben.',
  noticeFailed: (p: P) => `Nicht gespeichert: «${p.title}» (${p.person}).${p.error ? ` ${p.error}` : ''}`,
  noticeUndone: 'Rückgängig gemacht: «{title}» ({person}).',
  'light-ok': 'Im Plan',
  'light-warn': 'Bald fällig',
  'light-critical': 'Handlungsbedarf',
  'status-offen': 'Offen',
  'status-in_bearbeitung': 'In Bearbeitung',
  'status-erledigt': 'Erledigt',
  'status-entfallen': 'Entfallen',
  'rule-task': 'Aufgabe',
  'rule-measure-start': 'Massnahme beginnt',
  'rule-review': 'Standortbestimmung',
  'rule-measure-outcome': 'Ergebnis der Massnahme fehlt',
  'rule-potential-assessment': 'Potenzialabklärung',
  'rule-language-a1': 'Sprachniveau A1',
  'rule-education': 'Ausbildung (16–25)',
  'rule-dossier-untouched': 'Dossier unbearbeitet',
  'rule-milestone': 'IAS-Meilenstein',
  'reason-task-overdue': 'Überfällig seit {date} ({days} Tg.)',
  'reason-task-due-soon': (p: P) =>
    p.days === 0 ? `Heute fällig (${p.date})` : `Fällig am ${p.date}, in ${p.days} Tg.`,
  'reason-task-open': (p: P) => (p.date ? `Fällig am ${p.date}` : 'Offen, ohne Fälligkeit'),
  'reason-task-closed': 'Abgeschlossen',
  'reason-measure-starting': '«{measure}» beginnt am {date}, in {days} Tg.: Person informieren',
  'reason-review-due': 'Standortbestimmung fällig am {date}, in {days} Tg.',
  'reason-review-overdue': 'Standortbestimmung überfällig seit {date} ({days} Tg.)',
  'reason-measure-outcome-pending': '«{measure}» endete am {date}: Ergebnis erfassen',
  'reason-measure-outcome-missing': (p: P) =>
    p.date ? `«${p.measure}» endete am ${p.date} ohne Ergebnis` : `«${p.measure}» beendet ohne Ergebnis`,
  'reason-assessment-due': 'Potenzialabklärung fällig bis {date}, in {days} Tg.',
  'reason-assessment-missing': 'Keine Potenzialabklärung {months} Monate nach dem Entscheid (fällig {date})',
  'reason-language-a1-missing': 'A1 nicht erreicht; 3-Jahres-Meilenstein am {date}',
  'reason-education-missing': '16–25 bei Einreise, keine Ausbildungsmassnahme (Frist {date})',
  'reason-dossier-untouched': 'Dossier unbearbeitet seit {date} ({days} Tg.)',
  'reason-milestone-approaching': 'IAS-Meilenstein «{milestone}» am {date}, in {days} Tg.',
  'milestone-language-a1': 'Sprache A1',
  'milestone-school-start': 'Schuleintritt',
  'milestone-education': 'Ausbildung Sek II',
  'milestone-labour-market': 'Erster Arbeitsmarkt',
  'milestone-social-integration': 'Soziale Integration',
  'milestone-financing-end': 'Ende Bundesfinanzierung',
};

const fr: Catalog<TaskListKey> = {
  label: 'Tâches',
  empty: 'Aucune tâche.',
  emptyFiltered: 'Aucune tâche ne correspond au filtre.',
  filters: 'Filtres',
  filterLight: 'Feu',
  filterStatus: 'Statut',
  filterAssignee: 'Responsable',
  filterPerson: 'Personne',
  filterRule: 'Règle',
  all: 'Tous',
  reset: 'Réinitialiser les filtres',
  groupBy: 'Grouper par',
  groupNone: 'Aucun regroupement',
  groupPerson: 'Personne',
  groupWeek: 'Semaine d’échéance',
  sortBy: 'Trier par',
  sortUrgency: 'Urgence',
  sortDue: 'Échéance',
  week: 'Semaine {week} : {start} – {end}',
  noDueDate: 'Sans échéance',
  noPerson: 'Sans personne',
  unassigned: 'Non attribué',
  due: 'Échéance le {date}',
  countsFor: 'compte pour {year} jusqu’au {date}',
  count: (p: P) => (p.from === 0 ? '0 tâche' : `${p.from}–${p.to} sur ${p.total} tâches`),
  loading: 'Calcul des tâches …',
  pages: 'Pages',
  previous: 'Page précédente',
  next: 'Page suivante',
  page: 'Page {page} sur {pages}',
  open: 'Ouvrir',
  done: 'Terminé',
  snooze: 'Reporter au {date}',
  reassign: 'Réattribuer',
  caseload: 'Charge de travail par collaborateur·trice',
  worker: 'Collaborateur·trice',
  openTasks: 'Tâches ouvertes',
  critical: 'Intervention requise',
  persons: 'Personnes',
  showWorker: 'Afficher les tâches de {name}',
  colWhat: 'Quoi',
  colPerson: 'Personne',
  colDue: 'Échéance',
  colAssignee: 'Responsable',
  actions: 'Actions',
  reassignTo: 'Transférer à',
  undo: 'Annuler',
  born: 'né·e en {year}',
  number: 'n° {number}',
  lightCount: '{label} : {count}',
  shortcuts: 'Clavier : ↑ ↓ choisir la ligne, Entrée ouvrir, D terminé, S reporter, Z annuler, M actions',
  statePending: 'Enregistrement …',
  stateComplete: 'Terminé',
  stateSnooze: 'Reporté au {date}',
  stateReassign: 'Transféré à {name}',
  stateFailed: 'Non enregistré',
  noticePending: '« {title} » ({person}) : enregistrement …',
  noticeComplete: '« {title} » ({person}) marqué comme terminé.',
  noticeSnooze: '« {title} » ({person}) reporté au {date}.',
  noticeReassign: '« {title} » ({person}) transféré à {name}.',
  noticeFailed: (p: P) => `Non enregistré : « ${p.title} » (${p.person}).${p.error ? ` ${p.error}` : ''}`,
  noticeUndone: 'Annulé : « {title} » ({person}).',
  'light-ok': 'Dans les temps',
  'light-warn': 'Échéance proche',
  'light-critical': 'Intervention requise',
  'status-offen': 'Ouverte',
  'status-in_bearbeitung': 'En cours',
  'status-erledigt': 'Terminée',
  'status-entfallen': 'Annulée',
  'rule-task': 'Tâche',
  'rule-measure-start': 'Début de mesure',
  'rule-review': 'Bilan de situation',
  'rule-measure-outcome': 'Résultat de mesure manquant',
  'rule-potential-assessment': 'Évaluation du potentiel',
  'rule-language-a1': 'Niveau de langue A1',
  'rule-education': 'Formation (16–25 ans)',
  'rule-dossier-untouched': 'Dossier inactif',
  'rule-milestone': 'Jalon AIS',
  'reason-task-overdue': 'En retard depuis le {date} ({days} j)',
  'reason-task-due-soon': (p: P) =>
    p.days === 0 ? `Échéance aujourd’hui (${p.date})` : `Échéance le ${p.date}, dans ${p.days} j`,
  'reason-task-open': (p: P) => (p.date ? `Échéance le ${p.date}` : 'Ouverte, sans échéance'),
  'reason-task-closed': 'Clôturée',
  'reason-measure-starting': '« {measure} » commence le {date}, dans {days} j : informer la personne',
  'reason-review-due': 'Bilan de situation prévu le {date}, dans {days} j',
  'reason-review-overdue': 'Bilan de situation en retard depuis le {date} ({days} j)',
  'reason-measure-outcome-pending': '« {measure} » terminée le {date} : saisir le résultat',
  'reason-measure-outcome-missing': (p: P) =>
    p.date
      ? `« ${p.measure} » terminée le ${p.date} sans résultat`
      : `« ${p.measure} » terminée sans résultat`,
  'reason-assessment-due': 'Évaluation du potentiel à faire d’ici le {date}, dans {days} j',
  'reason-assessment-missing':
    'Pas d’évaluation du potentiel {months} mois après la décision (échéance {date})',
  'reason-language-a1-missing': 'A1 non atteint ; jalon des 3 ans le {date}',
  'reason-education-missing': '16–25 ans à l’arrivée, aucune mesure de formation (délai {date})',
  'reason-dossier-untouched': 'Dossier inactif depuis le {date} ({days} j)',
  'reason-milestone-approaching': 'Jalon AIS « {milestone} » le {date}, dans {days} j',
  'milestone-language-a1': 'Langue A1',
  'milestone-school-start': 'Début de la scolarité',
  'milestone-education': 'Formation postobligatoire',
  'milestone-labour-market': 'Marché primaire du travail',
  'milestone-social-integration': 'Intégration sociale',
  'milestone-financing-end': 'Fin du financement fédéral',
};

const it: Catalog<TaskListKey> = {
  label: 'Compiti',
  empty: 'Nessun compito.',
  emptyFiltered: 'Nessun compito corrisponde al filtro.',
  filters: 'Filtri',
  filterLight: 'Semaforo',
  filterStatus: 'Stato',
  filterAssignee: 'Responsabile',
  filterPerson: 'Persona',
  filterRule: 'Regola',
  all: 'Tutti',
  reset: 'Reimposta filtri',
  groupBy: 'Raggruppa per',
  groupNone: 'Nessun raggruppamento',
  groupPerson: 'Persona',
  groupWeek: 'Settimana di scadenza',
  sortBy: 'Ordina per',
  sortUrgency: 'Urgenza',
  sortDue: 'Scadenza',
  week: 'Settimana {week}: {start} – {end}',
  noDueDate: 'Senza scadenza',
  noPerson: 'Senza persona',
  unassigned: 'Non assegnato',
  due: 'Scadenza il {date}',
  countsFor: 'conta per il {year} fino al {date}',
  count: (p: P) => (p.from === 0 ? '0 compiti' : `${p.from}–${p.to} di ${p.total} compiti`),
  loading: 'Calcolo dei compiti …',
  pages: 'Pagine',
  previous: 'Pagina precedente',
  next: 'Pagina successiva',
  page: 'Pagina {page} di {pages}',
  open: 'Apri',
  done: 'Fatto',
  snooze: 'Rinvia al {date}',
  reassign: 'Riassegna',
  caseload: 'Carico di lavoro per collaboratore/trice',
  worker: 'Collaboratore/trice',
  openTasks: 'Compiti aperti',
  critical: 'Intervento necessario',
  persons: 'Persone',
  showWorker: 'Mostra i compiti di {name}',
  colWhat: 'Cosa',
  colPerson: 'Persona',
  colDue: 'Scadenza',
  colAssignee: 'Responsabile',
  actions: 'Azioni',
  reassignTo: 'Trasferire a',
  undo: 'Annulla',
  born: 'nato/a nel {year}',
  number: 'n. {number}',
  lightCount: '{label}: {count}',
  shortcuts: 'Tastiera: ↑ ↓ scegliere la riga, Invio aprire, D fatto, S rinviare, Z annullare, M azioni',
  statePending: 'Salvataggio …',
  stateComplete: 'Fatto',
  stateSnooze: 'Rinviato al {date}',
  stateReassign: 'Trasferito a {name}',
  stateFailed: 'Non salvato',
  noticePending: '«{title}» ({person}): salvataggio …',
  noticeComplete: '«{title}» ({person}) segnato come fatto.',
  noticeSnooze: '«{title}» ({person}) rinviato al {date}.',
  noticeReassign: '«{title}» ({person}) trasferito a {name}.',
  noticeFailed: (p: P) => `Non salvato: «${p.title}» (${p.person}).${p.error ? ` ${p.error}` : ''}`,
  noticeUndone: 'Annullato: «{title}» ({person}).',
  'light-ok': 'Nei tempi',
  'light-warn': 'In scadenza',
  'light-critical': 'Intervento necessario',
  'status-offen': 'Aperto',
  'status-in_bearbeitung': 'In corso',
  'status-erledigt': 'Completato',
  'status-entfallen': 'Annullato',
  'rule-task': 'Compito',
  'rule-measure-start': 'Inizio di una misura',
  'rule-review': 'Bilancio della situazione',
  'rule-measure-outcome': 'Esito della misura mancante',
  'rule-potential-assessment': 'Valutazione del potenziale',
  'rule-language-a1': 'Livello linguistico A1',
  'rule-education': 'Formazione (16–25 anni)',
  'rule-dossier-untouched': 'Incarto inattivo',
  'rule-milestone': 'Tappa AIS',
  'reason-task-overdue': 'Scaduto dal {date} ({days} g)',
  'reason-task-due-soon': (p: P) =>
    p.days === 0 ? `Scade oggi (${p.date})` : `Scade il ${p.date}, tra ${p.days} g`,
  'reason-task-open': (p: P) => (p.date ? `Scade il ${p.date}` : 'Aperto, senza scadenza'),
  'reason-task-closed': 'Chiuso',
  'reason-measure-starting': '«{measure}» inizia il {date}, tra {days} g: informare la persona',
  'reason-review-due': 'Bilancio della situazione previsto il {date}, tra {days} g',
  'reason-review-overdue': 'Bilancio della situazione scaduto dal {date} ({days} g)',
  'reason-measure-outcome-pending': '«{measure}» terminata il {date}: registrare l’esito',
  'reason-measure-outcome-missing': (p: P) =>
    p.date ? `«${p.measure}» terminata il ${p.date} senza esito` : `«${p.measure}» terminata senza esito`,
  'reason-assessment-due': 'Valutazione del potenziale entro il {date}, tra {days} g',
  'reason-assessment-missing':
    'Nessuna valutazione del potenziale {months} mesi dopo la decisione (scadenza {date})',
  'reason-language-a1-missing': 'A1 non raggiunto; tappa dei 3 anni il {date}',
  'reason-education-missing': '16–25 anni all’entrata, nessuna misura di formazione (termine {date})',
  'reason-dossier-untouched': 'Incarto inattivo dal {date} ({days} g)',
  'reason-milestone-approaching': 'Tappa AIS «{milestone}» il {date}, tra {days} g',
  'milestone-language-a1': 'Lingua A1',
  'milestone-school-start': 'Inizio della scuola',
  'milestone-education': 'Formazione postobbligatoria',
  'milestone-labour-market': 'Primo mercato del lavoro',
  'milestone-social-integration': 'Integrazione sociale',
  'milestone-financing-end': 'Fine del finanziamento federale',
};

const en: Catalog<TaskListKey> = {
  label: 'Tasks',
  empty: 'No tasks.',
  emptyFiltered: 'No tasks match the filter.',
  filters: 'Filters',
  filterLight: 'Traffic light',
  filterStatus: 'Status',
  filterAssignee: 'Assigned to',
  filterPerson: 'Person',
  filterRule: 'Rule',
  all: 'All',
  reset: 'Reset filters',
  groupBy: 'Group by',
  groupNone: 'No grouping',
  groupPerson: 'Person',
  groupWeek: 'Due week',
  sortBy: 'Sort by',
  sortUrgency: 'Urgency',
  sortDue: 'Due date',
  week: 'Week {week}: {start} – {end}',
  noDueDate: 'No due date',
  noPerson: 'No person',
  unassigned: 'Unassigned',
  due: 'Due {date}',
  countsFor: 'counts for {year} until {date}',
  count: (p: P) => (p.from === 0 ? '0 tasks' : `${p.from}–${p.to} of ${p.total} tasks`),
  loading: 'Calculating tasks …',
  pages: 'Pages',
  previous: 'Previous page',
  next: 'Next page',
  page: 'Page {page} of {pages}',
  open: 'Open',
  done: 'Done',
  snooze: 'Snooze until {date}',
  reassign: 'Reassign',
  caseload: 'Caseload per worker',
  worker: 'Worker',
  openTasks: 'Open tasks',
  critical: 'Action needed',
  persons: 'Persons',
  showWorker: 'Show the tasks of {name}',
  colWhat: 'What',
  colPerson: 'Person',
  colDue: 'Due',
  colAssignee: 'Assignee',
  actions: 'Actions',
  reassignTo: 'Hand over to',
  undo: 'Undo',
  born: 'born {year}',
  number: 'no. {number}',
  lightCount: '{label}: {count}',
  shortcuts: 'Keyboard: ↑ ↓ pick a row, Enter open, D done, S snooze, Z undo, M actions',
  statePending: 'Saving …',
  stateComplete: 'Done',
  stateSnooze: 'Snoozed until {date}',
  stateReassign: 'Handed over to {name}',
  stateFailed: 'Not saved',
  noticePending: '“{title}” ({person}): saving …',
  noticeComplete: '“{title}” ({person}) marked done.',
  noticeSnooze: '“{title}” ({person}) snoozed until {date}.',
  noticeReassign: '“{title}” ({person}) handed over to {name}.',
  noticeFailed: (p: P) => `Not saved: “${p.title}” (${p.person}).${p.error ? ` ${p.error}` : ''}`,
  noticeUndone: 'Undone: “{title}” ({person}).',
  'light-ok': 'On track',
  'light-warn': 'Due soon',
  'light-critical': 'Action needed',
  'status-offen': 'Open',
  'status-in_bearbeitung': 'In progress',
  'status-erledigt': 'Done',
  'status-entfallen': 'Dropped',
  'rule-task': 'Task',
  'rule-measure-start': 'Measure starts soon',
  'rule-review': 'Review',
  'rule-measure-outcome': 'Measure outcome missing',
  'rule-potential-assessment': 'Potential assessment',
  'rule-language-a1': 'Language level A1',
  'rule-education': 'Education (16–25)',
  'rule-dossier-untouched': 'Dossier untouched',
  'rule-milestone': 'IAS milestone',
  'reason-task-overdue': (p: P) => `Overdue since ${p.date} (${p.days} day${p.days === 1 ? '' : 's'})`,
  'reason-task-due-soon': (p: P) =>
    p.days === 0 ? `Due today (${p.date})` : `Due on ${p.date}, in ${p.days} day${p.days === 1 ? '' : 's'}`,
  'reason-task-open': (p: P) => (p.date ? `Due on ${p.date}` : 'Open, no due date'),
  'reason-task-closed': 'Closed',
  'reason-measure-starting': '"{measure}" starts on {date}, in {days} days: tell the client',
  'reason-review-due': 'Review due on {date}, in {days} days',
  'reason-review-overdue': 'Review overdue since {date} ({days} days)',
  'reason-measure-outcome-pending': '"{measure}" ended on {date}: record its outcome',
  'reason-measure-outcome-missing': (p: P) =>
    p.date
      ? `"${p.measure}" ended on ${p.date} without an outcome`
      : `"${p.measure}" ended without an outcome`,
  'reason-assessment-due': 'Potential assessment due by {date}, in {days} days',
  'reason-assessment-missing': 'No potential assessment {months} months after the decision (due {date})',
  'reason-language-a1-missing': 'A1 not reached; 3-year milestone on {date}',
  'reason-education-missing': 'Aged 16–25 at entry, no education measure (window ends {date})',
  'reason-dossier-untouched': 'Dossier untouched since {date} ({days} days)',
  'reason-milestone-approaching': 'IAS milestone "{milestone}" on {date}, in {days} days',
  'milestone-language-a1': 'Language A1',
  'milestone-school-start': 'School start',
  'milestone-education': 'Post-compulsory education',
  'milestone-labour-market': 'First labour market',
  'milestone-social-integration': 'Social integration',
  'milestone-financing-end': 'End of federal financing',
};

export const taskListMessages: Catalogs<TaskListKey> = { de, fr, it, en };
