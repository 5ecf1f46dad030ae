/**
 * The lexicon: every highlightable alias of the knowledge base, folded, in one automaton.
 * The background builds it once per data version (`buildLexicon`) and hands it to content
 * scripts; it holds only strings, numbers and typed arrays, so it survives structured clone
 * as is and JSON through `lexiconToJSON`/`lexiconFromJSON` (lexicon-format.ts, all that
 * content scripts import). `createMatcher` (matcher.ts) turns it into a ready matcher without
 * rebuilding anything.
 */
import type { Alias } from '../knowledge-base/schema';
import { NAME_LANGUAGES, aliasObject, type NameLanguage } from '../knowledge-base/model';
import { nameVariantsOf } from '../language/registry';
import { foldKey, installedFoldTables } from '../text/fold';
import { useBundledMatchTables } from '../text/match-tables';
import { buildAutomaton } from './automaton-build';
import { FIELD_SEPARATOR, LEXICON_FORMAT, type Lexicon } from './lexicon-format';
import { afterClitic, keyFlags, PatternFlag } from './pattern-flags';
import { shortFormsOf } from './short-forms';

export {
  FIELD_SEPARATOR,
  LEXICON_FORMAT,
  lexiconForClone,
  lexiconFromJSON,
  lexiconToJSON,
  type Lexicon,
} from './lexicon-format';

/** What the lexicon needs of an entry (a schema `Entry` fits). */
export interface LexiconEntry {
  id: string;
  /** The entry's type (person, place…): some languages' name variants depend on it. */
  type?: string;
  names: Partial<Record<NameLanguage, readonly Alias[] | undefined>>;
}

/** Options of {@link buildLexicon}. */
export interface LexiconOptions {
  /** Identifies the knowledge-base data the lexicon was built from (e.g. a content hash). */
  dataVersion?: string;
  /**
   * Also accept the article ال in front of Arabic aliases written without it (alias «صيني»
   * matching «الصيني»). Default false: aliases carry their article when the name has one.
   */
  arabicArticleOnBareAliases?: boolean;
}

interface Pattern {
  key: string;
  entry: number;
  flags: number;
  lang: number;
  caseKey: string;
}

/**
 * The folded names an entry withholds from highlighting (searchOnly), or undefined (most
 * entries): a rule that generates one from another name (Taiwan's 塔吉克 from 塔吉克斯坦, also the
 * Tajik people) does not make it highlighted.
 */
function withheldKeys(aliases: readonly Alias[]): Set<string> | undefined {
  let out: Set<string> | undefined;
  for (const alias of aliases)
    if (typeof alias !== 'string' && alias.searchOnly === true)
      (out ??= new Set()).add(foldKey(alias.text));
  return out;
}

/**
 * Builds the lexicon from knowledge-base entries. `searchOnly` aliases are left out; aliases
 * are folded with `foldKey`, with the variants their language's rules generate (Russian case
 * forms), bar those the entry lists as searchOnly; Arabic aliases starting with the article
 * also get a variant for the لل spelling (ل + الصين → للصين). Duplicate aliases of one entry
 * are kept once. A person's short forms (short-forms.ts) are added flagged
 * `PatternFlag.ShortForm`.
 */
export function buildLexicon(
  entries: readonly LexiconEntry[],
  options: LexiconOptions = {},
): Lexicon {
  useBundledMatchTables();
  const patterns: Pattern[] = [];
  // Per entry (duplicates are kept once per entry): two sets of a million strings for the whole
  // knowledge base made most of a 100k-entry build's time hashing and collecting garbage.
  const seen = new Set<string>(); // key and case-kept key of each of the entry's patterns
  const named = new Set<string>(); // key of each of the entry's names, whatever its case
  entries.forEach((entry, e) => {
    seen.clear();
    named.clear();
    NAME_LANGUAGES.forEach((lang, l) => {
      const aliases = entry.names[lang] ?? [];
      const withheld = withheldKeys(aliases);
      for (const alias of aliases) {
        const { text: name, caseSensitive, searchOnly } = aliasObject(alias);
        if (searchOnly) continue;
        for (const text of [name, ...nameVariantsOf(lang, name, entry.type)]) {
          const key = foldKey(text);
          if (key === '' || (text !== name && withheld?.has(key) === true)) continue;
          const caseKey = caseSensitive ? foldKey(text, { caseSensitive: true }) : '';
          const id = `${key}\u0000${caseKey}`;
          if (seen.has(id)) continue;
          seen.add(id);
          named.add(key);
          const flags = keyFlags(key) | (caseSensitive ? PatternFlag.CaseSensitive : 0);
          patterns.push({ key, entry: e, flags, lang: l, caseKey });
          const variant = afterClitic(key);
          if (variant !== undefined)
            patterns.push({
              key: variant,
              entry: e,
              flags: flags | PatternFlag.AfterClitic,
              lang: l,
              caseKey,
            });
        }
      }
    });
    // short forms that need context (short-forms.ts), unless the entry lists them as names;
    // case-sensitive where the script has case (Xi, Си; not xi, си)
    for (const { lang, text } of shortFormsOf(entry)) {
      const key = foldKey(text);
      if (key === '' || named.has(key)) continue;
      named.add(key);
      const caseKey = text === text.toLowerCase() ? '' : foldKey(text, { caseSensitive: true });
      const flags =
        keyFlags(key) | PatternFlag.ShortForm | (caseKey ? PatternFlag.CaseSensitive : 0);
      patterns.push({ key, entry: e, flags, lang: NAME_LANGUAGES.indexOf(lang), caseKey });
    }
  });
  // Namesakes (another entry's name with the same key and flags; thousands in a large knowledge
  // base) are left out of the automaton's outputs: such a pattern passes exactly the checks the
  // earlier one does and loses the tie to it, so it is never a mention, and reporting it cost
  // most of the matching at 10k entries. Case-sensitive patterns are all kept (case keys differ).
  const automaton = buildAutomaton(
    patterns.map((p) => p.key),
    (earlier, later) =>
      patterns[earlier]!.flags === patterns[later]!.flags &&
      (patterns[later]!.flags & PatternFlag.CaseSensitive) === 0,
  );
  return {
    format: LEXICON_FORMAT,
    dataVersion: options.dataVersion ?? '',
    arabicArticleOnBareAliases: options.arabicArticleOnBareAliases ?? false,
    maxKeyLength: patterns.reduce((max, p) => Math.max(max, p.key.length), 0),
    entryIds: entries.map((entry) => entry.id).join(FIELD_SEPARATOR),
    patternEntry: Int32Array.from(patterns, (p) => p.entry),
    patternLength: Uint16Array.from(patterns, (p) => p.key.length), // names are short
    patternFlags: Uint8Array.from(patterns, (p) => p.flags),
    patternLang: Uint8Array.from(patterns, (p) => p.lang),
    caseKeys: Object.fromEntries(patterns.flatMap((p, i) => (p.caseKey ? [[i, p.caseKey]] : []))),
    foldTables: installedFoldTables(),
    ...automaton,
  };
}
