/**
 * The publication date of the document being read, from the most trusted evidence it has: its
 * JSON-LD, its head's meta tags (and microdata in the article), a `<time>` in the article's
 * header, the dateline at the head of the article's text, then the URL's path. No confident
 * date: null. Cheap: it reads the head's metadata and the first part of the article, never the
 * whole page, so it can run each time a card opens or the popup asks.
 */
import { readArticleHead } from './article-head';
import { findDatelineDate, findTimeDate } from './head-dates';
import { findJsonLdDate } from './json-ld';
import { parseMachineDate } from './machine-date';
import { findMetaDate } from './meta';
import type { DateSource, DateValue, FindOptions, PageDate } from './page-date';
import { findUrlDate } from './url-date';

export type { PageDate } from './page-date';

const found = (value: DateValue | undefined, from: DateSource): PageDate | null =>
  value ? { ...value, from } : null;

/** The page's date, or null when it has no confident one. */
export function findPageDate(
  doc: Document,
  url: string,
  options: FindOptions = {},
): PageDate | null {
  const now = options.now ?? new Date();
  const fromMetadata =
    found(findJsonLdDate(doc, now), 'json-ld') ?? found(findMetaDate(doc, now), 'meta');
  if (fromMetadata) return fromMetadata;
  const head = readArticleHead(doc);
  for (const value of head.microdata) {
    const date = parseMachineDate(value, now);
    if (date) return { ...date, from: 'meta' };
  }
  return (
    found(findTimeDate(head, now), 'time') ??
    found(findDatelineDate(head, now), 'dateline') ??
    found(findUrlDate(url, now), 'url')
  );
}
