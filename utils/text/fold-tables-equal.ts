/** Whether two sets of fold tables hold the same values (fold.ts keeps its caches if so). */
import type { FoldTables } from './fold';

export function sameFoldTables(a: FoldTables, b: FoldTables): boolean {
  if (a === b) return true;
  const codes = Object.keys(a);
  if (codes.length !== Object.keys(b).length) return false;
  return codes.every((code) => {
    const [x, y] = [a[code]!, b[code]];
    if (y === undefined || x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false; // x.every(): 1 ms
    return true;
  });
}
