/**
 * The page's date from the metadata of its head: Open Graph's `article:published_time`, the
 * publication dates of common publishing systems, Dublin Core's issued and created dates,
 * schema.org's `itemprop=datePublished`, and the loose `date` names last (htmldate's list of
 * header attributes is the model, github.com/adbar/htmldate, htmldate/core.py). Modified and
 * updated dates are never read.
 */
import { parseMachineDate } from './machine-date';
import type { DateValue } from './page-date';

/** Each name (lower case) with its rank: lower ranks are trusted first. */
const NAMES: ReadonlyMap<string, number> = new Map([
  ...[
    'article:published_time',
    'og:article:published_time',
    'article:published',
    'og:published_time',
    'datepublished',
    'article.published',
    'article:published_date',
  ].map((n) => [n, 0] as const),
  ...[
    'pubdate',
    'publishdate',
    'publish-date',
    'publish_date',
    'publish_time',
    'published_time',
    'published-date',
    'published_date',
    'publication_date',
    'date_published',
    'originalpublicationdate',
    'parsely-pub-date',
    'sailthru.date',
    'citation_publication_date',
    'citation_date',
    'dc.date.issued',
    'dcterms.issued',
    'dcterms.created',
    'dc.date.created',
    'dc.created',
    'datecreated',
    'article.created',
  ].map((n) => [n, 1] as const),
  ...['date', 'dc.date', 'dc:date', 'dcterms.date', 'displaydate'].map((n) => [n, 2] as const),
]);

/** At most this many meta elements are read. */
const MAX_METAS = 400;

/** The best-ranked publication date among the head's meta elements, or undefined. */
export function findMetaDate(doc: Document, now: Date): DateValue | undefined {
  const metas = (doc.head ?? doc.documentElement).getElementsByTagName('meta');
  let best: { rank: number; value: DateValue } | undefined;
  for (let i = 0; i < metas.length && i < MAX_METAS; i++) {
    const meta = metas[i]!;
    const content = meta.getAttribute('content');
    if (!content) continue;
    for (const attribute of ['property', 'name', 'itemprop']) {
      const rank = NAMES.get((meta.getAttribute(attribute) ?? '').trim().toLowerCase());
      if (rank === undefined || (best && best.rank <= rank)) continue;
      const value = parseMachineDate(content, now);
      if (value) best = { rank, value };
    }
  }
  return best?.value;
}
