import { TRAFFIC_LIGHTS, type TrafficLight } from '@ias-kit/core';

/** The states of `<ias-status-light>`: the traffic lights declared once in `@ias-kit/core` (`TRAFFIC_LIGHTS`). */
export const STATUS_VALUES = TRAFFIC_LIGHTS;
export type Status = TrafficLight;
