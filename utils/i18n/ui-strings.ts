/**
 * The UI's words in a chosen language. `browser.i18n.getMessage` only ever answers in the
 * browser's UI language, but the card language is a setting of its own, so the four
 * `messages.json` files are bundled (they are small) and read here with the same rules.
 */
import type { CardLanguage } from '../knowledge-base/schema';
import ar from '../../public/_locales/ar/messages.json';
import en from '../../public/_locales/en/messages.json';
import ru from '../../public/_locales/ru/messages.json';
import zh from '../../public/_locales/zh_CN/messages.json';
import { formatMessageParts, type MessageJson } from './format-message';
import type { MessageKey } from './message-keys';

export type Messages = Record<MessageKey, MessageJson>;

// Typed assignments: a key missing from any file is a compile error here.
const enMessages: Messages = en;
const arMessages: Messages = ar;
const zhMessages: Messages = zh;
const ruMessages: Messages = ru;

/** The parsed `messages.json` of each card language (zh is `zh_CN`: Simplified Chinese). */
export const MESSAGES: Readonly<Record<CardLanguage, Messages>> = {
  en: enMessages,
  ar: arMessages,
  zh: zhMessages,
  ru: ruMessages,
};

/** The UI strings of one language. */
export interface UiStrings {
  /** The language these strings are in. */
  readonly lang: CardLanguage;
  /** The message as text, `$1`… filled with `subs` (as `browser.i18n.getMessage` would). */
  t(key: MessageKey, ...subs: string[]): string;
  /**
   * The message as pieces, so substitutions can be elements (`<bdi>`, `<time>`) placed where the
   * translation puts them: literal strings and the `subs` values, in order.
   */
  parts<T>(key: MessageKey, ...subs: T[]): (string | T)[];
}

const cache = new Map<CardLanguage, UiStrings>();

/** The UI strings of `lang`; English fills any message a translation lacks at run time. */
export function uiStrings(lang: CardLanguage): UiStrings {
  let strings = cache.get(lang);
  if (!strings) {
    const messages = MESSAGES[lang];
    const entry = (key: MessageKey): MessageJson => messages[key] ?? MESSAGES.en[key];
    strings = {
      lang,
      t: (key, ...subs) => formatMessageParts(entry(key), subs).join(''),
      parts: (key, ...subs) => formatMessageParts(entry(key), subs),
    };
    cache.set(lang, strings);
  }
  return strings;
}
