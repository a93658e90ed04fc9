import '@ias-kit/ui/button/define.js';
import { IasTimeline } from './timeline.js';

IasTimeline.define('ias-timeline');

declare global {
  interface HTMLElementTagNameMap {
    'ias-timeline': IasTimeline;
  }
}

export { IasTimeline };
export { IasTimelineSelectEvent } from './timeline.events.js';
