/**
 * Small pure helpers the card's parts share: language attributes, which text of a fact to show,
 * and which URLs may become links. Knowledge-base text is data: nothing here builds markup.
 */
import type { Fact } from '../../utils/knowledge-base/schema';
import { aliasObject, type CardLanguage } from '../../utils/knowledge-base/model';
import type { Names } from '../../utils/knowledge-base/schema';
import type { NameLanguage } from '../../utils/knowledge-base/model';
import { languageDirection } from '../../utils/i18n/reader-language';

/** The display name (the first listed) in a language, if the entry has names in it. */
export function nameIn(names: Names, lang: NameLanguage): string | undefined {
  const first = names[lang]?.[0];
  return first === undefined ? undefined : aliasObject(first).text;
}

/** `lang` and `dir` for text known to be in `lang`. */
export function textAttrs(lang: string): { lang: string; dir: 'rtl' | 'ltr' } {
  return { lang, dir: languageDirection(lang) };
}

/**
 * A best guess at the language of text whose language the data does not state (source titles,
 * dispatch quotes, page text) from its script, so fonts and screen readers pick the right
 * voice. Latin text counts as English: the knowledge base titles its sources in English.
 */
export function guessLang(text: string): string | undefined {
  if (/\p{Script=Arabic}/u.test(text)) return 'ar';
  if (/\p{Script=Han}/u.test(text)) return 'zh';
  if (/\p{Script=Cyrillic}/u.test(text)) return 'ru';
  if (/\p{Script=Latin}/u.test(text)) return 'en';
  return undefined;
}

/**
 * The URL as an href when it is http(s), else undefined. The schema already refuses other
 * schemes, but cards also show imported or cached data, and a `javascript:` href would run in
 * the page's or the extension's origin.
 */
export function safeHttpUrl(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** A fact's text in the reader's language, or in English (marked) when not yet translated. */
export interface FactTextChoice {
  text: string;
  lang: CardLanguage;
  /** True when the reader's language was missing and English is shown instead. */
  fallback: boolean;
}

export function factText(fact: Fact, readerLang: CardLanguage): FactTextChoice {
  const own = fact.text[readerLang];
  if (own !== undefined && own.trim() !== '')
    return { text: own, lang: readerLang, fallback: false };
  return { text: fact.text.en, lang: 'en', fallback: readerLang !== 'en' };
}
