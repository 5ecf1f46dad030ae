/**
 * The languages' fold tables (see `Language.foldTable`), by language code: loaded where the
 * knowledge base is folded (background, popup, options, scripts), never in content scripts,
 * which get them with the lexicon. Only utils/text/fold-tables.ts imports this module.
 */
import { chineseTables } from './zh/shipped-tables';

export const FOLD_TABLES: Readonly<Record<string, () => Uint16Array>> = {
  zh: chineseTables,
};
