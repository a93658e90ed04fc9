/** One choice of an `<ias-select>`. */
export interface SelectOption {
  /** The value the select takes when this option is chosen. */
  value: string;
  /** The visible (and spoken) text. */
  label: string;
  /** Greys the option out. */
  disabled?: boolean;
}
