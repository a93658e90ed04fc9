/**
 * Geometry of the timeline: d3 computes the scale, this module the calendar ticks, year bands and lanes.
 * Dates become integer day numbers (days since 1970-01-01, from `@ias-kit/core`), so no `Date` and no
 * time zone is involved anywhere.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import {
  addYears,
  compareDates,
  dayNumber,
  dayNumberToParts,
  toDateParts,
  type CalendarDate,
} from '@ias-kit/core';
import { assignLanes } from './lanes.js';
import type { TimelineModel } from './model.js';
import type { MeasureDomain, MeasureItem, TimelineItem } from './timeline.types.js';

const days = new Map<CalendarDate, number>();

/** Day number of a calendar date (remembered: a zoom step asks for the same few dates again). */
export function dayOf(date: CalendarDate): number {
  let day = days.get(date);
  if (day === undefined) {
    if (days.size > 50_000) days.clear();
    day = dayNumber(toDateParts(date));
    days.set(date, day);
  }
  return day;
}

/** The calendar date of a day number. */
export function dateOf(day: number): CalendarDate {
  const { year, month, day: d } = dayNumberToParts(day);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export const MARGIN = { left: 12, right: 12 } as const;
export const AXIS_HEIGHT = 46;
export const SECTION_HEADER = 18;
export const LANE_HEIGHT = 32;
const MARKER_HALF = 8;
const LANE_GAP = 6;
/** Conservative width of one character of a 12 px label. */
const CHAR_WIDTH = 7;

/** Estimated width in pixels of a 12 px label (conservative, so lanes never let labels collide). */
export const labelWidth = (text: string): number => Math.ceil(text.length * CHAR_WIDTH) + 4;

/** The domain (day numbers) shown at zoom 1: entry, horizon, today and every dated item, padded. */
export function timeDomain(model: TimelineModel, today?: CalendarDate): [number, number] | undefined {
  const days: number[] = [];
  if (model.entryDate) days.push(dayOf(model.entryDate));
  if (model.horizon) days.push(dayOf(model.horizon.end));
  if (today) days.push(dayOf(today));
  for (const item of model.items) {
    if (item.start) days.push(dayOf(item.start));
    if (item.end) days.push(dayOf(item.end));
  }
  if (!days.length) return undefined;
  let lo = Math.min(...days);
  let hi = Math.max(...days);
  if (hi - lo < 60) {
    lo -= 90;
    hi += 90;
  }
  const pad = Math.max(14, Math.round((hi - lo) * 0.03));
  return [lo - pad, hi + pad];
}

/** The d3 scale from day numbers to pixels at zoom 1. */
export function baseScale(domain: [number, number], width: number): ScaleLinear<number, number> {
  return scaleLinear()
    .domain(domain)
    .range([MARGIN.left, Math.max(MARGIN.left + 1, width - MARGIN.right)]);
}

/** A calendar tick: day number and label (`2024` or `03.2024`). */
export interface Tick {
  day: number;
  label: string;
  major: boolean;
}

const TICK_STEPS = [1, 3, 6, 12, 24, 60] as const; // months

/**
 * Calendar ticks (first days of months or years) for the visible domain, with at least `minGap` pixels
 * between labels.
 */
export function calendarTicks(scale: ScaleLinear<number, number>, minGap = 64): Tick[] {
  const [lo, hi] = scale.domain() as [number, number];
  const pxPerDay = Math.abs(scale(lo + 1) - scale(lo));
  const step = TICK_STEPS.find((m) => m * 30.4 * pxPerDay >= minGap) ?? 120;
  const first = dayNumberToParts(Math.floor(lo));
  let index = first.year * 12 + first.month - 1; // months since year 0
  index -= ((index % step) + step) % step; // align: years to multiples of the step, months within the year
  const ticks: Tick[] = [];
  for (let guard = 0; guard < 400; guard++, index += step) {
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    const day = dayNumber({ year, month, day: 1 });
    if (day > hi) break;
    if (day < lo) continue;
    const label = step >= 12 ? String(year) : `${String(month).padStart(2, '0')}.${year}`;
    ticks.push({ day, label, major: month === 1 });
  }
  return ticks;
}

/** Year `n` since entry: from entry + (n−1) years to entry + n years. */
export interface YearBand {
  n: number;
  start: number;
  end: number;
}

/** The years since entry up to the horizon end (at least 5, at most 12). */
export function yearBands(entry: CalendarDate, until: CalendarDate | undefined): YearBand[] {
  const bands: YearBand[] = [];
  for (let n = 1; n <= 12; n++) {
    const from = addYears(entry, n - 1);
    if (n > 5 && until && compareDates(from, until) >= 0) break;
    if (n > 7 && !until) break;
    bands.push({ n, start: dayOf(from), end: dayOf(addYears(entry, n)) });
  }
  return bands;
}

/** The sections (rows) of the chart, top to bottom. */
export type SectionKey = 'milestones' | MeasureDomain | 'events';

export interface Section {
  key: SectionKey;
  y: number;
  lanes: number;
}

/** Where an item sits: its section, lane, top y and where its label starts. */
export interface Placement {
  item: TimelineItem;
  section: SectionKey;
  lane: number;
  y: number;
  /** Start of the label relative to the item's left edge (≤ 0: shifted left to stay inside the chart). */
  labelOffset: number;
  labelWidth: number;
}

export interface ChartLayout {
  sections: Section[];
  placements: Placement[];
  height: number;
}

const sectionOf = (item: TimelineItem): SectionKey =>
  item.kind === 'milestone' ? 'milestones' : item.kind === 'measure' ? item.domain : 'events';

/**
 * Stacks the dated items in sections and lanes so that no two markers, bars or labels overlap.
 * Lanes are computed at zoom 1 in pixels; zooming in only spreads items apart, so they stay valid.
 */
export function layoutChart(
  items: readonly TimelineItem[],
  scale: ScaleLinear<number, number>,
  label: (item: TimelineItem) => string,
  sectionOrder: readonly SectionKey[],
  measure: (text: string) => number = labelWidth,
): ChartLayout {
  const [left, right] = scale.range() as [number, number];
  const bySection = new Map<SectionKey, TimelineItem[]>();
  for (const item of items) {
    if (!item.start) continue;
    const key = sectionOf(item);
    if (!bySection.has(key)) bySection.set(key, []);
    bySection.get(key)!.push(item);
  }
  const sections: Section[] = [];
  const placements: Placement[] = [];
  let y = AXIS_HEIGHT;
  for (const key of sectionOrder) {
    const list = bySection.get(key);
    if (!list?.length) continue;
    const geometry = list.map((item) => {
      const isBar = item.kind === 'measure';
      const x0 = scale(dayOf(item.start!)) - (isBar ? 0 : MARKER_HALF);
      const x1 = isBar
        ? Math.max(scale(dayOf(item.end ?? item.start!)), x0 + 4) + (item.actual?.openEnd ? 7 : 0)
        : x0 + 2 * MARKER_HALF;
      const w = Math.ceil(measure(label(item))) + 2;
      // the label starts at the item, or further left where it would leave the chart; the offset is
      // kept under zoom, which only spreads items apart, so the lanes stay free of collisions
      const labelStart = Math.max(left - MARKER_HALF, Math.min(x0, right - w));
      const offset = Math.min(0, labelStart - x0);
      const extent = { start: x0 + offset, end: Math.max(x1, x0 + offset + w) };
      return { item, offset, w, extent };
    });
    const { lanes, count } = assignLanes(
      geometry.map((g) => g.extent),
      LANE_GAP,
    );
    const top = y + SECTION_HEADER;
    geometry.forEach((g, i) => {
      const lane = lanes[i] ?? 0;
      placements.push({
        item: g.item,
        section: key,
        lane,
        y: top + lane * LANE_HEIGHT,
        labelOffset: g.offset,
        labelWidth: g.w,
      });
    });
    sections.push({ key, y, lanes: count });
    y = top + count * LANE_HEIGHT + 4;
  }
  return { sections, placements, height: y + 8 };
}

/** Height of the compact strip's horizon line with the year ticks (`J1 … J7`). */
export const COMPACT_AXIS_HEIGHT = 18;
/** Height of one lane of the compact strip. */
export const COMPACT_LANE_HEIGHT = 24;
const COMPACT_GAP = 3;

/**
 * The compact strip: only the dated measures, one lane per overlapping measure (bars only, no labels,
 * so the lanes follow the bars' own extents), under a thin horizon line. Pure; lanes computed at zoom 1.
 */
export function layoutCompact(
  items: readonly TimelineItem[],
  scale: ScaleLinear<number, number>,
): ChartLayout {
  const dated = items.filter((i): i is MeasureItem => i.kind === 'measure' && !!i.start);
  const geometry = dated.map((item) => {
    const x0 = scale(dayOf(item.start!));
    const x1 = Math.max(scale(dayOf(item.end ?? item.start!)), x0 + 4) + (item.actual?.openEnd ? 7 : 0);
    return { item, extent: { start: x0, end: x1 } };
  });
  const { lanes, count } = assignLanes(
    geometry.map((g) => g.extent),
    COMPACT_GAP,
  );
  const placements: Placement[] = geometry.map((g, i) => {
    const lane = lanes[i] ?? 0;
    return {
      item: g.item,
      section: g.item.domain,
      lane,
      y: COMPACT_AXIS_HEIGHT + lane * COMPACT_LANE_HEIGHT,
      labelOffset: 0,
      labelWidth: g.extent.end - g.extent.start,
    };
  });
  return {
    sections: [],
    placements,
    height: COMPACT_AXIS_HEIGHT + Math.max(1, count) * COMPACT_LANE_HEIGHT + 2,
  };
}
