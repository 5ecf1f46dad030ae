import { describe, expect, it } from 'vitest';
import { findJsonLdDate } from '../../../utils/page-date/json-ld';
import { NOW, html } from './helpers';

const script = (json: unknown) =>
  `<script type="application/ld+json">${typeof json === 'string' ? json : JSON.stringify(json)}</script>`;
const find = (...scripts: string[]) => findJsonLdDate(html('', scripts.join('')), NOW)?.date;

describe('findJsonLdDate', () => {
  it.each([
    'NewsArticle',
    'Article',
    'BlogPosting',
    'ReportageNewsArticle',
    'LiveBlogPosting',
    'Report',
  ])('reads datePublished of a %s', (type) =>
    expect(find(script({ '@type': type, datePublished: '2025-04-25T09:40:00+08:00' }))).toBe(
      '2025-04-25',
    ),
  );

  it('reads @graph, arrays, a list of types and a page’s mainEntity', () => {
    const article = { '@type': 'NewsArticle', datePublished: '2025-04-25' };
    expect(find(script({ '@graph': [{ '@type': 'WebSite' }, article] }))).toBe('2025-04-25');
    expect(find(script([{ '@type': 'Organization' }, article]))).toBe('2025-04-25');
    expect(find(script({ '@type': ['NewsArticle', 'Article'], datePublished: '2025-04-25' }))).toBe(
      '2025-04-25',
    );
    expect(find(script({ '@type': 'WebPage', mainEntity: article }))).toBe('2025-04-25');
  });

  it('prefers the article to the page that holds it, and reads the page when no article dates', () => {
    const page = { '@type': 'WebPage', datePublished: '2025-04-20' };
    expect(
      find(script({ '@graph': [page, { '@type': 'NewsArticle', datePublished: '2025-04-25' }] })),
    ).toBe('2025-04-25');
    expect(find(script({ '@graph': [page, { '@type': 'NewsArticle' }] }))).toBe('2025-04-20');
  });

  it('skips malformed JSON and reads the next script', () => {
    expect(
      find(
        '<script type="application/ld+json">{"@type": "NewsArticle",</script>',
        script({ '@type': 'Article', datePublished: '2023-09-01' }),
      ),
    ).toBe('2023-09-01');
  });

  it('never reads dateModified, lists of other articles or other script types', () => {
    expect(find(script({ '@type': 'NewsArticle', dateModified: '2025-04-26' }))).toBeUndefined();
    const list = {
      '@type': 'ItemList',
      itemListElement: [
        { '@type': 'ListItem', item: { '@type': 'NewsArticle', datePublished: '2025-02-11' } },
      ],
    };
    expect(find(script(list))).toBeUndefined();
    expect(
      find(
        `<script type="application/json">${JSON.stringify({ '@type': 'NewsArticle', datePublished: '2025-04-25' })}</script>`,
      ),
    ).toBeUndefined();
  });

  it('reads dateCreated when an article has no datePublished', () => {
    expect(find(script({ '@type': 'Article', dateCreated: '2024-01-02' }))).toBe('2024-01-02');
  });
});
