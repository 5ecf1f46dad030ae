/**
 * An id used by more than one entry is one mistake, reported once: at the second entry with it,
 * naming every other place. A copied entry repeats its original, so what the copy repeats — its
 * names colliding with the original's, the original's own problems over again — follows from
 * that one mistake and is left out.
 */
import type { Problem } from './problem';
import type { KnowledgeBase } from './schema';

export interface DuplicateIds {
  problems: Problem[];
  /** The index of each later entry with a used id → the first entry with it. */
  firstOf: ReadonlyMap<number, number>;
}

export function checkIds(kb: KnowledgeBase): DuplicateIds {
  const byId = new Map<string, number[]>();
  kb.entries.forEach((entry, i) => byId.set(entry.id, [...(byId.get(entry.id) ?? []), i]));
  const problems: Problem[] = [];
  const firstOf = new Map<number, number>();
  for (const [id, [first, second, ...more]] of byId) {
    if (second === undefined) continue;
    for (const copy of [second, ...more]) firstOf.set(copy, first!);
    const others = [first!, ...more];
    problems.push({
      severity: 'error',
      path: ['entries', second, 'id'],
      message: `duplicate id "${id}" (also used by ${others.map((i) => `entries[${i}]`).join(' and ')})`,
      hint: 'ids must be unique: delete the copy if it is one, merge the entries, or give one a new id',
      also: others.map((i) => ({ path: ['entries', i, 'id'] })),
    });
  }
  return { problems, firstOf };
}

/** The entry a problem is in, when it is in one. */
function entryOf(problem: Problem): number | undefined {
  const [top, index] = problem.path;
  return top === 'entries' && typeof index === 'number' ? index : undefined;
}

/**
 * Leaves out the problems a later entry with a used id repeats from the first one: the same
 * message at the same place within the entry.
 */
export function withoutRepeats(
  problems: Problem[],
  firstOf: ReadonlyMap<number, number>,
): Problem[] {
  if (firstOf.size === 0) return problems;
  const key = (entry: number, p: Problem) => JSON.stringify([entry, p.path.slice(2), p.message]);
  const seen = new Set<string>();
  for (const p of problems) {
    const entry = entryOf(p);
    if (entry !== undefined && !firstOf.has(entry)) seen.add(key(entry, p));
  }
  return problems.filter((p) => {
    const first = firstOf.get(entryOf(p) ?? -1);
    return first === undefined || !seen.has(key(first, p));
  });
}
