/**
 * The row a list key moves to, for lists whose rows are one tab stop (roving tabindex): ArrowDown/Up by one,
 * PageDown/Up by `page`, Home to the first, End to the last (`Infinity`: the caller clamps to its length).
 * `undefined` for any other key or a key with a modifier, so the caller leaves the event alone.
 * Used by `<ias-task-list>` and `<ias-case-list>`.
 */
export function rowKeyTarget(e: KeyboardEvent, index: number, page = 10): number | undefined {
  if (e.altKey || e.ctrlKey || e.metaKey) return undefined;
  switch (e.key) {
    case 'ArrowDown':
      return index + 1;
    case 'ArrowUp':
      return index - 1;
    case 'PageDown':
      return index + page;
    case 'PageUp':
      return index - page;
    case 'Home':
      return 0;
    case 'End':
      return Infinity;
    default:
      return undefined;
  }
}
