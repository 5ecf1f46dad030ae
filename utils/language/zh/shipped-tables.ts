/**
 * Chinese's fold table as the extension ships it (tables.ts has the layout): loaded where the
 * knowledge base is folded, never in content scripts (utils/language/fold-tables.ts).
 */
import { hanVariantPairs } from './han-variants';
import { packChineseTables } from './tables';
import { WORD_CONTEXTS } from './word-contexts.generated';

export function chineseTables(): Uint16Array {
  return packChineseTables(hanVariantPairs(), WORD_CONTEXTS);
}
