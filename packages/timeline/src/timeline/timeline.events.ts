import { IasEvent } from '@ias-kit/ui';
import type { TimelineItem } from './timeline.types.js';

/**
 * `ias-timeline-select`: the user clicked an item or pressed Enter or Space on it (in the chart or the
 * table). The element changes nothing itself.
 */
export class IasTimelineSelectEvent extends IasEvent {
  static readonly eventName = 'ias-timeline-select';
  /** The item chosen, typed by its `kind`. */
  readonly item: TimelineItem;
  constructor(item: TimelineItem) {
    super(IasTimelineSelectEvent.eventName);
    this.item = item;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ias-timeline-select': IasTimelineSelectEvent;
  }
}
