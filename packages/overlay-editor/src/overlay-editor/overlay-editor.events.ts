import type { Overlay, OverlayIssue } from '@ias-kit/core/schema';

/** The `detail` of `ias-overlay-change`. */
export interface IasOverlayChangeDetail {
  /** The whole overlay after the edit (store it; the template is never changed). */
  overlay: Overlay;
  /** `checkOverlay`'s verdict: `ok` and the problems with their pointers. */
  check: { ok: boolean; errors: OverlayIssue[] };
}

/**
 * `ias-overlay-change`: after every edit, undo, redo and import in `<ias-overlay-editor>`.
 * Bubbles and is composed; the fields are also on `detail`.
 */
export class IasOverlayChangeEvent extends Event implements IasOverlayChangeDetail {
  static readonly eventName = 'ias-overlay-change';
  readonly overlay: Overlay;
  readonly check: IasOverlayChangeDetail['check'];
  constructor(readonly detail: IasOverlayChangeDetail) {
    super(IasOverlayChangeEvent.eventName, { bubbles: true, composed: true });
    ({ overlay: this.overlay, check: this.check } = detail);
  }
}

/** The `detail` of `ias-overlay-export`. */
export interface IasOverlayExportDetail {
  overlay: Overlay;
  /** The overlay as pretty-printed JSON, as it would be downloaded. */
  json: string;
  /** A file name built from the overlay's id and version (`canton-sem-kurzassessment-1.0.1.overlay.json`). */
  fileName: string;
}

/**
 * `ias-overlay-export`: when the specialist exports an overlay the checker accepts. Cancelable: a host that
 * stores the overlay itself calls `preventDefault()`; otherwise the browser downloads the JSON file.
 */
export class IasOverlayExportEvent extends Event implements IasOverlayExportDetail {
  static readonly eventName = 'ias-overlay-export';
  readonly overlay: Overlay;
  readonly json: string;
  readonly fileName: string;
  constructor(readonly detail: IasOverlayExportDetail) {
    super(IasOverlayExportEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    ({ overlay: this.overlay, json: this.json, fileName: this.fileName } = detail);
  }
}

declare global {
  interface HTMLElementEventMap {
    'ias-overlay-change': IasOverlayChangeEvent;
    'ias-overlay-export': IasOverlayExportEvent;
  }
  interface GlobalEventHandlersEventMap {
    'ias-overlay-change': IasOverlayChangeEvent;
    'ias-overlay-export': IasOverlayExportEvent;
  }
}
