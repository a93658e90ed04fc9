import type { CalendarDate, PartialDate } from '@ias-kit/core';

/** What `<ias-assessment>` shows: the form, or the printable A4 extract. */
export const ASSESSMENT_MODES = ['edit', 'print'] as const;
export type AssessmentMode = (typeof ASSESSMENT_MODES)[number];

/**
 * Role names the kit's templates use in `x-ias-access` (document new ones in schemas/README.md):
 * `case_manager` reads and writes everything, including health, debts and legal proceedings;
 * `social_worker` reads and writes the file except those blocks; `external_office` (an external
 * assessing office) sees and fills only the Praxisassessment.
 */
export const ASSESSMENT_ROLES = ['case_manager', 'social_worker', 'external_office'] as const;
export type AssessmentRole = (typeof ASSESSMENT_ROLES)[number];

/** Views besides the template's sections. */
export const EXTRA_VIEWS = ['summary', 'history'] as const;

/** Who the assessment is about, for the header and for "months since entry". */
export interface AssessmentPerson {
  name: string;
  birthDate?: PartialDate;
  /** `FL`, `VA` or `VA-FL`. */
  status?: string;
  entryDate?: CalendarDate;
  zemisNumber?: string;
}

/** Filled and total required fields, overall and per section. */
export interface AssessmentProgress {
  filled: number;
  total: number;
  sections: Record<string, { filled: number; total: number }>;
}
