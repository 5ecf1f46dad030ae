/**
 * The lexicon: every highlightable alias of the knowledge base, folded, in one automaton.
 * The background builds it once per data version (`buildLexicon`) and hands it to content
 * scripts; it holds only strings, numbers and typed arrays, so it survives structured clone
 * as is and JSON through `lexiconToJSON`/`lexiconFromJSON`. `createMatcher` (matcher.ts)
 * turns it into a ready matcher without rebuilding anything.
 */
import type { Alias } from '../knowledge-base/schema';
import { NAME_LANGUAGES, aliasObject, type NameLanguage } from '../knowledge-base/model';
import { nameVariantsOf } from '../language/registry';
import { foldKey } from '../text/fold';
import {
  buildAutomaton,
  compactAutomaton,
  expandAutomaton,
  type AutomatonArrays,
} from './automaton-build';
import { packArray, unpackArray, unpackArrayAs } from './packed-array';
import { afterClitic, keyFlags, PatternFlag } from './pattern-flags';

/** Bump when the layout changes: a matcher refuses lexicons of another format. */
export const LEXICON_FORMAT = 3;

/** Separates the fields of the lexicon's joined string lists (a control character no name contains). */
export const FIELD_SEPARATOR = '\u001f';

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

/** The serialisable, ready-to-match form of the knowledge base's names. */
export interface Lexicon extends AutomatonArrays {
  format: typeof LEXICON_FORMAT;
  dataVersion: string;
  arabicArticleOnBareAliases: boolean;
  /** Length of the longest key, in folded code units (a content script need not scan for it). */
  maxKeyLength: number;
  /** Entry ids by entry index, joined with `FIELD_SEPARATOR` (one string clones fast). */
  entryIds: string;
  /** Per pattern (automaton key): its entry index. */
  patternEntry: Int32Array;
  /** Per pattern: its key length in folded code units. */
  patternLength: Int32Array;
  /** Per pattern: `PatternFlag` bits. */
  patternFlags: Uint8Array;
  /** Per pattern: the `NAME_LANGUAGES` index of the alias. */
  patternLang: Uint8Array;
  /**
   * Case-kept keys of the case-sensitive patterns, by pattern index (sparse: a few acronyms;
   * an object rather than a 100k-slot array of empty strings, which is slow to clone).
   */
  caseKeys: Record<number, string>;
}

interface Pattern {
  key: string;
  entry: number;
  flags: number;
  lang: number;
  caseKey: string;
}

/**
 * Builds the lexicon from knowledge-base entries. `searchOnly` aliases are left out; aliases
 * are folded with `foldKey`, with the variants their language's rules generate (Russian case
 * forms); Arabic aliases starting with the article also get a variant for the
 * لل spelling (ل + الصين → للصين). Duplicate aliases of one entry are kept once.
 */
export function buildLexicon(
  entries: readonly LexiconEntry[],
  options: LexiconOptions = {},
): Lexicon {
  const patterns: Pattern[] = [];
  const seen = new Set<string>();
  entries.forEach((entry, e) => {
    NAME_LANGUAGES.forEach((lang, l) => {
      for (const alias of entry.names[lang] ?? []) {
        const { text: name, caseSensitive, searchOnly } = aliasObject(alias);
        if (searchOnly) continue;
        for (const text of [name, ...nameVariantsOf(lang, name, entry.type)]) {
          const key = foldKey(text);
          if (key === '') continue;
          const caseKey = caseSensitive ? foldKey(text, { caseSensitive: true }) : '';
          const id = `${e}\u0000${key}\u0000${caseKey}`;
          if (seen.has(id)) continue;
          seen.add(id);
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
  });
  const automaton = buildAutomaton(patterns.map((p) => p.key));
  return {
    format: LEXICON_FORMAT,
    dataVersion: options.dataVersion ?? '',
    arabicArticleOnBareAliases: options.arabicArticleOnBareAliases ?? false,
    maxKeyLength: patterns.reduce((max, p) => Math.max(max, p.key.length), 0),
    entryIds: entries.map((entry) => entry.id).join(FIELD_SEPARATOR),
    patternEntry: Int32Array.from(patterns, (p) => p.entry),
    patternLength: Int32Array.from(patterns, (p) => p.key.length),
    patternFlags: Uint8Array.from(patterns, (p) => p.flags),
    patternLang: Uint8Array.from(patterns, (p) => p.lang),
    caseKeys: Object.fromEntries(patterns.flatMap((p, i) => (p.caseKey ? [[i, p.caseKey]] : []))),
    ...automaton,
  };
}

/** The JSON form's typed arrays and the type each has in a lexicon. */
const PACKED_FIELDS = {
  edgeClass: Uint16Array,
  fail: Int32Array,
  outPattern: Int32Array,
  patternEntry: Int32Array,
  patternLength: Int32Array,
  patternFlags: Uint8Array,
  patternLang: Uint8Array,
} as const;

/**
 * A plain-JSON form of the lexicon (Chrome's runtime messaging is JSON): the compact automaton
 * (the arrays `expandAutomaton` rebuilds are left out) and typed arrays packed narrow, base64.
 */
export function lexiconToJSON(lexicon: Lexicon): Record<string, unknown> {
  const { format, dataVersion, arabicArticleOnBareAliases, maxKeyLength } = lexicon;
  const { entryIds, caseKeys, alphabet } = lexicon;
  const { edgeCount, outState } = compactAutomaton(lexicon);
  const out: Record<string, unknown> = {
    ...{ format, dataVersion, arabicArticleOnBareAliases, maxKeyLength, entryIds, caseKeys },
    alphabet,
    edgeCount: packArray(edgeCount),
    outState: packArray(outState),
  };
  for (const field of Object.keys(PACKED_FIELDS) as (keyof typeof PACKED_FIELDS)[])
    out[field] = packArray(lexicon[field]);
  return out;
}

/** Restores a lexicon from `lexiconToJSON` output. */
export function lexiconFromJSON(json: Record<string, unknown>): Lexicon {
  if (json.format !== LEXICON_FORMAT)
    throw new Error(`lexicon format ${String(json.format)}, expected ${LEXICON_FORMAT}`);
  const arrays: Record<string, unknown> = {};
  for (const [field, Type] of Object.entries(PACKED_FIELDS))
    arrays[field] = unpackArrayAs(json[field], Type);
  const { edgeClass, fail, outPattern, ...patterns } = arrays as Pick<
    Lexicon,
    keyof typeof PACKED_FIELDS
  >;
  const automaton = expandAutomaton({
    alphabet: String(json.alphabet),
    edgeCount: unpackArray(json.edgeCount),
    edgeClass,
    fail,
    outState: unpackArray(json.outState),
    outPattern,
  });
  return {
    format: LEXICON_FORMAT,
    dataVersion: String(json.dataVersion),
    arabicArticleOnBareAliases: json.arabicArticleOnBareAliases === true,
    maxKeyLength: Number(json.maxKeyLength),
    entryIds: String(json.entryIds),
    caseKeys: json.caseKeys as Record<number, string>,
    ...patterns,
    ...automaton,
  };
}
