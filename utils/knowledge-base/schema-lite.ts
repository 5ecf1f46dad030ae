/**
 * The knowledge base's zod-free runtime constants and helpers — their one definition; schema.ts
 * re-exports them. wxt.config.ts resolves `schema` to this file in every build but the
 * background's, so shared modules keep importing `schema` and only the background carries zod.
 * tests/utils/knowledge-base/schema-lite.test.ts checks that every plain runtime export of
 * schema.ts exists here (a content-script or page import would otherwise fail the build).
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
