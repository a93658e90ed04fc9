/** One action of an `<ias-menu>`. */
export interface MenuItem {
  /** What `ias-menu-select` reports when the item is chosen. */
  value: string;
  /** The visible (and spoken) text. */
  label: string;
  /** Greys the item out; it stays in the menu so the user learns it exists. */
  disabled?: boolean;
  /** Items with the same `group` text follow one another under that heading (e.g. "Übergeben an"). */
  group?: string;
  /** A keyboard shortcut the host implements, shown beside the label (e.g. `D`) and exposed as `aria-keyshortcuts`. */
  shortcut?: string;
  /** `danger` for items that remove or discard. */
  variant?: 'danger';
}
