/**
 * `@ias-kit/core/testing`: the kit's invented sample data for tests, stories, benchmarks and the example
 * apps. Workspace-only: the export has only the `ias-source` condition and is stripped from the packed
 * package (DECISIONS.md); `src/testing` is not in the tarball. The twenty sample cases of the stories and
 * examples are `@ias-kit/core/testing/cases` (apart: they import a JSON sample, which Vite reads and the
 * browser test server does not).
 */
export { sampleCase, sampleCases, sampleStandaloneTasks, SAMPLE_WORKERS } from '../testing/task-cases.js';
export { HAND_AT, HAND_COHORT } from './small-cohort.js';
export { HAND_COHORT as HAND_COHORT_42, HAND_COHORT_AT as HAND_COHORT_42_AT } from './hand-cohort.js';
export {
  sampleIndicatorRecords,
  SAMPLE_INDICATOR_WORKERS,
  SAMPLE_OFFICES,
  type SampleOptions,
} from './indicator-records.js';
