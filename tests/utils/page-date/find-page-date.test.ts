import { describe, expect, it } from 'vitest';
import { findPageDate } from '../../../utils/page-date/find-page-date';
import { NOW, PARAGRAPH, html } from './helpers';

const JSON_LD =
  '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-04-21"}</script>';
const META = '<meta property="article:published_time" content="2025-04-22">';
const TIME = '<p class="byline"><time datetime="2025-04-23">x</time></p>';
const DATELINE = `<p>ALMATY, April 24, 2025 (Xinhua) -- ${PARAGRAPH}</p>`;
const URL_DATED = 'https://example.com/2025/04/25/story';

const find = (head: string, body: string, url = '') =>
  findPageDate(html(`<article>${body}</article>`, head), url, { now: NOW });

describe('findPageDate', () => {
  it('trusts JSON-LD, then meta, then a time, then the dateline, then the URL', () => {
    expect(find(JSON_LD + META, TIME + DATELINE, URL_DATED)).toEqual({
      date: '2025-04-21',
      precision: 'day',
      from: 'json-ld',
    });
    expect(find(META, TIME + DATELINE, URL_DATED)).toEqual({
      date: '2025-04-22',
      precision: 'day',
      from: 'meta',
    });
    expect(find('', TIME + DATELINE, URL_DATED)).toEqual({
      date: '2025-04-23',
      precision: 'day',
      from: 'time',
    });
    expect(find('', DATELINE, URL_DATED)).toEqual({
      date: '2025-04-24',
      precision: 'day',
      from: 'dateline',
    });
    expect(find('', `<p>${PARAGRAPH}</p>`, URL_DATED)).toEqual({
      date: '2025-04-25',
      precision: 'day',
      from: 'url',
    });
  });

  it('reads microdata in the article as meta', () => {
    expect(find('', `<meta itemprop="datePublished" content="2025-04-20">${TIME}`)?.from).toBe(
      'meta',
    );
  });

  it('is null when nothing dates the page', () => {
    expect(find('', `<p>${PARAGRAPH}</p>`, 'https://example.com/story')).toBeNull();
  });

  it('defaults to the real clock, refusing a date after tomorrow', () => {
    const doc = html('', '<meta name="date" content="2999-01-01">');
    expect(findPageDate(doc, '')).toBeNull();
  });
});
