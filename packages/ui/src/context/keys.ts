import { createContext } from '@lit/context';
import type { Case } from '@ias-kit/core';

/**
 * Context keys shared by ias-kit elements. Keys use `Symbol.for` so that two bundles of the same
 * kit version on one page still meet.
 */
/** One person's case, provided by `<ias-case>` to the timeline, plan and task list inside it. */
export const caseContext = createContext<Case | undefined>(Symbol.for('ias-kit.case'));

/** The reference date (`YYYY-MM-DD`) that elements use instead of the clock, so results are reproducible. */
export const todayContext = createContext<string | undefined>(Symbol.for('ias-kit.today'));
