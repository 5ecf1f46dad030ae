import { describe, expect, it } from 'vitest';
import { readArticleHead } from '../../../utils/page-date/article-head';
import { findDatelineDate, findTimeDate } from '../../../utils/page-date/head-dates';
import { NOW, PARAGRAPH, html } from './helpers';

const time = (body: string) => findTimeDate(readArticleHead(html(body)), NOW)?.date;
const dateline = (body: string) => findDatelineDate(readArticleHead(html(body)), NOW)?.date;

describe('findTimeDate', () => {
  it('reads the header’s time, its datetime first, else its text', () => {
    expect(
      time(
        `<article><p class="byline"><time datetime="2025-04-25T08:00Z">Friday</time></p><p>${PARAGRAPH}</p></article>`,
      ),
    ).toBe('2025-04-25');
    expect(time(`<article><p><time>25 апреля 2025</time></p></article>`)).toBe('2025-04-25');
  });

  it('prefers a time marked published, and never takes one marked or labelled updated', () => {
    expect(
      time(
        '<article><p><time datetime="2025-04-22">a</time> <time class="published" datetime="2025-04-20">b</time></p></article>',
      ),
    ).toBe('2025-04-20');
    expect(time('<article><p><time pubdate datetime="2025-04-19">a</time></p></article>')).toBe(
      '2025-04-19',
    );
    expect(
      time('<article><p><time class="updated" datetime="2025-04-22">a</time></p></article>'),
    ).toBeUndefined();
    expect(
      time(
        '<article><p>Обновлено: <time datetime="2025-04-23">a</time><br>Опубликовано: <time datetime="2025-04-21">b</time></p></article>',
      ),
    ).toBe('2025-04-21');
    expect(
      time('<article><p>آخر تحديث <time datetime="2025-04-23">a</time></p></article>'),
    ).toBeUndefined();
  });

  it('never reads a time in the body text, a comment or a related list', () => {
    expect(
      time(
        `<article><p>${PARAGRAPH}</p><p>Then <time datetime="2025-01-01">x</time></p></article>`,
      ),
    ).toBeUndefined();
    expect(
      time(`<article><div class="comment"><time datetime="2025-01-01">x</time></div></article>`),
    ).toBeUndefined();
    expect(
      time(
        `<article><ul class="related"><li><time datetime="2025-01-01">x</time></li></ul></article>`,
      ),
    ).toBeUndefined();
  });
});

describe('findDatelineDate', () => {
  it('reads a short line of the header', () => {
    expect(
      dateline(
        '<article><h1>T</h1><p class="byline">/مصدر: شينخوا/   2025:04:27.09:40</p></article>',
      ),
    ).toBe('2025-04-27');
    expect(dateline('<article><p>By Jane Doe | 3 March 2025</p></article>')).toBe('2025-03-03');
  });

  it('reads a date at the very start of a paragraph, after a place name at most', () => {
    expect(dateline(`<article><p>ألماتي 25 أبريل 2025 (شينخوا) ${PARAGRAPH}</p></article>`)).toBe(
      '2025-04-25',
    );
    expect(
      dateline(`<article><p>ALMATY, April 25, 2025 (Xinhua) -- ${PARAGRAPH}</p></article>`),
    ).toBe('2025-04-25');
    expect(dateline(`<article><p>МОСКВА, 25 апреля 2025 года. ${PARAGRAPH}</p></article>`)).toBe(
      '2025-04-25',
    );
    expect(dateline(`<article><p>2025年4月25日，${PARAGRAPH}</p></article>`)).toBe('2025-04-25');
  });

  it('never reads a date the text talks about', () => {
    expect(
      dateline(`<article><p>Since 24 February 2022, ${PARAGRAPH}</p></article>`),
    ).toBeUndefined();
    expect(dateline(`<article><p>منذ 24 فبراير 2022 ${PARAGRAPH}</p></article>`)).toBeUndefined();
    expect(dateline(`<article><p>自2022年2月24日以来，${PARAGRAPH}</p></article>`)).toBeUndefined();
    // A Chinese paragraph is body text at fewer characters: 60 Han characters say as much.
    expect(
      dateline(
        `<article><p>自2022年2月24日以来，${'两国关系不断向前发展'.repeat(6)}</p></article>`,
      ),
    ).toBeUndefined();
    expect(
      dateline(`<article><p>${PARAGRAPH} On 25 April 2025 it ended.</p></article>`),
    ).toBeUndefined();
    expect(
      dateline(
        `<article><p>The talks that the two sides began on 25 April 2025 ${PARAGRAPH}</p></article>`,
      ),
    ).toBeUndefined();
  });

  it('never reads a heading, a copyright line, an update stamp or a line after the body began', () => {
    expect(dateline('<article><h1>What happened on 7 October 2023</h1></article>')).toBeUndefined();
    expect(dateline('<article><p>© 25 April 2025 Example Media</p></article>')).toBeUndefined();
    expect(dateline('<article><p>Обновлено 26 апреля 2025</p></article>')).toBeUndefined();
    expect(dateline(`<article><p>${PARAGRAPH}</p><p>25 April 2025</p></article>`)).toBeUndefined();
  });

  it('reads the page language’s own numeric form', () => {
    const doc = html('<article><div class="date">نشر في 14/3/2025</div></article>');
    doc.documentElement.lang = 'ar';
    expect(findDatelineDate(readArticleHead(doc), NOW)?.date).toBe('2025-03-14');
    doc.documentElement.lang = 'en';
    expect(findDatelineDate(readArticleHead(doc), NOW)).toBeUndefined();
  });

  it('takes the published date of a line that also has an update stamp', () => {
    expect(
      dateline('<article><p>Updated 28 April 2025 · Published 25 April 2025</p></article>'),
    ).toBe('2025-04-25');
    expect(
      dateline('<article><p>Published 25 April 2025 · Updated 28 April 2025</p></article>'),
    ).toBe('2025-04-25');
  });
});
