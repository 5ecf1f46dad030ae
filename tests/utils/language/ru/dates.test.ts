import { describe, expect, it } from 'vitest';
import { dates } from '../../../../utils/language/ru/dates';
import { findTextDates } from '../../../../utils/page-date/text-dates';

const NOW = new Date('2026-12-06T00:00:00Z');

describe('Russian dates', () => {
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
    ['25 апреля 2025 года', '2025-04-25'],
    ['МОСКВА, 1 января 2025', '2025-01-01'],
    ['3 сент. 2024', '2024-09-03'],
    ['25.04.2025 10:15', '2025-04-25'],
    ['31 декабря 2024', '2024-12-31'],
  ])('reads %s', (text, date) => {
    expect(findTextDates(text, NOW).map((d) => d.value.date)).toEqual([date]);
  });
});
