/**
 * The lexicon's format, what content scripts need of lexicon.ts without the builder (which
 * folds the knowledge base with the languages' full fold tables, too large for their bundle):
 * the type, and its plain-JSON form (Chrome's runtime messaging is JSON).
 */
import type { AutomatonArrays } from './automaton-build';
import { compactAutomaton, expandAutomaton } from './automaton-build';
import type { FoldTables } from '../text/fold';
import { packArray, unpackArray, unpackArrayAs } from './packed-array';

/** Bump when the layout changes: a matcher refuses lexicons of another format. */
export const LEXICON_FORMAT = 4;

/** Separates the fields of the lexicon's joined string lists (a control character no name contains). */
export const FIELD_SEPARATOR = '\u001f';

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
  /**
   * The languages' fold tables the keys were folded with: a content script installs them
   * (`createMatcher`) to fold pages alike without bundling them.
   */
  foldTables: FoldTables;
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
    foldTables: Object.fromEntries(
      Object.entries(lexicon.foldTables).map(([code, table]) => [code, packArray(table)]),
    ),
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
    foldTables: Object.fromEntries(
      Object.entries(json.foldTables as Record<string, unknown>).map(([code, packed]) => [
        code,
        unpackArrayAs(packed, Uint16Array) as Uint16Array,
      ]),
    ),
    ...patterns,
    ...automaton,
  };
}
