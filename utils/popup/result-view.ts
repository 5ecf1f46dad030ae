/**
 * What one search result shows: the display name in the interface language, a name in another
 * language, and which of the two carries the matched part. Pure (data in, text pieces out);
 * the component only renders it.
 */
import type { Entry } from '../knowledge-base/schema';
import { aliasObject, displayName, type CardLanguage } from '../knowledge-base/model';
import { highlightSegments, type HighlightSegment } from '../search/highlight-segments';
import type { SearchResult } from '../search/types';

/** A name to show, with its language and its pieces (marked where the query matched). */
export interface ShownName {
  lang: string;
  segments: HighlightSegment[];
}

export interface ResultView {
  title: ShownName;
  /** The matched name when it is not the title; else the name in a second language. */
  other?: ShownName;
  summary: string;
}

const plain = (text: string): HighlightSegment[] => [{ text, marked: false }];

/** The second language to show beside the title: English, or Arabic for English readers. */
function secondLanguage(lang: CardLanguage): CardLanguage {
  return lang === 'en' ? 'ar' : 'en';
}

export function resultView(result: SearchResult, entry: Entry, lang: CardLanguage): ResultView {
  const titleText = displayName(entry, lang) ?? aliasObject(entry.names.en[0]!).text;
  const matched: ShownName = {
    lang: result.matchedLang,
    segments: highlightSegments(result.matchedName, result.highlight),
  };
  const summary = entry.summary[lang];
  if (result.matchedName === titleText) {
    const second = secondLanguage(lang);
    const otherText = displayName(entry, second);
    const other = otherText ? { lang: second, segments: plain(otherText) } : undefined;
    return { title: matched, other, summary };
  }
  return { title: { lang, segments: plain(titleText) }, other: matched, summary };
}
