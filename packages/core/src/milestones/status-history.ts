/**
 * Reading a status history (residence statuses, exits, arrivals from another canton) once, for the
 * milestones, the task rules and the indicators: every entry checked, each kind sorted by date.
 */
import { IasError } from '../errors.js';
import { assertCalendarDate } from '../dates/index.js';
import { CANTONS, type Canton } from '../model/common.js';
import {
  EXIT_REASONS,
  type OtherExitReason,
  RESIDENCE_STATUSES,
  type StatusArrival,
  type StatusChange,
  type StatusExit,
  type StatusHistoryEntry,
} from '../model/status.js';

/** A checked status history: each kind sorted by `validFrom` (stable: same day, later entry wins). */
export interface StatusHistoryFacts {
  statuses: StatusChange[];
  exits: StatusExit[];
  arrivals: StatusArrival[];
  /** All entries, checked and sorted. */
  entries: StatusHistoryEntry[];
}

const byDate = (a: { validFrom: string }, b: { validFrom: string }) =>
  a.validFrom < b.validFrom ? -1 : a.validFrom > b.validFrom ? 1 : 0;

const invalid = (code: string, field: string, value: unknown, what: string) =>
  new IasError(code, `${field}: ${JSON.stringify(value)} is not ${what}`, { value, field });

function canton(value: unknown, field: string): Canton {
  if (!CANTONS.includes(value as Canton)) throw invalid('status.invalid', field, value, 'a canton');
  return value as Canton;
}

/**
 * Checks the entries of a status history and sorts them.
 * @throws {IasError} `status.invalid` naming the field for an unknown status, exit reason or canton
 *   (a move needs one); {IasDateError} for a bad `validFrom`.
 */
export function readStatusHistory(list: readonly unknown[] | null | undefined): StatusHistoryFacts {
  const out: StatusHistoryFacts = { statuses: [], exits: [], arrivals: [], entries: [] };
  (list ?? []).forEach((raw, i) => {
    const field = `statusHistory[${i}]`;
    const e = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    if ('exit' in e) {
      if (!EXIT_REASONS.includes(e.exit as never))
        throw invalid('status.invalid', `${field}.exit`, e.exit, `one of ${EXIT_REASONS.join(', ')}`);
      const validFrom = assertCalendarDate(e.validFrom, `${field}.validFrom`);
      const x: StatusExit =
        e.exit === 'moved-canton'
          ? { exit: 'moved-canton', validFrom, canton: canton(e.canton, `${field}.canton`) }
          : { exit: e.exit as OtherExitReason, validFrom };
      out.exits.push(x);
      out.entries.push(x);
    } else if ('arrival' in e) {
      if (e.arrival !== 'moved-canton')
        throw invalid('status.invalid', `${field}.arrival`, e.arrival, '"moved-canton"');
      const a: StatusArrival = {
        arrival: 'moved-canton',
        validFrom: assertCalendarDate(e.validFrom, `${field}.validFrom`),
        canton: canton(e.canton, `${field}.canton`),
      };
      out.arrivals.push(a);
      out.entries.push(a);
    } else {
      if (!RESIDENCE_STATUSES.includes(e.status as never)) {
        throw new IasError(
          'status.invalid',
          `${field}.status: ${JSON.stringify(e.status)} is not one of ${RESIDENCE_STATUSES.join(', ')}`,
          { value: e.status, field: `${field}.status` },
        );
      }
      const s: StatusChange = {
        status: e.status as StatusChange['status'],
        validFrom: assertCalendarDate(e.validFrom, `${field}.validFrom`),
      };
      out.statuses.push(s);
      out.entries.push(s);
    }
  });
  out.statuses.sort(byDate);
  out.exits.sort(byDate);
  out.arrivals.sort(byDate);
  out.entries.sort(byDate);
  return out;
}

/**
 * The exit in force on `day` in sorted `entries`: the latest entry on or before `day` is an exit.
 * (A residence status or an arrival after an exit makes the canton responsible again.)
 */
export function exitInForce(entries: readonly StatusHistoryEntry[], day: string): StatusExit | undefined {
  let current: StatusExit | undefined;
  for (const e of entries) {
    if (e.validFrom > day) break;
    current = 'exit' in e ? e : undefined;
  }
  return current;
}
