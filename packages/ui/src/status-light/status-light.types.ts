/** Traffic-light states, declared once and reused by types, stories and tests. */
export const STATUS_VALUES = ['ok', 'warn', 'critical'] as const;
export type Status = (typeof STATUS_VALUES)[number];
