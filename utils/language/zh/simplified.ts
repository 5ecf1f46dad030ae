/**
 * The traditional → simplified table the CJK folder reads (one code unit for one). It is data
 * installed at run time, not code: han-variants.ts decodes it where the knowledge base is folded,
 * and content scripts get it with the lexicon (see `Language.foldTable`).
 */
import type { FoldTable } from '../language';

/**
 * The pairs, searched where they are: installing them in a frame builds nothing (a content
 * script installs them at ready, issue 18; a Map of the 1,536 pairs took a millisecond there),
 * and a character is looked up once, when the fold's 64K table first meets it.
 */
let table: Uint16Array = new Uint16Array(0);

/** The simplified form of a traditional Han character (a code unit), or undefined. */
export function simplifiedOf(c: number): number | undefined {
  let lo = 0;
  let hi = (table.length >> 1) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const traditional = table[2 * mid]!;
    if (traditional === c) return table[2 * mid + 1];
    if (traditional < c) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/**
 * Uses `pairs` ([traditional, simplified, …], traditional ascending, as han-variants.ts makes
 * them); none when undefined.
 */
export const hanVariantTable: FoldTable = {
  install(pairs) {
    table = pairs ?? new Uint16Array(0);
  },
};
