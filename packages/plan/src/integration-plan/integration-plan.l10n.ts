import type { Catalogs } from '@ias-kit/ui';
import { de } from './l10n/de.js';
import { en, type PlanKey } from './l10n/en.js';
import { fr } from './l10n/fr.js';
import { it } from './l10n/it.js';

export type { PlanKey };
/**
 * The texts of `<ias-integration-plan>` in de, fr, it and en (one file per locale; English declares the keys,
 * so a key missing in another locale is a type error). Hosts override any text with the `strings` property.
 */
export const planMessages: Catalogs<PlanKey> = { de, fr, it, en };
