/**
 * What the generic engine needs to know about one language. Each language lives in its own
 * folder, utils/language/<code>/, whose index.ts exports one `Language`; registry.ts lists them.
 * The generic code (folding in utils/text, the matcher in utils/match, the popup search in
 * utils/search, the knowledge-base checker) reads the registry and never imports a language's
 * folder by name, so adding a language is a new folder and one line in the registry.
 */
import type { DateWords } from './date-words';
import type { ScriptFolder } from './script-folder';

/** An inclusive range of UTF-16 code units. */
export type CodeRange = readonly [first: number, last: number];

/** True when `c` lies in one of `ranges`. */
export function inRanges(c: number, ranges: readonly CodeRange[]): boolean {
  for (const [first, last] of ranges) if (c >= first && c <= last) return true;
  return false;
}

export interface Language {
  /** ISO 639-1 code: the folder's name, and the key of this language's names in the knowledge base. */
  readonly code: string;
  /**
   * The code units of the script this language owns: its folder folds them, and no two languages
   * own the same one. A language written in another's script (Kazakh in Cyrillic) owns none.
   */
  readonly ranges: readonly CodeRange[];
  /** Folds the characters of `ranges`, and no others (see script-folder.ts). */
  readonly folder?: ScriptFolder;
  /**
   * A table `folder` reads, too large to bundle into content scripts (traditional → simplified
   * Han): fold-tables.ts loads it, and the background sends it to content scripts with the
   * lexicon; utils/text/fold.ts installs it.
   */
  readonly foldTable?: FoldTable;
  /**
   * Characters of `ranges` written without spaces between words (Han, kana): any position
   * between two of them is a word boundary.
   */
  readonly unspaced?: readonly CodeRange[];
  /**
   * For a language in `unspaced` script: true when the name at `codes[start, end)` (folded text
   * of length `length`) lies inside other words of the text (中国 in 发展中国家), so it is no
   * mention. Asked only for keys starting with a character of `unspaced`.
   */
  readonly insideWord?: (codes: Uint16Array, length: number, start: number, end: number) => boolean;
  /** Short words written glued to the next one (Arabic و ف ب ك ل and the article ال). */
  readonly clitics?: Clitics;
  /**
   * The forms a search key (folded, see utils/search/search-key.ts) may have had before the
   * reader copied it with its clitics, fewest letters stripped first, the key itself excluded.
   */
  readonly queryVariants?: (key: string) => string[];
  /**
   * The other spellings a text may give a name of this language (its case forms…), generated
   * when the lexicon is built so the knowledge base lists each name once. `type` is the entry's
   * type (person, place…).
   */
  readonly nameVariants?: (name: string, type: string | undefined) => string[];
  /**
   * Title words written right before a person's name (President, председатель, الرئيس): a
   * short form after one is a mention (utils/match/short-forms.ts).
   */
  readonly titles?: readonly string[];
  /**
   * True when a person's names (the entry's first name in each language, by code) show that the
   * surname comes first in every language (Chinese names: 习近平, Xi Jinping: short form Xi).
   */
  readonly surnameFirst?: (names: Readonly<Record<string, string | undefined>>) => boolean;
  /** Which of this language's aliases are too ordinary to highlight. */
  readonly aliasSafety?: AliasSafety;
  /** How the language writes dates: month names, datelines (see date-words.ts). */
  readonly dates?: DateWords;
}

/** A language's fold table, installed at run time (see `Language.foldTable`). */
export interface FoldTable {
  /** Makes the folder read `table` (undefined: no table, so those characters stay as they are). */
  install(table: Uint16Array | undefined): void;
}

/**
 * Bits that clitic rules give a key, stored in the lexicon's pattern flags beside the matcher's
 * own (utils/match/pattern-flags.ts). The values are part of the lexicon's format.
 */
export const KeyFlag = {
  /** The key starts with the language's definite article (الصين): other clitics may precede it. */
  Article: 2,
  /** A spelling of the key that occurs only right after a clitic (لصين in للصين, ل + الصين). */
  AfterClitic: 4,
  /** Clitics may precede the key inside its word. */
  Clitics: 8,
} as const;

/**
 * Proclitics: words written glued to the front of the next word. The matcher accepts them
 * before a key inside the key's word, and the search splits them off names and queries.
 */
export interface Clitics {
  /**
   * True for a folded letter of the words these clitics attach to. A key starting with one
   * takes these rules; such letters and other letters are separate words even when written
   * together (بـUN).
   */
  isLetter(c: number): boolean;
  /** The longest chain of clitics before a key, in folded code units. */
  readonly maxChain: number;
  /** The `KeyFlag` bits of a folded key that starts with one of the letters (Clitics at least). */
  keyFlags(key: string): number;
  /**
   * The key as spelt right after a clitic that merges with it (ل + الصين → للصين: «لصين»
   * after ل), or undefined.
   */
  afterClitic(key: string): string | undefined;
  /**
   * Whether `codes[from, to)`, the letters of a key's word before the key, are clitics the key
   * (with `flags`) may take. `articleOnBareKeys`: the article may also precede a key without it.
   */
  isChain(
    codes: Uint16Array,
    from: number,
    to: number,
    flags: number,
    articleOnBareKeys: boolean,
  ): boolean;
  /**
   * Pushes, in ascending order, the offsets past clitics where the word of a search key starting
   * at `at` may also be found by a word-prefix search («تعاون» finds «للتعاون»).
   */
  pushStemStarts(key: string, at: number, starts: number[]): void;
}

export interface AliasSafety {
  /** Ordinary words (folded, case-folded): an alias equal to one is never highlighted. */
  readonly commonWords: readonly string[];
  /**
   * The minimum length of a highlighted alias whose folded letters `letters` belong to this
   * language, or undefined for other aliases (the default: 3, or 2 when case-sensitive).
   */
  minimumLength?(letters: string): number | undefined;
}
