/**
 * The lexicon's format, what content scripts need of lexicon.ts without the builder (which
 * folds the knowledge base with the languages' full fold tables, too large for their bundle):
 * the type, and its plain-JSON form (Chrome's runtime messaging is JSON unless the manifest asks
 * for structured clones), with its arrays' bytes decoded for the messaging that clones them.
 */
import type { AutomatonArrays } from './automaton-build';
import type { FoldTables } from '../text/fold';
import { compactAutomaton, expandAutomaton } from './automaton-compact';
import {
  packArrays,
  packedAsBytes,
  unpackArrays,
  type PackAs,
  type PackedArrays,
  type UintArray,
} from './packed-array';

/** Bump when the layout changes: a matcher refuses lexicons of another format. */
export const LEXICON_FORMAT = 7;

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
  patternLength: Uint16Array;
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

/**
 * The JSON form's arrays, each in the type the lexicon has (a view on the decoded bytes, no
 * copy; `'own'`: the type the build chose, 16- or 32-bit). Fold tables follow, as `fold:<code>`.
 * The automaton travels expanded (automaton-compact.ts: no loop over the states at ready) while
 * its per-state arrays are 16-bit, as the bundled lexicon's; a larger one travels compact (1
 * byte a state where expanded it would be 8: 28 MB of JSON instead of 15.5 at 10k entries,
 * whose frames match remotely anyway) and is expanded where it arrives.
 */
const PACKED = {
  edgeClass: 'u16',
  fail: 'i32',
  outPattern: 'i32',
  patternEntry: 'i32',
  patternLength: 'u16',
  patternFlags: 'u8',
  patternLang: 'u8',
} as const satisfies Record<string, PackAs>;
const EXPANDED = {
  childOffset: 'u16',
  outFirst: 'u16',
  reportStart: 'i32',
  reportNext: 'i32',
  reportDepth: 'i32',
} as const satisfies Record<string, PackAs>;
const COMPACT = {
  edgeCount: 'narrow',
  reportState: 'narrow',
  reportSize: 'narrow',
  reportDepth: 'narrow',
} as const satisfies Record<string, PackAs>;
const FOLD = 'fold:';

/**
 * A plain-JSON form of the lexicon (Chrome's runtime messaging is JSON): every typed array in
 * one base64 string (packed-array.ts: one decode, one buffer at the content script).
 */
export function lexiconToJSON(lexicon: Lexicon): Record<string, unknown> {
  const { format, dataVersion, arabicArticleOnBareAliases, maxKeyLength } = lexicon;
  const { entryIds, caseKeys, alphabet } = lexicon;
  const expanded =
    lexicon.childOffset instanceof Uint16Array && lexicon.outFirst instanceof Uint16Array;
  const compact = expanded ? undefined : compactAutomaton(lexicon);
  const fields = { ...lexicon, ...compact };
  const arrays: Record<string, [ArrayLike<number>, PackAs]> = {};
  for (const [name, as] of Object.entries({ ...PACKED, ...(expanded ? EXPANDED : COMPACT) }))
    arrays[name] = [fields[name as keyof typeof fields] as ArrayLike<number>, as];
  for (const [code, table] of Object.entries(lexicon.foldTables))
    arrays[FOLD + code] = [table, 'u16'];
  return {
    ...{ format, dataVersion, arabicArticleOnBareAliases, maxKeyLength, entryIds, caseKeys },
    alphabet,
    ...(compact && { rootEdges: compact.rootEdges }),
    arrays: packArrays(arrays),
  };
}

/**
 * `lexiconToJSON` output with its arrays' bytes decoded (packedAsBytes): what the background
 * sends where messages are structured-cloned, so that a frame takes views on the bytes as they
 * arrive instead of parsing and decoding 1.8 MB of base64 (the bundled lexicon).
 */
export function lexiconForClone(json: Record<string, unknown>): Record<string, unknown> {
  return { ...json, arrays: packedAsBytes(json.arrays as PackedArrays) };
}

/**
 * Restores a lexicon from `lexiconToJSON` or `lexiconForClone` output. `mark` is told each step's end (the bench's
 * split of a content script's ready).
 */
export function lexiconFromJSON(
  json: Record<string, unknown>,
  mark?: (step: 'decode') => void,
): Lexicon {
  if (json.format !== LEXICON_FORMAT)
    throw new Error(`lexicon format ${String(json.format)}, expected ${LEXICON_FORMAT}`);
  const arrays = unpackArrays(json.arrays);
  mark?.('decode');
  const any = (name: string): UintArray => {
    const array = arrays[name];
    if (!array) throw new TypeError(`lexicon array ${name} missing`);
    return array;
  };
  const get = <T extends UintArray>(name: string, Type: abstract new (length: number) => T): T => {
    const array = any(name);
    if (!(array instanceof Type)) throw new TypeError(`lexicon array ${name} of another type`);
    return array;
  };
  const foldTables: Record<string, Uint16Array> = {};
  for (const name of Object.keys(arrays))
    if (name.startsWith(FOLD)) foldTables[name.slice(FOLD.length)] = get(name, Uint16Array);
  const alphabet = String(json.alphabet);
  const edgeClass = get('edgeClass', Uint16Array);
  const fail = get('fail', Int32Array);
  const outPattern = get('outPattern', Int32Array);
  const automaton = arrays.edgeCount
    ? expandAutomaton({
        ...{ alphabet, edgeClass, fail, outPattern, rootEdges: Number(json.rootEdges) },
        edgeCount: any('edgeCount'),
        reportState: any('reportState'),
        reportSize: any('reportSize'),
        reportDepth: any('reportDepth'),
      })
    : {
        ...{ alphabet, edgeClass, fail, outPattern },
        childOffset: get('childOffset', Uint16Array),
        outFirst: get('outFirst', Uint16Array),
        reportStart: get('reportStart', Int32Array),
        reportNext: get('reportNext', Int32Array),
        reportDepth: get('reportDepth', Int32Array),
      };
  return {
    format: LEXICON_FORMAT,
    dataVersion: String(json.dataVersion),
    arabicArticleOnBareAliases: json.arabicArticleOnBareAliases === true,
    maxKeyLength: Number(json.maxKeyLength),
    entryIds: String(json.entryIds),
    caseKeys: json.caseKeys as Record<number, string>,
    foldTables,
    patternEntry: get('patternEntry', Int32Array),
    patternLength: get('patternLength', Uint16Array),
    patternFlags: get('patternFlags', Uint8Array),
    patternLang: get('patternLang', Uint8Array),
    ...automaton,
  };
}
