/**
 * Aliases the spelling rules already generate (issue 15): the lexicon adds every alias's
 * variants by the rules of its language (Russian case forms, Arabic spellings of foreign
 * names, English spellings and number, regional Chinese names of countries), so an alias
 * equal to a variant of another name of the same entry and language only repeats it. A warning, located, so the data lists each name once.
 */
import { nameVariantsOf } from '../language/registry';
import { foldKey } from '../text/fold';
import { aliasObject, NAME_LANGUAGES } from './model';
import { formatPath, type Problem } from './problem';
import type { KnowledgeBase } from './schema';

export function checkGeneratedAliases(kb: KnowledgeBase): Problem[] {
  const problems: Problem[] = [];
  kb.entries.forEach((entry, i) => {
    for (const lang of NAME_LANGUAGES) {
      const aliases = (entry.names[lang] ?? []).map(aliasObject);
      const keys = aliases.map((a) => foldKey(a.text));
      /** Per alias, the folded keys of the variants its rules generate. */
      const generated = aliases.map(
        (alias) =>
          new Set(
            alias.searchOnly || alias.caseSensitive
              ? []
              : nameVariantsOf(lang, alias.text, entry.type).map((v) => foldKey(v)),
          ),
      );
      aliases.forEach((alias, j) => {
        // a searchOnly alias is no repetition: it withholds the form from highlighting
        if (alias.caseSensitive || alias.searchOnly) return;
        // the first other alias generating this one; of two generating each other, the later
        const from = generated.findIndex(
          (keysOf, k) =>
            k !== j &&
            keys[k] !== keys[j] &&
            keysOf.has(keys[j]!) &&
            (k < j || !generated[j]!.has(keys[k]!)),
        );
        if (from < 0) return;
        const source = ['names', lang, from];
        problems.push({
          severity: 'warning',
          path: ['entries', i, 'names', lang, j],
          message: `alias "${alias.text}" is a spelling the ${lang} rules generate from "${aliases[from]!.text}" (${formatPath(source)})`,
          hint: 'remove it: the lexicon adds it by rule',
        });
      });
    }
  });
  return problems;
}
