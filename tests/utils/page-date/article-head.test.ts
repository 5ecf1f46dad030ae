import { describe, expect, it } from 'vitest';
import {
  UNSPACED_WEIGHT,
  articleRoot,
  readArticleHead,
  weightedLength,
} from '../../../utils/page-date/article-head';
import { PARAGRAPH, html } from './helpers';

const texts = (doc: Document) => readArticleHead(doc).blocks.map((b) => b.text);

describe('articleRoot', () => {
  it('is the first article outside a sidebar, else main, else the body', () => {
    const doc = html(
      '<aside><article id="teaser">t</article></aside><article id="story">s</article>',
    );
    expect(articleRoot(doc).id).toBe('story');
    expect(articleRoot(html('<div>x</div><main id="m">y</main>')).id).toBe('m');
    expect(articleRoot(html('<div>x</div>')).tagName).toBe('BODY');
  });
});

describe('weightedLength', () => {
  it('weighs a character written without spaces (Han) as a word', () => {
    expect(weightedLength('abc')).toBe(3);
    expect(weightedLength('中国abc')).toBe(2 * UNSPACED_WEIGHT + 3);
  });
});

describe('readArticleHead', () => {
  it('splits the article into blocks and marks headings and the header part', () => {
    const head = readArticleHead(
      html(
        `<article><h1>Title <em>here</em></h1><p class="byline">By <b>A</b> · 25 April 2025</p><p>${PARAGRAPH}</p></article>`,
      ),
    );
    expect(head.blocks.map((b) => [b.text, b.heading, b.beforeBody])).toEqual([
      ['Title here', true, true],
      ['By A · 25 April 2025', false, true],
      [PARAGRAPH, false, true],
    ]);
  });

  it('skips sidebars, navigation, comments, related lists, captions, footers and the site header', () => {
    const doc = html(
      `<header class="top">Saturday, 5 December 2026</header><nav>Home</nav>
       <div><p>kept</p><aside>sidebar</aside><div class="comments">comment</div>
       <ul class="related-links"><li>related</li></ul><figure><figcaption>caption</figcaption></figure>
       <div class="share-bar">share</div><div class="news-feed">feed</div><footer>footer</footer><p>also kept</p></div>`,
    );
    expect(texts(doc)).toEqual(['kept', 'also kept']);
  });

  it('keeps an article’s own header', () => {
    expect(texts(html('<article><header><p>By A · 25 April 2025</p></header></article>'))).toEqual([
      'By A · 25 April 2025',
    ]);
  });

  it('stops after the second long paragraph: it never reads the whole page', () => {
    const doc = html(`<article><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p><p>third</p></article>`);
    expect(texts(doc)).toEqual([PARAGRAPH, PARAGRAPH]);
    const huge = html(`<article>${'<span>word </span>'.repeat(3_000)}</article>`);
    expect(readArticleHead(huge).blocks[0]!.text.length).toBeLessThanOrEqual(400);
  });

  it('collects times with the text before them, and microdata dates', () => {
    const head = readArticleHead(
      html(
        `<article><p>Updated <time datetime="2025-04-26">x</time></p><meta itemprop="datePublished" content="2025-04-25"><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p></article>`,
      ),
    );
    expect(head.times.map((t) => [t.before.trim(), t.inHeader])).toEqual([['Updated', true]]);
    expect(head.microdata).toEqual(['2025-04-25']);
  });

  it('marks a time after the first paragraph as outside the header, unless in a byline', () => {
    const head = readArticleHead(
      html(
        `<article><p>${PARAGRAPH}</p><p><time datetime="2025-01-01">x</time></p><div class="byline"><time datetime="2025-01-02">y</time></div></article>`,
      ),
    );
    expect(head.times.map((t) => t.inHeader)).toEqual([false, true]);
  });
});
