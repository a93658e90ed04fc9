/**
 * The traffic lights, mildest first: green = `ok`, amber = `warn`, red = `critical`. Declared once here,
 * in the DOM-free core, and reused by the task rules, `<ias-status-light>` (`STATUS_VALUES` of
 * `@ias-kit/ui`), the task list, the case list, stories and tests, so a derived task's `light` can be
 * handed to the status light as is. A colour is always paired with an icon and a word.
 */
export const TRAFFIC_LIGHTS = ['ok', 'warn', 'critical'] as const;
export type TrafficLight = (typeof TRAFFIC_LIGHTS)[number];

/** A traffic light, or `unknown` where nothing can be said (no data, or a value the kit does not know). */
export type TrafficLightOrUnknown = TrafficLight | 'unknown';
