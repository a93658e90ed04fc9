/**
 * Residence status of the IAS target group (domain.md §1.1, §5.3) and the dated facts that end or
 * begin a canton's responsibility for a person (exits, arrival from another canton).
 * eCH-0006 only knows the permit (B, F); whether an F holder is a refugee is not in eCH-0006,
 * hence this own field.
 */
import type { CalendarDate, Canton } from './common.js';

/**
 * - `FL`: recognised refugee with asylum, permit B (Flüchtling, fr: réfugié reconnu).
 * - `VA`: provisionally admitted, permit F (vorläufig aufgenommen, fr: admis à titre provisoire).
 * - `VA-FL`: provisionally admitted refugee, permit F (vorläufig aufgenommener Flüchtling).
 */
export const RESIDENCE_STATUSES = ['FL', 'VA', 'VA-FL'] as const;
export type ResidenceStatus = (typeof RESIDENCE_STATUSES)[number];

/** The permit (Ausweis) that goes with each status. */
export const PERMIT_OF_STATUS = { FL: 'B', VA: 'F', 'VA-FL': 'F' } as const satisfies Record<
  ResidenceStatus,
  'B' | 'F'
>;

/** eCH-0006 permit category codes of the permits above (`02` B, `05` F). */
export const ECH0006_CATEGORY_OF_PERMIT = { B: '02', F: '05' } as const;

/** A dated status (change): the status holds from `validFrom` until the next entry's `validFrom`. */
export interface StatusChange {
  status: ResidenceStatus;
  /** First day the status holds (usually the date of the decision). */
  validFrom: CalendarDate;
}

/**
 * Why the canton's IAS responsibility for a person ended:
 * - `departure`: left Switzerland (onward migration, return);
 * - `moved-canton`: moved to another canton, which takes the case over (`canton` says which);
 * - `naturalisation`: became a Swiss citizen;
 * - `ordinary-permit`: changed to an ordinary permit outside the asylum field (e.g. a B permit for
 *   an F person after a hardship application), so no longer VA/FL;
 * - `end-of-responsibility`: the IAS responsibility ended for another reason (e.g. the case was
 *   handed to ordinary social assistance);
 * - `death`.
 */
export const EXIT_REASONS = [
  'departure',
  'moved-canton',
  'naturalisation',
  'ordinary-permit',
  'end-of-responsibility',
  'death',
] as const;
export type ExitReason = (typeof EXIT_REASONS)[number];

/** The exit reasons other than a move to another canton. */
export type OtherExitReason = Exclude<ExitReason, 'moved-canton'>;

/** An exit other than a move to another canton. */
export interface StatusExitOther {
  exit: OtherExitReason;
  /** First day the canton is no longer responsible (the day of departure, naturalisation, ...). */
  validFrom: CalendarDate;
}

/** A move to another canton: from `validFrom` on, `canton` is responsible. */
export interface StatusExitMove {
  exit: 'moved-canton';
  /** First day the other canton is responsible (the day of the move). */
  validFrom: CalendarDate;
  /** The canton the person moved to. */
  canton: Canton;
}

/** A dated exit: the canton's IAS responsibility ends on `validFrom` (until a later status entry). */
export type StatusExit = StatusExitOther | StatusExitMove;

/**
 * A move in from another canton: this canton is responsible from `validFrom` on; before it,
 * `canton` was (so figures measured before that day are the other canton's).
 */
export interface StatusArrival {
  arrival: 'moved-canton';
  validFrom: CalendarDate;
  /** The canton the person came from. */
  canton: Canton;
}

/**
 * One entry of a case's status history: a residence status, an exit, or an arrival from another
 * canton. Entries hold from `validFrom` until the next one; after an exit, a later residence status
 * (e.g. a return) makes the canton responsible again.
 */
export type StatusHistoryEntry = StatusChange | StatusExit | StatusArrival;

/** Whether an entry is an exit. */
export const isStatusExit = (e: StatusHistoryEntry | null | undefined): e is StatusExit =>
  typeof e === 'object' && e !== null && 'exit' in e;

/** Whether an entry is a residence status. */
export const isStatusChange = (e: StatusHistoryEntry | null | undefined): e is StatusChange =>
  typeof e === 'object' && e !== null && 'status' in e;

/** The residence statuses of a history, in their order. */
export const residenceStatuses = (
  history: readonly StatusHistoryEntry[] | null | undefined,
): StatusChange[] => (history ?? []).filter(isStatusChange);

/** The latest residence status of a history (by date), if any. */
export function currentStatus(
  history: readonly StatusHistoryEntry[] | null | undefined,
): StatusChange['status'] | undefined {
  let last: StatusChange | undefined;
  for (const e of history ?? []) if (isStatusChange(e) && (!last || e.validFrom >= last.validFrom)) last = e;
  return last?.status;
}
