/**
 * The head of the article being read: its text blocks, the `<time>` elements and microdata
 * dates met on the way, from the start of the article (the first `<article>` outside a sidebar,
 * else `<main>`, else the body) to the end of its second long paragraph, within a fixed budget
 * of nodes and characters — never the whole page. Sidebars, navigation, footers, forms, figure
 * captions, comments, related-article lists, share bars and the site's masthead are skipped
 * whole, as htmldate and Trafilatura discard them before dating or extracting a page.
 */

import { inRanges } from '../language/language';
import { LANGUAGES } from '../language/registry';

/** A run of text between block boundaries. */
export interface HeadBlock {
  /** Its text, whitespace collapsed, cut at `MAX_BLOCK_TEXT` characters. */
  text: string;
  /**
   * Its whole length, before the cut, in characters of spaced scripts: a character of a script
   * written without spaces (Han) counts as `UNSPACED_WEIGHT`, a word's worth.
   */
  length: number;
  /** Inside a heading (h1–h6): a title, never a dateline. */
  heading: boolean;
  /** No long paragraph came before it: it is in the article's header (byline, date line). */
  beforeBody: boolean;
}

/** A `<time>` element met in the head. */
export interface HeadTime {
  element: Element;
  /** The text of its block before it (to see an "Updated" label). */
  before: string;
  /** In the article's header: before the first long paragraph, or inside a header or byline. */
  inHeader: boolean;
}

export interface ArticleHead {
  /** The page's language (ISO 639-1, lower case; '' when it declares none). */
  lang: string;
  blocks: HeadBlock[];
  times: HeadTime[];
  /** Values of `itemprop=datePublished` / `dateCreated` elements (content or datetime). */
  microdata: string[];
}

/** How many characters of a spaced script one character of an unspaced script (Han) is worth. */
export const UNSPACED_WEIGHT = 3;
const UNSPACED = LANGUAGES.flatMap((l) => l.unspaced ?? []);
const UNSPACED_FROM = Math.min(...UNSPACED.map(([first]) => first));

/** `text`'s length, its unspaced characters weighed as words (see `HeadBlock.length`). */
export function weightedLength(text: string): number {
  let length = text.length;
  for (let i = 0; i < text.length; i++)
    if (text.charCodeAt(i) >= UNSPACED_FROM && inRanges(text.charCodeAt(i), UNSPACED))
      length += UNSPACED_WEIGHT - 1;
  return length;
}

/** A paragraph this long (characters) is body text. */
export const LONG_BLOCK = 120;
const MAX_BLOCK_TEXT = 400;
const MAX_NODES = 3000;
const MAX_TEXT = 6000;

const BLOCKS = new Set(
  'P DIV LI UL OL H1 H2 H3 H4 H5 H6 HEADER SECTION ARTICLE MAIN BLOCKQUOTE TD TH TR TABLE DD DT DL ADDRESS PRE HGROUP BR HR'.split(
    ' ',
  ),
);
const HEADINGS = new Set('H1 H2 H3 H4 H5 H6'.split(' '));
const SKIPPED = new Set(
  'ASIDE NAV FOOTER FORM SCRIPT STYLE NOSCRIPT TEMPLATE FIGURE FIGCAPTION SVG IFRAME SELECT BUTTON TEXTAREA OBJECT VIDEO AUDIO CANVAS'.split(
    ' ',
  ),
);
const SKIPPED_ROLES = /^(navigation|complementary|contentinfo|banner|search|menu|dialog)$/;
const SKIPPED_NAMES =
  /comment|related|sidebar|side-bar|widget|share|social|recommend|popular|trending|most-?read|newsletter|promo|teaser|footer|copyright|breadcrumb|masthead|site-header|navbar|menu|caption|more-stories|read-?more|see-also|also-read|advert|sponsor|\bads?\b|\btags?\b|feed|latest/i;
const HEADER_NAMES = /byline|dateline|article-meta|post-meta|entry-meta|publish|posted|timestamp/i;
const DATE_ITEMPROP = /^(datepublished|datecreated)$/i;

