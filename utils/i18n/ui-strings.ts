/**
 * The UI's words in a chosen language. `browser.i18n.getMessage` only ever answers in the
 * browser's UI language, but the card language is a setting of its own, so the four
 * `messages.json` files are bundled (they are small) and read here with the same rules.
 */
import type { CardLanguage } from '../knowledge-base/model';
import ar from '../../public/_locales/ar/messages.json';
import en from '../../public/_locales/en/messages.json';
import ru from '../../public/_locales/ru/messages.json';
import zh from '../../public/_locales/zh_CN/messages.json';
import { createUiStrings, type MessageTable, type UiStrings } from './create-ui-strings';
import type { MessageJson } from './format-message';
import type { MessageKey } from './message-keys';

export type Messages = Record<MessageKey, MessageJson>;
export type { UiStrings };

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

const cache = new Map<CardLanguage, UiStrings>();

/** The UI strings of `lang`; English fills any message a translation lacks at run time. */
export function uiStrings(lang: CardLanguage): UiStrings {
  let strings = cache.get(lang);
  if (!strings) {
    strings = createUiStrings(lang, { ...MESSAGES.en, ...MESSAGES[lang] });
    cache.set(lang, strings);
  }
  return strings;
}

/**
 * The messages a fact card needs (types and card labels), per language, without translators'
 * descriptions: what the background sends content scripts, which do not bundle messages.json.
 */
export function cardMessageTables(): Record<CardLanguage, MessageTable> {
  const tables = {} as Record<CardLanguage, MessageTable>;
  for (const lang of Object.keys(MESSAGES) as CardLanguage[]) {
    const table: MessageTable = {};
    for (const key of Object.keys(MESSAGES.en) as MessageKey[]) {
      if (!/^(card|type)[A-Z]/.test(key)) continue;
      const { message, placeholders } = MESSAGES[lang][key] ?? MESSAGES.en[key];
      table[key] = placeholders ? { message, placeholders } : { message };
    }
    tables[lang] = table;
  }
  return tables;
}
