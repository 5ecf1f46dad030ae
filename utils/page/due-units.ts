/**
 * The page scanner's cooldown: a unit that changed again within `cooldownMs` of its last scan
 * waits, so a mutation storm costs a bounded amount of work per second.
 */

/**
 * Takes the next dirty unit due for a scan out of `dirty`; when every one was scanned moments
 * ago, returns the time the earliest is due instead (and null when nothing is dirty).
 */
export function takeDueUnit(
  dirty: Set<Node>,
  lastScan: WeakMap<Node, number>,
  cooldownMs: number,
  now: number,
): Node | number | null {
  let earliest = Infinity;
  for (const unit of dirty) {
    const due = (lastScan.get(unit) ?? -Infinity) + cooldownMs;
    if (due <= now) {
      dirty.delete(unit);
      return unit;
    }
    earliest = Math.min(earliest, due);
  }
  return earliest === Infinity ? null : earliest;
}
