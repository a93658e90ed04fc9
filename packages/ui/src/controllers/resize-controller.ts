import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Observes the inline size of one element in the host's shadow root (found by `target()` after each
 * update) and requests an update when it changes. Observe a box whose height does not depend on the
 * content, so a redraw never triggers another observation in the same frame.
 */
export class ResizeController implements ReactiveController {
  /** The last observed inline size in pixels, or `undefined` before the first observation. */
  width: number | undefined;
  private observer?: ResizeObserver;
  private observed?: Element;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly target: () => Element | null | undefined,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const el = this.target();
    if (!el || el === this.observed || typeof ResizeObserver === 'undefined') return;
    this.observer ??= new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (!entry) return;
      const width = Math.round(entry.contentRect.width);
      if (width > 0 && width !== this.width) {
        this.width = width;
        this.host.requestUpdate();
      }
    });
    if (this.observed) this.observer.unobserve(this.observed);
    this.observer.observe(el);
    this.observed = el;
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed = undefined;
  }
}
