import { describe, expect, it } from 'vitest';
import { dates } from '../../../../utils/language/ar/dates';
import { findTextDates } from '../../../../utils/page-date/text-dates';

const NOW = new Date('2026-12-06T00:00:00Z');

describe('Arabic dates', () => {
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
    ['ألماتي 25 أبريل 2025 (شينخوا)', '2025-04-25'],
    ['دمشق 25 نيسان 2025', '2025-04-25'],
    ['٢٥ ابريل ٢٠٢٥', '2025-04-25'],
    ['الجمعة 25 نيسان/أبريل 2025', '2025-04-25'],
    ['1 كانون الثاني 2025', '2025-01-01'],
    ['31 كانون الأول 2024', '2024-12-31'],
    ['5 تشرين الثاني 2024', '2024-11-05'],
    ['14 جويلية 2023', '2023-07-14'],
    ['3 غشت 2023', '2023-08-03'],
    ['9 شتنبر 2023', '2023-09-09'],
  ])('reads %s', (text, date) => {
    expect(findTextDates(text, NOW).map((d) => d.value.date)).toEqual([date]);
  });
});
