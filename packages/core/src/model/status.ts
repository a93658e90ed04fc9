/**
 * Residence status of the IAS target group (domain.md §1.1, §5.3).
 * eCH-0006 only knows the permit (B, F); whether an F holder is a refugee is not in eCH-0006,
 * hence this own field.
 */
import type { CalendarDate } from './common.js';

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
