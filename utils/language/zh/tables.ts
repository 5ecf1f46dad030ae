/**
 * Chinese's fold table as installed at run time (see `Language.foldTable`): the traditional →
 * simplified pairs (simplified.ts) and the word contexts (word-contexts.ts), in one array so
 * that both travel with the lexicon to content scripts, which never bundle them. Layout:
 * [0, pair count high, pair count low, …pairs, …the word contexts' text as code units]; an
 * array not starting with 0 is pairs alone.
 */
import type { FoldTable } from '../language';
import { hanVariantTable } from './simplified';
import { installWordContexts } from './word-contexts';

/** Packs the two tables (shipped-tables.ts calls it with the generated data). */
export function packChineseTables(pairs: Uint16Array, wordContexts: string): Uint16Array {
  const out = new Uint16Array(3 + pairs.length + wordContexts.length);
  out[1] = pairs.length >>> 16;
  out[2] = pairs.length & 0xffff;
  out.set(pairs, 3);
  for (let i = 0; i < wordContexts.length; i++)
    out[3 + pairs.length + i] = wordContexts.charCodeAt(i);
  return out;
}

export const chineseTable: FoldTable = {
  install(table) {
    if (table === undefined) {
      hanVariantTable.install(undefined);
      installWordContexts('');
      return;
    }
    // Pairs alone (the popup's and options' folding, utils/language/fold-tables.ts): folding
    // changes; the word contexts, which only matching reads, stay as they are.
    if (table[0] !== 0) {
      hanVariantTable.install(table);
      return;
    }
    const pairs = (table[1]! << 16) | table[2]!;
    hanVariantTable.install(table.subarray(3, 3 + pairs));
    // As code units: made text only when a page first needs them (most pages have no Chinese).
    installWordContexts(table.subarray(3 + pairs));
  },
};
