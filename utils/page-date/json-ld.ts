/**
 * The page's date from its JSON-LD (schema.org): `datePublished` (or `dateCreated`) of the
 * article the page is — NewsArticle, Article, BlogPosting, ReportageNewsArticle and the other
 * CreativeWork types named …Article or …Posting, or Report — found at the top level, in an array
 * or in `@graph`, or as a WebPage's `mainEntity`. A WebPage's own date counts when no article
 * says one. Lists of other articles (ItemList, `hasPart`, `relatedLink`…) are never read, nor
 * `dateModified`. A script that is no valid JSON is skipped.
 */
import { parseMachineDate } from './machine-date';
import type { DateValue } from './page-date';

const ARTICLE = /(Article|Posting|^Report)$/;
const PAGE = /^(WebPage|ItemPage|AboutPage|CollectionPage)$/;

/** At most this many JSON-LD scripts are read (a page rarely has more than a few). */
const MAX_SCRIPTS = 20;

type Json = unknown;

function typesOf(item: Record<string, Json>): string[] {
  const type = item['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.replace(/^.*[/:]/, ''));
}

/** The items a script describes: top level, arrays, `@graph`, a page's `mainEntity`. */
function collect(node: Json, into: Record<string, Json>[], depth = 0): void {
  if (depth > 4 || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) collect(item, into, depth + 1);
    return;
  }
  const item = node as Record<string, Json>;
  into.push(item);
  if (item['@graph'] !== undefined) collect(item['@graph'], into, depth + 1);
  if (typesOf(item).some((t) => PAGE.test(t)) && item.mainEntity !== undefined)
    collect(item.mainEntity, into, depth + 1);
}

function dateOf(item: Record<string, Json>, now: Date): DateValue | undefined {
  for (const key of ['datePublished', 'dateCreated']) {
    const value = item[key];
    const text = Array.isArray(value) ? value[0] : value;
    if (typeof text !== 'string') continue;
    const date = parseMachineDate(text, now);
    if (date) return date;
  }
  return undefined;
}

/** The date of the article the page's JSON-LD describes, or undefined. */
export function findJsonLdDate(doc: Document, now: Date): DateValue | undefined {
  const items: Record<string, Json>[] = [];
  const scripts = doc.getElementsByTagName('script');
  let read = 0;
  for (let i = 0; i < scripts.length && read < MAX_SCRIPTS; i++) {
    const script = scripts[i]!;
    if (script.type.trim().toLowerCase() !== 'application/ld+json') continue;
    read++;
    try {
      collect(JSON.parse(script.textContent ?? ''), items);
    } catch {
      // Not JSON: skipped, as a browser's reader would.
    }
  }
  let pageDate: DateValue | undefined;
  for (const item of items) {
    const types = typesOf(item);
    if (types.some((t) => ARTICLE.test(t))) {
      const date = dateOf(item, now);
      if (date) return date;
    } else if (pageDate === undefined && types.some((t) => PAGE.test(t))) {
      pageDate = dateOf(item, now);
    }
  }
  return pageDate;
}
