/**
 * npm run kb:card -- ID [--lang ar|en|zh|ru] [--as-of YYYY-MM-DD]
 * Prints an entry's fact card as plain text, as a reader would see it: with --as-of (the
 * article's date: YYYY, YYYY-MM or YYYY-MM-DD), the roles held then and "Since then" when the
 * entry changed after it; the facts with their dates and sources. Reads the bundled knowledge
 * base (QARINA_KB_FILE for another), so a maintainer checks an entry without a browser.
 */
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { daySpan } from '../utils/card-time/day-span';
import { didYouMean } from '../utils/knowledge-base/did-you-mean';
import { CARD_LANGUAGES, type CardLanguage } from '../utils/knowledge-base/model';
import type { KnowledgeBase } from '../utils/knowledge-base/schema';
import { validKnowledgeBase } from './lib/assert-kb-valid';
import { cardText } from './lib/card-text';

export const KB_CARD_USAGE =
  'usage: npm run kb:card -- ID [--lang ar|en|zh|ru] [--as-of YYYY-MM-DD]';

/** The card's text for the arguments; throws an Error whose message is for the terminal. */
export function runKbCard(
  args: readonly string[],
  kb: () => KnowledgeBase = validKnowledgeBase,
): string {
  let id: string | undefined;
  let lang: CardLanguage = 'en';
  let asOf: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--lang') {
      const value = args[++i];
      if (!CARD_LANGUAGES.includes(value as CardLanguage))
        throw new Error(`--lang must be one of ${CARD_LANGUAGES.join(', ')}\n${KB_CARD_USAGE}`);
      lang = value as CardLanguage;
    } else if (arg === '--as-of') {
      asOf = args[++i];
      if (asOf === undefined || daySpan(asOf) === null)
        throw new Error(`--as-of must be a date: YYYY, YYYY-MM or YYYY-MM-DD\n${KB_CARD_USAGE}`);
    } else if (arg.startsWith('-') || id !== undefined) {
      throw new Error(`unexpected argument ${arg}\n${KB_CARD_USAGE}`);
    } else id = arg;
  }
  if (id === undefined) throw new Error(KB_CARD_USAGE);
  const data = kb();
  const entry = data.entries.find((e) => e.id === id);
  if (!entry) {
    const near = didYouMean(
      id,
      data.entries.map((e) => e.id),
    );
    throw new Error(`no entry ${id}${near ? ` (did you mean ${near}?)` : ''}`);
  }
  return cardText(data, entry, { lang, asOf });
}

if (resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) {
  try {
    console.log(runKbCard(process.argv.slice(2)));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
