/**
 * Typed errors of @ias-kit/core. Each carries a stable `code` (for the UI to localize), the
 * offending `value` and the `field` it came from; the English `message` names both.
 */

/** Details attached to an `IasError`. */
export interface IasErrorDetails {
  /** The offending input value, as received. */
  value: unknown;
  /** The field (property path) the value came from, e.g. `entryDate` or `statusHistory[1].status`. */
  field: string;
  /** The other value of a pair that is in the wrong order (code `date.order`). */
  related?: { field: string; value: unknown } | undefined;
}

/** Base class of all errors thrown by @ias-kit/core for bad input. */
export class IasError extends Error {
  readonly code: string;
  readonly value: unknown;
  readonly field: string;
  readonly related: { field: string; value: unknown } | undefined;

  constructor(code: string, message: string, details: IasErrorDetails) {
    super(message);
    this.name = 'IasError';
    this.code = code;
    this.value = details.value;
    this.field = details.field;
    this.related = details.related;
  }
}

/**
 * Error codes of date input:
 * - `date.empty`: no value (empty string, `null`, `undefined`);
 * - `date.format`: not in a recognised form (`31.12.`, `2025-2-3`, `1.2.25`);
 * - `date.invalid`: well-formed but not a calendar day (`2025-02-30`, `2025-13-01`);
 * - `date.order`: two dates in the wrong order (birth date after the entry date);
 * - `date.range`: a computed date leaves the years 0000–9999.
 */
export const DATE_ERROR_CODES = [
  'date.empty',
  'date.format',
  'date.invalid',
  'date.order',
  'date.range',
] as const;
export type DateErrorCode = (typeof DATE_ERROR_CODES)[number];

/**
 * Bad date input or an impossible date computation.
 *
 * @example
 * try {
 *   parseDate('2025-02-30', 'entryDate');
 * } catch (error) {
 *   if (error instanceof IasDateError) {
 *     error.code; // 'date.invalid'
 *     error.field; // 'entryDate'
 *     error.message; // 'entryDate: "2025-02-30" is not a valid date (2025-02 has 28 days)'
 *   }
 * }
 */
export class IasDateError extends IasError {
  declare readonly code: DateErrorCode;

  constructor(code: DateErrorCode, message: string, details: IasErrorDetails) {
    super(code, message, details);
    this.name = 'IasDateError';
  }
}
