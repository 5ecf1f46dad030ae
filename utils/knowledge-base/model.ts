/**
 * The knowledge base's vocabulary — its languages and entry types — and the helpers every context
 * uses to read names. Plain TypeScript without zod, so content scripts and pages can import it;
 * schema.ts builds the validator on these constants.
 */
import type { Alias, AliasObject, Entry } from './schema';

/** The languages a card is written in (summaries, facts, UI). */
export const CARD_LANGUAGES = ['ar', 'en', 'zh', 'ru'] as const;
/** The languages names are listed in: the card languages and Kazakh. */
export const NAME_LANGUAGES = [...CARD_LANGUAGES, 'kk'] as const;
export const ENTRY_TYPES = [
  'person',
  'place',
  'organization',
  'event',
  'agreement',
  'policy',
  'term',
] as const;

export type CardLanguage = (typeof CARD_LANGUAGES)[number];
export type NameLanguage = (typeof NAME_LANGUAGES)[number];
export type EntryType = (typeof ENTRY_TYPES)[number];

/** An alias in its object form, whichever way the file wrote it. */
export function aliasObject(alias: Alias): AliasObject {
  return typeof alias === 'string' ? { text: alias } : alias;
}

/** The display name of an entry in a language (the first name listed). */
export function displayName(entry: Entry, lang: NameLanguage): string | undefined {
  const first = entry.names[lang]?.[0];
  return first === undefined ? undefined : aliasObject(first).text;
}