/** Whether an element and everything in it is no part of the article's own text. */
export function isSkipped(element: Element): boolean {
  if (SKIPPED.has(element.tagName.toUpperCase())) return true;
  const role = element.getAttribute('role');
  if (role !== null && SKIPPED_ROLES.test(role)) return true;
  const names = `${element.getAttribute('class') ?? ''} ${element.id}`;
  if (names.length > 1 && SKIPPED_NAMES.test(names)) return true;
  // The site's own header (masthead), outside any article: its date is today's, not the page's.
  return (
    element.tagName.toUpperCase() === 'HEADER' &&
    element.closest('article, main, [role="main"]') === null
  );
}

function insideSkipped(element: Element): boolean {
  for (let e: Element | null = element; e !== null; e = e.parentElement)
    if (isSkipped(e)) return true;
  return false;
}

/** Where the article starts: its element, or the page's main part, or the body. */
export function articleRoot(doc: Document): Element {
  const articles = doc.getElementsByTagName('article');
  for (let i = 0; i < articles.length && i < 8; i++)
    if (!insideSkipped(articles[i]!)) return articles[i]!;
  return (
    doc.getElementsByTagName('main')[0] ??
    doc.querySelector('[role="main"]') ??
    doc.body ??
    doc.documentElement
  );
}

/** Reads the head of the article (see the file's comment). */
export function readArticleHead(doc: Document): ArticleHead {
  const root = articleRoot(doc);
  const lang = (doc.documentElement.getAttribute('lang') ?? '').slice(0, 2).toLowerCase();
  const head: ArticleHead = { lang, blocks: [], times: [], microdata: [] };
  let text = '';
  let length = 0;
  let heading = 0;
  let longBlocks = 0;
  let total = 0;
  let nodes = 0;

  const flush = () => {
    const collapsed = text.replace(/\s+/g, ' ').trim();
    if (collapsed !== '') {
      head.blocks.push({
        text: collapsed,
        length,
        heading: heading > 0,
        beforeBody: longBlocks === 0,
      });
      if (heading === 0 && length >= LONG_BLOCK) longBlocks++;
    }
    text = '';
    length = 0;
  };

  let node: Node | null = root.firstChild;
  while (node !== null && longBlocks < 2 && nodes++ < MAX_NODES && total < MAX_TEXT) {
    let descend = true;
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      const weighted = weightedLength(data);
      length += weighted;
      total += weighted;
      if (text.length < MAX_BLOCK_TEXT) text += data;
    } else if (node.nodeType === 1) {
      const element = node as Element;
      const tag = element.tagName.toUpperCase();
      if (isSkipped(element)) descend = false;
      else {
        if (BLOCKS.has(tag)) flush();
        if (HEADINGS.has(tag)) heading++;
        const itemprop = element.getAttribute('itemprop');
        if (itemprop !== null && DATE_ITEMPROP.test(itemprop)) {
          const value = element.getAttribute('content') ?? element.getAttribute('datetime');
          if (value) head.microdata.push(value);
        }
        if (tag === 'TIME')
          head.times.push({
            element,
            before: text.replace(/\s+/g, ' '),
            inHeader:
              longBlocks === 0 ||
              element.closest(`header, address`) !== null ||
              inByline(element, root),
          });
      }
    }
    // Next node in document order, flushing the blocks (and headings) it leaves.
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    if (descend) leave(node);
    while (node !== null && node !== root && node.nextSibling === null) {
      node = node.parentNode;
      if (node !== null && node !== root) leave(node);
    }
    if (node === null || node === root) break;
    node = node.nextSibling;
  }
  flush();
  return head;

  function leave(left: Node) {
    if (left.nodeType !== 1) return;
    const tag = (left as Element).tagName.toUpperCase();
    if (BLOCKS.has(tag)) flush();
    if (HEADINGS.has(tag)) heading--;
  }
}

function inByline(element: Element, root: Element): boolean {
  for (let e: Element | null = element.parentElement; e !== null && e !== root; e = e.parentElement)
    if (HEADER_NAMES.test(e.getAttribute('class') ?? '')) return true;
  return false;
}
