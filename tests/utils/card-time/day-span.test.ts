import { describe, expect, it } from 'vitest';
import { daySpan, overlaps } from '../../../utils/card-time/day-span';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

describe('daySpan', () => {
  it('names every day a date can mean, as precise as it is written', () => {
    expect(daySpan('2025-04-25')).toEqual({ first: day('2025-04-25'), last: day('2025-04-25') });
    expect(daySpan('2025-04')).toEqual({ first: day('2025-04-01'), last: day('2025-04-30') });
    expect(daySpan('2024-02')).toEqual({ first: day('2024-02-01'), last: day('2024-02-29') });
    expect(daySpan('2024-12-31')).toEqual({ first: day('2024-12-31'), last: day('2024-12-31') });
    expect(daySpan('2025')).toEqual({ first: day('2025-01-01'), last: day('2025-12-31') });
  });

  it('refuses what is no date', () => {
    for (const bad of [
      '2025-02-30',
      '2025-04-31',
      '2025-13',
      '2025-00',
      '2025-04-00',
      '25-04-2025',
      '',
    ])
      expect(daySpan(bad), bad).toBeNull();
    expect(daySpan(undefined)).toBeNull();
    expect(daySpan('2024-02-29')).not.toBeNull();
  });

  it('keeps years before 100 as written', () => {
    expect(daySpan('0050')!.first).toBeLessThan(daySpan('1950')!.first);
  });
});

describe('overlaps', () => {
  it('is true when two spans share a day, the last day included', () => {
    expect(overlaps(daySpan('2025-04')!, daySpan('2025-04-15')!)).toBe(true);
    expect(overlaps(daySpan('2025-04')!, daySpan('2025-04-30')!)).toBe(true);
    expect(overlaps(daySpan('2025-04')!, daySpan('2025-05-01')!)).toBe(false);
    expect(overlaps(daySpan('2025')!, daySpan('2024-12-31')!)).toBe(false);
  });
});
