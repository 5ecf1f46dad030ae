import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatKbDate } from '../../../components/card/format-date';

// West of Greenwich, local midnight of a UTC date is the evening before: a formatter in local
// time would show 24 April for 2025-04-25. Node applies a changed TZ to new formatters.
const savedTz = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'America/Los_Angeles';
});
afterAll(() => {
  process.env.TZ = savedTz;
});

describe('formatKbDate', () => {
  it('keeps the precision the source gave: year, month or day', () => {
    expect(formatKbDate('2025', 'en')).toBe('2025');
    expect(formatKbDate('2025-04', 'en')).toBe('Apr 2025');
    expect(formatKbDate('2025-04-25', 'en')).toBe('25 Apr 2025');
  });

  it('formats in the reader’s language; Arabic with Western digits, as the dispatch writes', () => {
    expect(formatKbDate('2025-04-25', 'ar')).toBe('25 أبريل 2025');
    expect(formatKbDate('2025-04', 'ar')).toBe('أبريل 2025');
    expect(formatKbDate('2025-04-25', 'zh')).toBe('2025年4月25日');
    expect(formatKbDate('2025-04', 'zh')).toBe('2025年4月');
    expect(formatKbDate('2025', 'zh')).toBe('2025年');
  });

  it('writes dates as each language’s press does', () => {
    expect(formatKbDate('2025-09-26', 'en')).toBe('26 Sep 2025');
    expect(formatKbDate('2025-09', 'en')).toBe('Sep 2025');
    expect(formatKbDate('2025-09-26', 'ar')).toBe('26 سبتمبر 2025');
    expect(formatKbDate('2025-09-26', 'zh')).toBe('2025年9月26日');
    expect(formatKbDate('2025-09-26', 'ru')).toBe('26 сентября 2025');
    expect(formatKbDate('2025-09', 'ru')).toBe('сентябрь 2025');
    expect(formatKbDate('2025', 'ru')).toBe('2025');
  });

  it('gives Russian the genitive after "с" (since); other languages are unchanged', () => {
    expect(formatKbDate('2023-04', 'ru', 'genitive')).toBe('апреля 2023');
    expect(formatKbDate('2023', 'ru', 'genitive')).toBe('2023 года');
    expect(formatKbDate('2025-09-26', 'ru', 'genitive')).toBe('26 сентября 2025');
    expect(formatKbDate('2023-04', 'en', 'genitive')).toBe('Apr 2023');
  });

  it('does not shift a date across time zones (the first and last day of a year)', () => {
    expect(formatKbDate('2025-01-01', 'en')).toBe('1 Jan 2025');
    expect(formatKbDate('2024-12-31', 'en')).toBe('31 Dec 2024');
  });

  it('returns text it cannot read unchanged', () => {
    expect(formatKbDate('spring 2025', 'en')).toBe('spring 2025');
  });
});
