import { describe, expect, it } from 'vitest';
import { findUrlDate } from '../../../utils/page-date/url-date';
import { NOW } from './helpers';

const find = (url: string) => findUrlDate(url, NOW);

describe('findUrlDate', () => {
  it.each([
    ['https://example.com/2025/04/25/story/', '2025-04-25'],
    ['https://example.com/news/20250425/123.html', '2025-04-25'],
    ['http://example.cn/2025-04/27/c_1.htm', '2025-04-27'],
    ['http://example.cn/n1/2025/0425/c1002-1.html', '2025-04-25'],
    ['https://example.com/2025-04-25-story', '2025-04-25'],
  ])('reads the day in %s', (url, date) => expect(find(url)).toEqual({ date, precision: 'day' }));

  it('reads a month alone, never a year alone', () => {
    expect(find('https://example.com/2025/04/story')).toEqual({
      date: '2025-04',
      precision: 'month',
    });
    expect(find('https://example.com/2025/story')).toBeUndefined();
  });

  it('reads the path only, and no impossible date', () => {
    expect(find('https://example.com/story?d=2025-04-25')).toBeUndefined();
    expect(find('https://example.com/id/12345678/')).toBeUndefined();
    expect(find('https://example.com/2025/13/40/')).toBeUndefined();
    expect(find('not a url')).toBeUndefined();
    expect(find('')).toBeUndefined();
  });
});
