/* What the render modules of <ias-assessment> read from the element: one context object per render. */
import type { AssessmentSnapshot, Locale } from '@ias-kit/core';
import type { AssessmentKey } from './assessment.l10n.js';
import type { AssessmentPerson } from './assessment.types.js';
import type { Json } from './model.js';

export interface ViewContext {
  /** The snapshot's template with its overlay applied. */
  schema: Json;
  /** The snapshot shown. */
  value: AssessmentSnapshot;
  /** The snapshot's data (`{}` when it has none). */
  data: Json;
  /** Every template version and overlay the host keeps. */
  templates: unknown[];
  overlays: unknown[];
  /** The template's sections this role may read. */
  sections: readonly string[];
  userRole: string | null;
  /** The person given by the host, if any. */
  person?: AssessmentPerson;
  loc: Locale;
  /** The element's messages (with the host's `strings` overrides). */
  t: (key: AssessmentKey, params?: Record<string, string | number>) => string;
  yesNo: (b: boolean) => string;
}
