/**
 * The languages Qarina knows, each in its own folder (utils/language/<code>/). Generic code takes
 * what it needs from this list, resolved once when its module loads; adding a language is a new
 * folder and one line here.
 */
import { arabic } from './ar';
import { chinese } from './zh';
import { english } from './en';
import type { Clitics, Language } from './language';
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

/** The generated variants of a name in the language `code` (none when it has no rules). */
export function nameVariantsOf(code: string, name: string, type: string | undefined): string[] {
  return LANGUAGES.find((language) => language.code === code)?.nameVariants?.(name, type) ?? [];
}
