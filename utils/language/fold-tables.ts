/**
 * The languages' fold tables (see `Language.foldTable`), by language code, as folding needs them:
 * loaded where the knowledge base or a query is folded (background, popup, options, scripts),
 * never in content scripts, which get them with the lexicon. Only utils/text/fold-tables.ts
 * imports this module. Chinese's table here is the traditional → simplified pairs alone; the
 * matcher's table adds the word contexts (match-tables.ts), which only matching reads, so the
 * popup and options pages do not carry them.
 */
import { hanVariantPairs } from './zh/han-variants';

export const FOLD_TABLES: Readonly<Record<string, () => Uint16Array>> = {
  zh: hanVariantPairs,
};
