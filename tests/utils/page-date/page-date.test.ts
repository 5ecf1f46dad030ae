import { describe, expect, it } from 'vitest';
import { calendarDate } from '../../../utils/page-date/page-date';
import { NOW } from './helpers';

describe('calendarDate', () => {
  it('writes a date at its precision', () => {
    expect(calendarDate(NOW, 2025, 4, 5)).toEqual({ date: '2025-04-05', precision: 'day' });
    expect(calendarDate(NOW, 2025, 4)).toEqual({ date: '2025-04', precision: 'month' });
    expect(calendarDate(NOW, 2025)).toEqual({ date: '2025', precision: 'year' });
  });

  it('refuses what is no calendar date', () => {
    expect(calendarDate(NOW, 2025, 13, 1)).toBeUndefined();
    expect(calendarDate(NOW, 2025, 2, 29)).toBeUndefined();
    expect(calendarDate(NOW, 2024, 2, 29)).toEqual({ date: '2024-02-29', precision: 'day' });
    expect(calendarDate(NOW, 2025, 4, 0)).toBeUndefined();
  });

  it('refuses dates before 1995 and after tomorrow', () => {
    expect(calendarDate(NOW, 1994, 12, 31)).toBeUndefined();
    expect(calendarDate(NOW, 1995, 1, 1)).toBeDefined();
    expect(calendarDate(NOW, 2026, 12, 7)).toBeDefined();
    expect(calendarDate(NOW, 2026, 12, 8)).toBeUndefined();
    expect(calendarDate(NOW, 2027)).toBeUndefined();
    expect(calendarDate(NOW, 1446, 10, 27)).toBeUndefined(); // a Hijri year
  });
});
