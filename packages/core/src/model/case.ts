/** The case (Fall) of one person: reference dates, status history, assessments, plan and tasks. */
import type { ActorRef, CalendarDate, Canton, DateTime, Id, OfficeRef } from './common.js';
import type { AssessmentSnapshot } from './assessment.js';
import type { IntegrationPlan } from './plan.js';
import type { Person } from './person.js';
import type { StatusHistoryEntry } from './status.js';
import type { Task } from './task.js';

/**
 * IAS process phases, domain.md §1.3 (proposal [G]). Case management (Fallführung) is
 * continuous, not a phase.
 */
export const CASE_PHASES = [
  'erstinformation',
  'ressourceneinschaetzung',
  'sprachfoerderung',
  'potenzialabklaerung',
  'integrationsplanung',
  'bildung',
  'arbeit',
  'soziale_integration',
  'fruehe_kindheit',
  'abschluss',
] as const;
export type CasePhase = (typeof CASE_PHASES)[number];

/**
 * The integration case of one person (IAS goals are person-level, domain.md §3.2).
 * The reference dates drive the IAS milestones (domain.md §1.2).
 */
export interface Case {
  id: Id;
  person: Person;
  canton?: Canton;
  /** Date of entry into Switzerland (Einreisedatum): basis of all IAS goals. Needed for milestones. */
  entryDate?: CalendarDate;
  /** Date of the asylum application: start of the 5-year federal financing for recognised refugees (FL). */
  asylumApplicationDate?: CalendarDate;
  /** Date of the (first) status decision (Entscheid): start of the integration process. */
  decisionDate?: CalendarDate;
  /**
   * Residence status over time, oldest first, with the dated facts that end the canton's IAS
   * responsibility (exits: departure, move to another canton, naturalisation, ordinary permit, end
   * of responsibility, death) or begin it (arrival from another canton). Milestones, task rules and
   * indicators honour them: after an exit no reminders, no later figure of this canton.
   * @minItems 1
   */
  statusHistory: StatusHistoryEntry[];
  phase?: CasePhase;
  assessments: AssessmentSnapshot[];
  /** The current integration plan. */
  plan?: IntegrationPlan;
  tasks: Task[];
  /** Last time anyone worked on the case (for the "dossier untouched for long" signal). */
  lastActivity?: DateTime;
  responsibleWorker?: ActorRef;
  responsibleOffice?: OfficeRef;
}
