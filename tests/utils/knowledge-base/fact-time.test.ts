import { describe, expect, it } from 'vitest';
import {
  compareFactDates,
  datePrecision,
  factTime,
  firstDay,
  holdsOn,
  isCertainlyAfter,
  isRealDate,
  lastDay,
  parseFactDate,
  periodsOverlap,
} from '../../../utils/knowledge-base/fact-time';

describe('knowledge-base dates', () => {
  it('reads the three precisions and refuses other shapes and impossible days', () => {
    expect(parseFactDate('2025')).toEqual({ year: 2025, precision: 'year' });
    expect(parseFactDate('2025-04')).toEqual({ year: 2025, month: 4, precision: 'month' });
    expect(datePrecision('2025-04-25')).toBe('day');
    for (const bad of [
      '2025-02-29',
      '2025-02-30',
      '2025-04-31',
      '2025-13',
      '2025-00',
      '25 Apr',
      '2025-4',
    ])
      expect(isRealDate(bad), bad).toBe(false);
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2000-02-29')).toBe(true);
    expect(isRealDate('1900-02-29')).toBe(false);
  });

  it('covers every day of its precision', () => {
    expect([firstDay('2023'), lastDay('2023')]).toEqual(['2023-01-01', '2023-12-31']);
    expect([firstDay('2024-02'), lastDay('2024-02')]).toEqual(['2024-02-01', '2024-02-29']);
    expect([firstDay('2023-04-01'), lastDay('2023-04-01')]).toEqual(['2023-04-01', '2023-04-01']);
    expect(firstDay('soon')).toBeUndefined();
  });

  it('orders by first day, the more precise first', () => {
    const dates = ['2025-09-26', '2023', '2023-04', '2023-01-01', 'soon'];
    expect([...dates].sort(compareFactDates)).toEqual([
      '2023-01-01',
      '2023',
      '2023-04',
      '2025-09-26',
      'soon',
    ]);
  });

  it('is after a limit only when every day it covers is', () => {
    expect(isCertainlyAfter('2026-12-07', '2026-12-06')).toBe(true);
    expect(isCertainlyAfter('2026-12', '2026-12-06')).toBe(false);
    expect(isCertainlyAfter('2027', '2026-12-06')).toBe(true);
  });
});

describe('when a fact holds', () => {
  it('is one of a period, a point or timeless', () => {
    expect(factTime({ from: '2023-04', until: '2025-09-26' })).toEqual({
      kind: 'period',
      from: '2023-04',
      until: '2025-09-26',
    });
    expect(factTime({ from: '2023-04' })).toEqual({ kind: 'period', from: '2023-04' });
    expect(factTime({ on: '2025-04-25' })).toEqual({ kind: 'point', on: '2025-04-25' });
    expect(factTime({ timeless: true })).toEqual({ kind: 'timeless' });
    for (const bad of [
      {},
      { until: '2025' },
      { on: '2025', from: '2024' },
      { timeless: true as const, on: '2025' },
    ])
      expect(factTime(bad), JSON.stringify(bad)).toBeUndefined();
  });

  it('holds on the days of its period, point or always', () => {
    const post = { from: '2023-04', until: '2025-09-26' };
    expect(holdsOn(post, '2025-04-27')).toBe(true);
    expect(holdsOn(post, '2023-04-01')).toBe(true);
    expect(holdsOn(post, '2025-09-26')).toBe(true);
    expect(holdsOn(post, '2025-09-27')).toBe(false);
    expect(holdsOn(post, '2022-06-01')).toBe(false);
    expect(holdsOn({ from: '2023-04' }, '2026-12-06')).toBe(true);
    expect(holdsOn({ on: '2025-04' }, '2025-04-25')).toBe(true);
    expect(holdsOn({ on: '2025-04' }, '2025-05-01')).toBe(false);
    expect(holdsOn({ timeless: true }, '1900-01-01')).toBe(true);
    expect(holdsOn({}, '2025-01-01')).toBe(false);
  });

  it('sees two periods overlap only when they certainly share a day', () => {
    const first = { from: '2013-03-16', until: '2022-12-30' };
    expect(periodsOverlap(first, { from: '2023-07-25' })).toBe(false);
    expect(periodsOverlap(first, { from: '2022-12-30' })).toBe(false); // a handover
    expect(periodsOverlap(first, { from: '2022-06' })).toBe(true);
    expect(periodsOverlap({ from: '2013', until: '2018' }, { from: '2018', until: '2023' })).toBe(
      false,
    );
    expect(periodsOverlap({ from: '2013' }, { from: '2020', until: '2021' })).toBe(true);
  });
});
