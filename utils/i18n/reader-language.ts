/**
 * Which language a card speaks, and the text direction of each language. Pure: callers pass
 * `navigator.languages` and the stored setting in.
 */
import { CARD_LANGUAGES, NAME_LANGUAGES, type CardLanguage, type NameLanguage } from '../knowledge-base/model';

/** The card-language setting: a language, or follow the browser. */
export type ReaderLanguageSetting = 'auto' | CardLanguage;

/** The primary subtag of a BCP-47 tag, lower-cased (`zh-Hans-CN` → `zh`, `ar_EG` → `ar`). */
function primarySubtag(tag: string): string {
  return tag.trim().split(/[-_]/)[0]!.toLowerCase();
}

/** The name language of a BCP-47 tag (a page's `lang`), or undefined when entries have none. */
export function nameLanguageOf(tag: string | undefined): NameLanguage | undefined {
  if (!tag) return undefined;
  const primary = primarySubtag(tag);
  return (NAME_LANGUAGES as readonly string[]).includes(primary)
    ? (primary as NameLanguage)
    : undefined;
}

/**
 * The card language: the setting when fixed; otherwise the first of the browser's preferred
 * languages the knowledge base is written in, then Russian for Kazakh readers (summaries exist
 * in Russian but not Kazakh, and Russian is Kazakhstan's other official language), then English.
 */
export function resolveReaderLanguage(
  setting: ReaderLanguageSetting,
  navigatorLanguages: readonly string[],
): CardLanguage {
  if (setting !== 'auto') return setting;
  const primaries = navigatorLanguages.map(primarySubtag);
  const direct = primaries.find((p): p is CardLanguage =>
    (CARD_LANGUAGES as readonly string[]).includes(p),
  );
  if (direct) return direct;
  if (primaries.includes('kk')) return 'ru';
  return 'en';
}

// Arabic is the one right-to-left card language; the others cover pages in right-to-left scripts.
const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'yi', 'dv', 'ckb', 'ug', 'sd']);

/** The direction text in a language is written in (`ar` → `rtl`, `ar-EG` → `rtl`, `zh` → `ltr`). */
export function languageDirection(lang: string): 'rtl' | 'ltr' {
  return RTL_LANGUAGES.has(primarySubtag(lang)) ? 'rtl' : 'ltr';
}
