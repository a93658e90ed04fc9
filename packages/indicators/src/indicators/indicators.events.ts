import { IasEvent } from '@ias-kit/ui';
import type { ExclusionReason, GroupKey, IndicatorId } from '../core.js';

/** Which persons of a figure were selected. */
export const INDICATOR_SELECTIONS = ['numerator', 'denominator', 'excluded'] as const;
export type IndicatorSelection = (typeof INDICATOR_SELECTIONS)[number];

/**
 * `ias-indicator-select`: the user drilled down into a figure. `ids` are the persons behind it
 * (for `excluded`, those excluded for `reason`, or for any reason); the host shows them.
 */
export class IasIndicatorSelectEvent extends IasEvent {
  static readonly eventName = 'ias-indicator-select';
  /** The figure's indicator. */
  readonly indicator: IndicatorId;
  /** The figure's group values (empty for the totals). */
  readonly group: Readonly<Partial<Record<GroupKey, string>>>;
  /** Which persons: numerator, denominator or excluded. */
  readonly selection: IndicatorSelection;
  /** The exclusion reason, when `selection` is `excluded` and one reason was chosen. */
  readonly reason: ExclusionReason | undefined;
  /** The ids of the selected persons, sorted. */
  readonly ids: readonly string[];
  constructor(init: {
    indicator: IndicatorId;
    group: Partial<Record<GroupKey, string>>;
    selection: IndicatorSelection;
    ids: readonly string[];
    reason?: ExclusionReason;
  }) {
    super(IasIndicatorSelectEvent.eventName);
    this.indicator = init.indicator;
    this.group = init.group;
    this.selection = init.selection;
    this.reason = init.reason;
    this.ids = init.ids;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ias-indicator-select': IasIndicatorSelectEvent;
  }
}
