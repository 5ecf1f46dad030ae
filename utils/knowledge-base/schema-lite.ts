/**
 * The knowledge base's zod-free runtime constants and helpers, for the content script's bundle
 * (≤ 40 KB gzip). wxt.config.ts resolves `schema` to this file in the content-script build only,
 * so modules shared with the background keep importing `schema` and the content script never
 * carries zod. Every runtime export of schema.ts that content-script code uses must exist here
 * (the build fails otherwise); tests/utils/knowledge-base/schema-lite.test.ts keeps them equal.
 */
import type { Alias, AliasObject, Entry, NameLanguage } from './schema';

export type * from './schema';

export const CARD_LANGUAGES = ['ar', 'en', 'zh', 'ru'] as const;
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

/** An alias in its object form, whichever way the file wrote it. */
export function aliasObject(alias: Alias): AliasObject {
  return typeof alias === 'string' ? { text: alias } : alias;
}

/** The display name of an entry in a language (the first name listed). */
export function displayName(entry: Entry, lang: NameLanguage): string | undefined {
  const first = entry.names[lang]?.[0];
  return first === undefined ? undefined : aliasObject(first).text;
}
