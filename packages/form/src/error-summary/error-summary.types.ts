/** One entry of an error summary: one invalid field. */
export interface ErrorSummaryEntry {
  /** JSON pointer of the field in the data (what the host focuses when the link is followed). */
  pointer: string;
  /** The field's label, as the person reads it next to the control. */
  label: string;
  /** What to do, e.g. "Geben Sie das Einreisedatum an." */
  message: string;
  /** The link target; default `#` plus the field's id from `fieldId(pointer)`. */
  href?: string;
  /** A group the entry belongs to (an assessment section), shown as a sub-list. */
  group?: string;
}

/** The id a field's control area carries, from its JSON pointer: `/person/entryDate` → `field-person-entryDate`. */
export function fieldId(pointer: string): string {
  return `field${pointer.replace(/[^A-Za-z0-9_-]/g, (c) => (c === '/' ? '-' : `_${c.charCodeAt(0).toString(16)}`))}`;
}
