/**
 * The languages' tables as the lexicon carries them to content scripts (see `Language.foldTable`):
 * the fold tables plus what only matching reads (Chinese's word contexts, zh/word-contexts.ts).
 * Loaded where lexicons are built (background, scripts), never in content scripts, popup or
 * options. Only utils/text/match-tables.ts imports this module.
 */
import { chineseTables } from './zh/shipped-tables';

export const MATCH_TABLES: Readonly<Record<string, () => Uint16Array>> = {
  zh: chineseTables,
};
