import { useState } from 'preact/hooks';

let counter = 0;

/**
 * An id unique in this JavaScript realm, stable for the component's life. Preact's `useId` is
 * unique only within one `render()` root, and the popup or a test may render several cards in
 * separate roots of one document, where `aria-labelledby` must not point at another card.
 */
export function useUniqueId(prefix: string): string {
  const [id] = useState(() => `${prefix}-${++counter}`);
  return id;
}
