/**
 * Builds the popup's search index once from the knowledge-base entries: every name and alias in
 * every language (search-only names included: they exist precisely to be searched) and the forms
 * the language's rules generate from them, folded
 * into search keys, sorted for prefix lookup, and split into bigrams for fuzzy candidates.
 */
import type { Entry } from '../knowledge-base/schema';
import { NAME_LANGUAGES, aliasObject } from '../knowledge-base/model';
import { nameVariantsOf } from '../language/registry';
import { buildGramIndex } from './gram-index';
import { useBundledFoldTables } from '../text/fold-tables';
import { searchKey } from './search-key';
import { buildSortedKeys } from './sorted-keys';
import type { SearchIndex } from './types';
import { buildWordIndex } from './word-index';

/**
 * Indexes `entries` for `search` (search.ts). Names whose search key is empty (punctuation only) are
 * skipped. The entries are kept by reference, not copied.
 */
export function createSearchIndex(entries: readonly Entry[]): SearchIndex {
  useBundledFoldTables(); // keys and queries fold with the languages' tables (中國 = 中国)
  const keys: string[] = [];
  const texts: string[] = [];
  const entry: number[] = [];
  const lang: number[] = [];
  const position: number[] = [];
  const generated: number[] = [];

  entries.forEach((e, entryIndex) => {
    NAME_LANGUAGES.forEach((language, langIndex) => {
      const seen = new Set<string>();
      const add = (text: string, aliasPosition: number, isGenerated = false) => {
        const key = searchKey(text);
        if (key === '' || seen.has(key)) return;
        seen.add(key);
        keys.push(key);
        texts.push(text);
        entry.push(entryIndex);
        lang.push(langIndex);
        position.push(aliasPosition);
        generated.push(isGenerated ? 1 : 0);
      };
      const aliases = (e.names[language] ?? []).map(aliasObject);
      aliases.forEach((alias, aliasPosition) => add(alias.text, aliasPosition));
      // The forms the language's rules generate (Токаевым, Organization, وانج يي) are found
      // exactly, as on pages, though the data lists each name once.
      aliases.forEach((alias, aliasPosition) => {
        if (alias.caseSensitive) return;
        for (const variant of nameVariantsOf(language, alias.text, e.type))
          add(variant, aliasPosition, true);
      });
    });
  });

  return {
    entries,
    names: {
      keys,
      texts,
      entry: Int32Array.from(entry),
      lang: Uint8Array.from(lang),
      position: Uint16Array.from(position),
      generated: Uint8Array.from(generated),
    },
    sortedKeys: buildSortedKeys(keys),
    words: buildWordIndex(keys),
    grams: buildGramIndex(keys),
  };
}
