export { IasAssessment } from './assessment/assessment.js';
export * from './assessment/assessment.types.js';
export * from './assessment/assessment.events.js';
export { assessmentMessages, type AssessmentKey } from './assessment/assessment.l10n.js';
export {
  canRead,
  languageHistory,
  monthsBetween,
  progressOf,
  resolveSnapshot,
  sectionsOf,
  templateKey,
  type LanguageRow,
  type Resolved,
} from './assessment/model.js';
