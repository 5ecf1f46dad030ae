import type { Names } from '../../utils/knowledge-base/schema';
import { NAME_LANGUAGES } from '../../utils/knowledge-base/model';
import type { CardLanguage, NameLanguage } from '../../utils/knowledge-base/model';
import { nameIn, textAttrs } from './card-text';

/** Props of {@link NameList}. */
export interface NameListProps {
  names: Names;
  /** Language the labels ("Chinese", "Russian") are written in. */
  readerLang: CardLanguage;
  /** Names already on the card (title, page-language name): not repeated. */
  shown: readonly string[];
  /** Accessible name of the list ("Names in other languages"). */
  label: string;
}

interface NameGroup {
  text: string;
  langs: NameLanguage[];
}

/** Display names per language; languages sharing a spelling (ru and kk "Ван И") share a line. */
export function nameGroups(names: Names, shown: readonly string[]): NameGroup[] {
  const groups: NameGroup[] = [];
  for (const lang of NAME_LANGUAGES) {
    const text = nameIn(names, lang);
    if (text === undefined || shown.includes(text)) continue;
    const same = groups.find((g) => g.text === text);
    if (same) same.langs.push(lang);
    else groups.push({ text, langs: [lang] });
  }
  return groups;
}

/**
 * The reader language's formatters, made once: constructing Intl.DisplayNames and ListFormat
 * loads locale data each time (44 ms of the card's opening over one hover run of the
 * 200,000-node page, in a CPU profile: issue 20).
 */
const formatters = new Map<CardLanguage, [Intl.DisplayNames, Intl.ListFormat]>();

/** Language names in the reader's language, from the browser's own CLDR data. */
function languageLabels(langs: NameLanguage[], readerLang: CardLanguage): string {
  let made = formatters.get(readerLang);
  if (made === undefined) {
    made = [
      new Intl.DisplayNames([readerLang], { type: 'language', fallback: 'code' }),
      new Intl.ListFormat([readerLang], { type: 'conjunction', style: 'narrow' }),
    ];
    formatters.set(readerLang, made);
  }
  const [names, list] = made;
  return list.format(langs.map((l) => names.of(l) ?? l));
}

/** The entry's names in the other languages, small, each marked with its language. */
export function NameList({ names, readerLang, shown, label }: NameListProps) {
  const groups = nameGroups(names, shown);
  if (groups.length === 0) return null;
  return (
    <ul class="qc-names" aria-label={label}>
      {groups.map((g) => (
        <li key={g.langs[0]} class="qc-name">
          <span class="qc-name-lang">{languageLabels(g.langs, readerLang)}</span>{' '}
          <bdi {...textAttrs(g.langs[0]!)}>{g.text}</bdi>
        </li>
      ))}
    </ul>
  );
}
