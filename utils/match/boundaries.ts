/**
 * Where a key occurrence may start and end: never inside a longer word (SCO in Scotland, UN in
 * UNESCO, كازاخستان in كازاخستانية), except that a key of a language with clitics may be
 * preceded, inside its word, by a chain of them — Arabic و/ف, then ب/ك/ل, then (for keys with
 * the article) the article itself, or لل for ل + ال — which then belongs to the mention's span.
 * The clitic grammar is the language's (utils/language/<code>/clitics.ts).
 */
import { LANGUAGES, cliticsOf } from '../language/registry';
import { WORD, charClass } from '../text/char-class';
import { PatternFlag } from './pattern-flags';

const UNKNOWN_GLUE = 255;
const NOT_WORD = 0;

/** The most units a mention's clitics add before its key (mentionStart's bound). */
export const MAX_CLITIC_CHAIN = Math.max(0, ...LANGUAGES.map((l) => l.clitics?.maxChain ?? 0));

/** True when the key ending at `end` (exclusive) is not followed by more of the same word. */
export function endsAtBoundary(codes: Uint16Array, length: number, end: number): boolean {
  if (end >= length) return true;
  return !glued(codes[end - 1]!, codes[end]!);
}

/**
 * Where the word holding `codes[end - 1]` starts (the first of its run of glued letters), not
 * looking before `limit`.
 */
export function wordStartBefore(codes: Uint16Array, end: number, limit: number): number {
  let p = end - 1;
  // Every letter of a word has its last letter's glue value: one table read a letter.
  const g = glueOf(codes[p]!);
  if (g === NOT_WORD) return p;
  while (p > limit && glueOf(codes[p - 1]!) === g) p--;
  return p;
}

/**
 * True when `c` is a letter of a language with clitics (Arabic): a key may start inside its
 * word, after them. One table read (`cliticsOf` asks each language's letter ranges), made at
 * every word end where keys end.
 */
export function hasClitics(c: number): boolean {
  return glueOf(c) >= 2;
}

/**
 * Two letters of one word: both word characters, and of one language with clitics or both of
 * none (بـUN is two words).
 */
function glued(a: number, b: number): boolean {
  const g = glueOf(a);
  return g !== NOT_WORD && g === glueOf(b);
}

/**
 * Per code unit, lazily: NOT_WORD; 1 for a word character of a language without clitics; 2 + the
 * index of its clitic rules in `CLITIC_RULES`. Two letters glue when their values are equal and
 * not NOT_WORD. One table read
 * instead of a class lookup and a search of the languages' letter ranges, for every letter a
 * word-end check walks back over.
 */
const glue = new Uint8Array(65536).fill(UNKNOWN_GLUE);
const CLITIC_RULES = LANGUAGES.flatMap((l) => (l.clitics ? [l.clitics] : []));

function glueOf(c: number): number {
  const g = glue[c]!;
  if (g !== UNKNOWN_GLUE) return g;
  const clitics = cliticsOf(c);
  const value = charClass(c) !== WORD ? NOT_WORD : clitics ? 2 + CLITIC_RULES.indexOf(clitics) : 1;
  glue[c] = value;
  return value;
}

/**
 * Where the mention of a key occurrence starting at `start` begins (its clitics included),
 * or -1 when the occurrence starts inside another word.
 */
export function mentionStart(
  codes: Uint16Array,
  start: number,
  flags: number,
  bareArticle: boolean,
): number {
  const afterClitic = (flags & PatternFlag.AfterClitic) !== 0;
  if (start === 0) return afterClitic ? -1 : 0;
  // Not glued to a preceding letter: a word starts here (a spelling after a clitic needs it, though).
  const g = glueOf(codes[start]!);
  if (g === NOT_WORD || glueOf(codes[start - 1]!) !== g) return afterClitic ? -1 : start;
  // Glued: the key starts inside a word, which only its language's clitics may precede. The
  // glue value names those rules (one table read where cliticsOf searched each language's
  // letter ranges: 13 thousand occurrences of Arabic keys inside words on the 1 MB page).
  if (g < 2 || (flags & PatternFlag.Clitics) === 0) return -1;
  const clitics = CLITIC_RULES[g - 2]!;
  // Inside a word: the letters before the key must all be clitics.
  const { maxChain } = clitics;
  let wordStart = start;
  while (
    wordStart > 0 &&
    start - wordStart <= maxChain &&
    glueOf(codes[wordStart - 1]!) !== NOT_WORD
  )
    wordStart--;
  if (start - wordStart > maxChain) return -1;
  return clitics.isChain(codes, wordStart, start, flags, bareArticle) ? wordStart : -1;
}
