import { describe, expect, it } from 'vitest';
import { dates } from '../../../../utils/language/zh/dates';
import { findTextDates } from '../../../../utils/page-date/text-dates';

const NOW = new Date('2026-12-06T00:00:00Z');

describe('Chinese dates', () => {
  it('names months 1 to 12 only, in lower case', () => {
    const numbers = new Set(Object.values(dates.months));
    if (numbers.size > 0)
      expect([...numbers].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    for (const name of Object.keys(dates.months)) expect(name).toBe(name.toLowerCase());
  });

  it('writes its words in lower case', () => {
    for (const word of [...dates.updated, ...dates.talkedAbout, ...(dates.copyright ?? [])])
      expect(word).toBe(word.toLowerCase());
  });

  it.each([
    ['2025年4月25日', '2025-04-25'],
    ['2025 年 04 月 25 日', '2025-04-25'],
    ['２０２５年４月２５日', '2025-04-25'],
    ['2025年4月25号', '2025-04-25'],
  ])('reads %s', (text, date) => {
    expect(findTextDates(text, NOW).map((d) => d.value.date)).toEqual([date]);
  });
});
