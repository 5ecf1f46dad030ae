/**
 * The traditional → simplified table the CJK folder reads (one code unit for one). It is data
 * installed at run time, not code: han-variants.ts decodes it where the knowledge base is folded,
 * and content scripts get it with the lexicon (see `Language.foldTable`).
 */
import type { FoldTable } from '../language';

let table = new Map<number, number>();

/** The simplified form of a traditional Han character (a code unit), or undefined. */
export function simplifiedOf(c: number): number | undefined {
  return table.get(c);
}

/** Uses `pairs` ([traditional, simplified, …], as han-variants.ts makes them); none when undefined. */
export const hanVariantTable: FoldTable = {
  install(pairs) {
    const next = new Map<number, number>();
    if (pairs) for (let i = 0; i + 1 < pairs.length; i += 2) next.set(pairs[i]!, pairs[i + 1]!);
    table = next;
  },
};
