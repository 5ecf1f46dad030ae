import { describe, expect, it } from 'vitest';
import { formatPageDate } from '../../../utils/page-date/format-page-date';

describe('formatPageDate', () => {
  it.each([
    ['ar', '25 أبريل 2025', 'أبريل 2025'],
    ['en', 'April 25, 2025', 'April 2025'],
    ['zh', '2025年4月25日', '2025年4月'],
    ['ru', '25 апреля 2025 г.', 'апрель 2025 г.'],
  ])('writes %s dates as its press does, at each precision', (lang, day, month) => {
    expect(formatPageDate({ date: '2025-04-25', precision: 'day' }, lang)).toBe(day);
    expect(formatPageDate({ date: '2025-04', precision: 'month' }, lang)).toBe(month);
    expect(formatPageDate({ date: '2025', precision: 'year' }, lang)).toContain('2025');
  });

  it('keeps the day whatever the reader’s time zone (dates are calendar dates, not instants)', () => {
    expect(formatPageDate({ date: '2025-01-01', precision: 'day' }, 'en')).toBe('January 1, 2025');
  });
});
