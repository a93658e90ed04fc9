import { IasOverlayEditor } from './overlay-editor.js';
import './overlay-editor.events.js';

export { IasOverlayEditor };
export * from './overlay-editor.events.js';

IasOverlayEditor.define('ias-overlay-editor');

declare global {
  interface HTMLElementTagNameMap {
    'ias-overlay-editor': IasOverlayEditor;
  }
}
