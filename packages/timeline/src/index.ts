/** @ias-kit/timeline — `<ias-timeline>`: a person's IAS integration timeline. Import `./define.js` to register it. */
export { IasTimeline } from './timeline/timeline.js';
export * from './timeline/timeline.types.js';
export * from './timeline/timeline.events.js';
export { assignLanes, type Span, type LaneAssignment } from './timeline/lanes.js';
export {
  buildTimeline,
  milestoneState,
  DOMAIN_OF_MEASURE_TYPE,
  type TimelineModel,
} from './timeline/model.js';
export type { TimelineKey } from './timeline/timeline.l10n.js';
