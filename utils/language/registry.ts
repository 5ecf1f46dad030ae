/**
 * The languages Qarina knows, each in its own folder (utils/language/<code>/). Generic code takes
 * what it needs from this list, resolved once when its module loads; adding a language is a new
 * folder and one line here.
 */
import { arabic } from './ar';
import { chinese } from './zh';
import { english } from './en';
import { inRanges, type Clitics, type Language } from './language';
import { russian } from './ru';

export const LANGUAGES: readonly Language[] = [arabic, english, chinese, russian];

const CLITICS = LANGUAGES.flatMap((language) => (language.clitics ? [language.clitics] : []));

/**
 * The clitic rules of the words a folded letter belongs to (Arabic letters: Arabic's), or
 * undefined when its language has none.
 */
export function cliticsOf(c: number): Clitics | undefined {
  for (const clitics of CLITICS) if (clitics.isLetter(c)) return clitics;
  return undefined;
}

const WORD_RULES = LANGUAGES.flatMap((language) =>
  language.insideWord && language.unspaced
    ? [{ ranges: language.unspaced, insideWord: language.insideWord }]
    : [],
);

/** The lowest code unit of any unspaced script with a word rule. */
const FIRST_UNSPACED = Math.min(
  0xffff,
  ...WORD_RULES.flatMap((rule) => rule.ranges.map(([first]) => first)),
);

/**
 * True when a key found at `codes[start, end)` of folded text lies inside other words of an
 * unspaced language's text (Chinese: 中国 in 发展中国家), so it is no mention.
 */
export function insideUnspacedWord(
  codes: Uint16Array,
  length: number,
  start: number,
  end: number,
): boolean {
  const c = codes[start]!;
  if (c < FIRST_UNSPACED) return false; // most keys: no range to look through
  for (const rule of WORD_RULES)
    if (inRanges(c, rule.ranges)) return rule.insideWord(codes, length, start, end);
  return false;
}

/** The generated variants of a name in the language `code` (none when it has no rules). */
export function nameVariantsOf(code: string, name: string, type: string | undefined): string[] {
  return LANGUAGES.find((language) => language.code === code)?.nameVariants?.(name, type) ?? [];
}
