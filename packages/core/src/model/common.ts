/**
 * Shared value types of the ias-kit data model.
 *
 * The JSDoc tags (`@format`, `@pattern`, `@minLength`, ...) are read by typescript-json-schema
 * (`npm run schemas`) and become JSON Schema keywords in `schemas/model/*.schema.json`.
 */

// Use the functions in `dates/` for all arithmetic; never parse it with `new Date()`.
/**
 * A calendar date `YYYY-MM-DD` (ISO 8601, no time, no time zone), e.g. `2020-06-15`.
 * @format date
 */
export type CalendarDate = string;

/**
 * A possibly partially known date (eCH-0044 `datePartiallyKnown`): `YYYY` (year only),
 * `YYYY-MM` (year and month) or `YYYY-MM-DD` (full date), e.g. `1990`, `2004-07`, `1985-11-03`.
 * Chosen over eCH-0044's `{ year } | { yearMonth } | { yearMonthDay }` union because one sortable
 * string is easier to store, diff and edit; `partialDateRange()` turns it into its earliest and
 * latest possible day.
 * The pattern checks a full date as a calendar date (days per month, 29 February in leap years only:
 * `1990-02-30` and `1900-02-29` are refused), so any JSON Schema validator refuses what `isPartialDate()` does.
 * @pattern ^([0-9]{4}(-(0[1-9]|1[0-2]))?|[0-9]{4}-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|([0-9]{2}(0[48]|[2468][048]|[13579][26])|([02468][048]|[13579][26])00)-02-29)$
 */
export type PartialDate = string;

/**
 * An instant as an ISO 8601 date-time with offset, e.g. `2025-03-04T09:15:00+01:00`.
 * @format date-time
 */
export type DateTime = string;

// A non-empty identifier chosen by the host system. (Tags only, so the schema does not repeat
// this sentence on every `id` property.)
/**
 * @minLength 1
 * @maxLength 100
 */
export type Id = string;

/** The 26 Swiss cantons (official abbreviations). */
// prettier-ignore
export const CANTONS = [
  'AG', 'AI', 'AR', 'BE', 'BL', 'BS', 'FR', 'GE', 'GL', 'GR', 'JU', 'LU', 'NE',
  'NW', 'OW', 'SG', 'SH', 'SO', 'SZ', 'TG', 'TI', 'UR', 'VD', 'VS', 'ZG', 'ZH',
] as const;
/** A Swiss canton abbreviation. */
export type Canton = (typeof CANTONS)[number];

/** A person acting in a case: case worker, assessor, job coach, ... */
export interface ActorRef {
  /** Identifier in the host system. */
  id: Id;
  /**
   * Display name.
   * @maxLength 200
   */
  name?: string;
  /** Organisation the actor works for (e.g. the responsible office). */
  organisationId?: Id;
}

/** An organisational unit such as a Sozialdienst, a cantonal integration office or an assessing office. */
export interface OfficeRef {
  id: Id;
  /** @maxLength 200 */
  name: string;
  canton?: Canton;
}

/** A reference to a document stored by the host (certificate, report, signed plan). */
export interface DocumentRef {
  id: Id;
  /** @maxLength 300 */
  title: string;
  /**
   * IANA media type, e.g. `application/pdf`.
   * @pattern ^[a-z]+/[a-zA-Z0-9.+-]+$
   */
  mediaType?: string;
  date?: CalendarDate;
}
