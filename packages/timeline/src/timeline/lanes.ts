/** A horizontal extent in any unit (days or pixels); `end >= start`. */
export interface Span {
  start: number;
  end: number;
}

/** Lane of each span (in input order) and the number of lanes used. */
export interface LaneAssignment {
  lanes: number[];
  count: number;
}

/**
 * Assigns each span a lane (0, 1, 2, …) so that spans in the same lane neither overlap nor come closer
 * than `gap`. Greedy first fit in order of start: for intervals this uses the fewest possible lanes
 * (the largest number of spans that overlap at one point, with each span widened by `gap`).
 * Pure: the result depends only on the arguments; ties keep input order, so it is stable.
 * A span whose `end` is before its `start` is treated as the point `start`.
 */
export function assignLanes(spans: readonly Span[], gap = 0): LaneAssignment {
  const order = spans
    .map((s, i) => ({ i, start: s.start, end: Math.max(s.start, s.end) }))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.i - b.i);
  const laneEnds: number[] = [];
  const lanes = new Array<number>(spans.length).fill(0);
  for (const s of order) {
    let lane = laneEnds.findIndex((end) => end + gap <= s.start);
    if (lane === -1) {
      lane = laneEnds.length;
      laneEnds.push(s.end);
    } else {
      laneEnds[lane] = s.end;
    }
    lanes[s.i] = lane;
  }
  return { lanes, count: laneEnds.length };
}
