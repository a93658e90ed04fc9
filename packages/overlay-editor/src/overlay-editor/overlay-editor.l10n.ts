import type { Catalogs } from '@ias-kit/ui';
import { de, type OverlayEditorKey } from './l10n/de.js';
import { fr } from './l10n/fr.js';
import { it } from './l10n/it.js';
import { en } from './l10n/en.js';

export type { OverlayEditorKey };
/** The editor's texts in de/fr/it/en (one file per locale); hosts override single texts with `strings`. */
export const overlayEditorMessages: Catalogs<OverlayEditorKey> = { de, fr, it, en };
