import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { dayOf, type Placement } from './layout.js';
import type { TimelineItem } from './timeline.types.js';

/** What the keyboard needs from the timeline. */
export interface TimelineKeyboardHost extends ReactiveControllerHost {
  /** Drawn items in time order (the order of ArrowLeft/Right). */
  keyboardOrder(): Placement[];
  /** Moves focus to an item (and pans it into view). */
  focusPlacement(p: Placement): void;
  /** The user chose an item (Enter or Space). */
  choose(item: TimelineItem): void;
  /** Zooms by a factor, or back to 1 with `0`; absent where the chart does not zoom. */
  zoomKey?: (factor: number) => void;
}

/**
 * The timeline's keyboard path, one listbox with a roving tabindex: ArrowLeft/Right go to the
 * previous/next item in time, ArrowUp/Down to the nearest item (in time) on the lane above/below,
 * Home/End to the first/last item, Enter or Space choose, + and − zoom, 0 resets.
 */
export class TimelineKeyboardController implements ReactiveController {
  /** Key of the item that holds the tab stop. */
  activeKey?: string;

  constructor(private readonly host: TimelineKeyboardHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The active placement among `order` (the first when none is active). */
  active(order: Placement[]): Placement | undefined {
    return order.find((p) => p.item.key === this.activeKey) ?? order[0];
  }

  readonly onKeydown = (event: KeyboardEvent): void => {
    const order = this.host.keyboardOrder();
    if (!order.length) return;
    const index = Math.max(
      0,
      order.findIndex((p) => p.item.key === this.activeKey),
    );
    const current = order[index]!;
    const go = (target: Placement | undefined) => {
      event.preventDefault();
      if (target) this.host.focusPlacement(target);
    };
    const at = (i: number) => order[Math.min(order.length - 1, Math.max(0, i))];
    switch (event.key) {
      case 'ArrowRight':
        return go(at(index + 1));
      case 'ArrowLeft':
        return go(at(index - 1));
      case 'ArrowDown':
        return go(this.lane(order, current, 1) ?? current);
      case 'ArrowUp':
        return go(this.lane(order, current, -1) ?? current);
      case 'Home':
        return go(at(0));
      case 'End':
        return go(at(order.length - 1));
      case 'Enter':
      case ' ':
        event.preventDefault();
        this.host.choose(current.item);
        return;
    }
    const zoom = this.host.zoomKey;
    if (!zoom) return;
    const factor = { '+': 1.5, '=': 1.5, '-': 1 / 1.5, '0': 0 }[event.key];
    if (factor === undefined) return;
    event.preventDefault();
    zoom(factor);
  };

  /** The item nearest in time on the next lane below (`dir` 1) or above (−1), across sections. */
  private lane(order: Placement[], from: Placement, dir: 1 | -1): Placement | undefined {
    const rows = [...new Set(order.map((p) => p.y))].sort((a, b) => a - b);
    const row = rows[rows.indexOf(from.y) + dir];
    if (row === undefined) return undefined;
    const day = from.item.start ? dayOf(from.item.start) : 0;
    let best: Placement | undefined;
    let gap = Infinity;
    for (const p of order) {
      if (p.y !== row || !p.item.start) continue;
      const d = Math.abs(dayOf(p.item.start) - day);
      if (d < gap) [best, gap] = [p, d];
    }
    return best;
  }
}
