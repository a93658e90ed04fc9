export { IasOverlayEditor } from './overlay-editor/overlay-editor.js';
export * from './overlay-editor/overlay-editor.events.js';
export { overlayEditorMessages, type OverlayEditorKey } from './overlay-editor/overlay-editor.l10n.js';
export * from './model/ops.js';
export * from './model/tree.js';
export * from './model/changes.js';
