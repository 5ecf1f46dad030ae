/**
 * Orders units so that what the reader sees is scanned first. Units come in document order,
 * which is (nearly always) top-to-bottom order, so a binary search with a handful of layout
 * reads finds the first unit that reaches the viewport; the units before it go last.
 */

function rectOf(unit: Node): DOMRect | null {
  const el = unit.nodeType === 11 ? (unit as ShadowRoot).host : (unit as Element);
  return typeof el.getBoundingClientRect === 'function' ? el.getBoundingClientRect() : null;
}

/** The units from the first one visible at the top of the viewport on, then the ones above it. */
export function visibleFirst(units: Node[]): Node[] {
  let lo = 0;
  let hi = units.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const rect = rectOf(units[mid]!);
    // Units without a box (rect all zero) sort as "not above the viewport".
    if (rect !== null && rect.bottom < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? units : [...units.slice(lo), ...units.slice(0, lo)];
}
