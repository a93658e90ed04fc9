import { IasEvent } from '@ias-kit/ui';
import type { Overlay, OverlayIssue } from '@ias-kit/core/schema';

/** `checkOverlay`'s verdict as the editor reports it. */
export interface OverlayVerdict {
  ok: boolean;
  /** The problems, each with its pointer, a stable `code` and an English message. */
  errors: OverlayIssue[];
}

/** `ias-overlay-change`: after every edit, undo, redo and import in `<ias-overlay-editor>`. */
export class IasOverlayChangeEvent extends IasEvent {
  static readonly eventName = 'ias-overlay-change';
  /** The whole overlay after the edit (store it; the template is never changed). */
  readonly overlay: Overlay;
  /** `checkOverlay`'s verdict on it. */
  readonly check: OverlayVerdict;
  constructor(overlay: Overlay, check: OverlayVerdict) {
    super(IasOverlayChangeEvent.eventName);
    this.overlay = overlay;
    this.check = check;
  }
}

/**
 * `ias-overlay-export`: the specialist exports an overlay the checker accepts. Cancelable: a host that
 * stores the overlay itself calls `preventDefault()`; otherwise the browser downloads the JSON file.
 */
export class IasOverlayExportEvent extends IasEvent {
  static readonly eventName = 'ias-overlay-export';
  /** The overlay. */
  readonly overlay: Overlay;
  /** The overlay as pretty-printed JSON, as it would be downloaded. */
  readonly json: string;
  /** A file name from the overlay's id and version (`canton-sem-kurzassessment-1.0.1.overlay.json`). */
  readonly fileName: string;
  constructor(overlay: Overlay, json: string, fileName: string) {
    super(IasOverlayExportEvent.eventName, { cancelable: true });
    this.overlay = overlay;
    this.json = json;
    this.fileName = fileName;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ias-overlay-change': IasOverlayChangeEvent;
    'ias-overlay-export': IasOverlayExportEvent;
  }
}
