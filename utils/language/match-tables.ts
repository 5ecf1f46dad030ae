/**
 * The languages' tables as the lexicon carries them to content scripts (see `Language.foldTable`):
 * the fold tables plus what only matching reads (Chinese's word contexts, zh/word-contexts.ts),
 * and the tables of name variants only lexicon building reads.
 * Loaded where lexicons are built (background, scripts), never in content scripts, popup or
 * options. Only utils/text/match-tables.ts imports this module.
 */
import { installTerritoryNames } from './zh/name-variants';
import { chineseTables } from './zh/shipped-tables';
import { TERRITORY_NAMES } from './zh/territory-names.generated';

export const MATCH_TABLES: Readonly<Record<string, () => Uint16Array>> = {
  zh: chineseTables,
};

/**
 * Installs what only building a lexicon (or checking its names) reads besides: Chinese's
 * regional names of countries (zh/name-variants.ts).
 */
export function installNameTables(): void {
  installTerritoryNames(TERRITORY_NAMES);
}
