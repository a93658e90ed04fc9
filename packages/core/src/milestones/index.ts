/** IAS milestones and the federal financing horizon. */
export {
  MILESTONE_IDS,
  type MilestoneId,
  type MilestoneGoal,
  MILESTONE_REASONS,
  type MilestoneReason,
  type MilestoneRule,
  MILESTONE_RULES,
  FEDERAL_FINANCING_RULES,
  DUE_DATE_CONVENTIONS,
  type DueDateConvention,
  type MilestoneInput,
  type MilestoneOptions,
  type ApplicableMilestone,
  type NotApplicableMilestone,
  type Milestone,
  type Horizon,
  computeMilestones,
  computeHorizon,
  responsibilityEnd,
  milestoneInputOf,
} from './milestones.js';
export { type StatusHistoryFacts, readStatusHistory, exitInForce } from './status-history.js';
export { type CountingDeadline, countingDeadline, taskCountingDeadline } from './counting.js';
