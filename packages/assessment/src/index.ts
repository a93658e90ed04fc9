export { IasAssessment } from './assessment/assessment.js';
export * from './assessment/assessment.types.js';
export { assessmentMessages, type AssessmentKey } from './assessment/assessment.l10n.js';
export {
  canRead,
  diffData,
  languageHistory,
  monthsBetween,
  progressOf,
  resolveSnapshot,
  sectionsOf,
  templateKey,
  type Change,
  type LanguageRow,
  type Resolved,
} from './assessment/model.js';
