/**
 * Which result the arrow keys have reached. Pure, so the keyboard behaviour is tested without a
 * DOM: the list wraps around, as in the browser's own address-bar suggestions.
 */

/** The active index after pressing a key, or undefined when the key does not move. */
export function moveActive(active: number, count: number, key: string): number | undefined {
  if (count === 0) return undefined;
  switch (key) {
    case 'ArrowDown':
      return (active + 1) % count;
    case 'ArrowUp':
      return (active - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
