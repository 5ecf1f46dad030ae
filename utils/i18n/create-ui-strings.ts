/**
 * UI strings over any table of messages. Kept apart from `ui-strings.ts` (which bundles all four
 * `messages.json` files) so the content script can speak from the small card-only table the
 * background hands it with the lexicon, and stay within its bundle budget.
 */
import type { CardLanguage } from '../knowledge-base/model';
import { formatMessageParts, type MessageJson } from './format-message';
import type { MessageKey } from './message-keys';

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

/** Some messages, by key (a whole `messages.json`, or the card's part of one). */
export type MessageTable = Partial<Record<MessageKey, MessageJson>>;

/** UI strings reading `messages`; a key it lacks reads as the key itself (never throws). */
export function createUiStrings(lang: CardLanguage, messages: MessageTable): UiStrings {
  const entry = (key: MessageKey): MessageJson => messages[key] ?? { message: key };
  return {
    lang,
    t: (key, ...subs) => formatMessageParts(entry(key), subs).join(''),
    parts: (key, ...subs) => formatMessageParts(entry(key), subs),
  };
}
