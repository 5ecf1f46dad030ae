/**
 * Builds the popup's search index once from the knowledge-base entries: every name and alias in
 * every language (search-only names included: they exist precisely to be searched), folded
 * into search keys, sorted for prefix lookup, and split into bigrams for fuzzy candidates.
 */
import { NAME_LANGUAGES, aliasObject, type Entry } from '../knowledge-base/schema';
import { buildGramIndex } from './gram-index';
import { searchKey } from './search-key';
import { SortedStartsBuilder } from './sorted-starts';
import type { SearchIndex } from './types';
import { wordStarts } from './word-starts';

/**
 * Indexes `entries` for {@link search}. Names whose search key is empty (punctuation only) are
 * skipped. The entries are kept by reference, not copied.
 */
export function createSearchIndex(entries: readonly Entry[]): SearchIndex {
  const keys: string[] = [];
  const texts: string[] = [];
  const entry: number[] = [];
  const lang: number[] = [];
  const position: number[] = [];
  const nameStarts = new SortedStartsBuilder();
  const wordStartsBuilder = new SortedStartsBuilder();

  entries.forEach((e, entryIndex) => {
    NAME_LANGUAGES.forEach((language, langIndex) => {
      e.names[language]?.forEach((alias, aliasPosition) => {
        const text = aliasObject(alias).text;
        const key = searchKey(text);
        if (key === '') return;
        const name = keys.length;
        keys.push(key);
        texts.push(text);
        entry.push(entryIndex);
        lang.push(langIndex);
        position.push(aliasPosition);
        nameStarts.add(key, name, 0);
        for (const offset of wordStarts(key)) wordStartsBuilder.add(key, name, offset);
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
    },
    nameStarts: nameStarts.build(),
    wordStarts: wordStartsBuilder.build(),
    grams: buildGramIndex(keys),
  };
}
