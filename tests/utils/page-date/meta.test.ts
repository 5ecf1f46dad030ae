import { describe, expect, it } from 'vitest';
import { findMetaDate } from '../../../utils/page-date/meta';
import { NOW, html } from './helpers';

const find = (head: string) => findMetaDate(html('', head), NOW);

describe('findMetaDate', () => {
  it.each([
    ['property', 'article:published_time'],
    ['name', 'pubdate'],
    ['name', 'date'],
    ['name', 'DC.date.issued'],
    ['name', 'dcterms.created'],
    ['itemprop', 'datePublished'],
    ['name', 'publish-date'],
  ])('reads <meta %s="%s">', (attribute, name) =>
    expect(find(`<meta ${attribute}="${name}" content="2025-04-25T10:00:00Z">`)?.date).toBe(
      '2025-04-25',
    ),
  );

  it('trusts a publication time over a loose date, whatever their order', () => {
    expect(
      find(
        '<meta name="date" content="2025-04-30"><meta property="article:published_time" content="2025-04-25">',
      )?.date,
    ).toBe('2025-04-25');
  });

  it('never reads modified or updated times', () => {
    expect(
      find(
        '<meta property="article:modified_time" content="2025-04-30"><meta property="og:updated_time" content="2025-04-30"><meta http-equiv="last-modified" content="2025-04-30">',
      ),
    ).toBeUndefined();
  });

  it('keeps a month’s precision, and skips a value that is no date', () => {
    expect(find('<meta property="article:published_time" content="2025-04">')).toEqual({
      date: '2025-04',
      precision: 'month',
    });
    expect(
      find('<meta name="pubdate" content="soon"><meta name="date" content="20250425">')?.date,
    ).toBe('2025-04-25');
  });
});
