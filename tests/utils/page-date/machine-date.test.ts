import { describe, expect, it } from 'vitest';
import { parseMachineDate } from '../../../utils/page-date/machine-date';
import { NOW } from './helpers';

const parse = (value: string) => parseMachineDate(value, NOW)?.date;

describe('parseMachineDate', () => {
  it.each([
    ['2025-04-25T09:40:00+08:00', '2025-04-25'],
    ['2025-04-25T23:40:00-05:00', '2025-04-25'], // the page's own day, not converted
    ['2025-04-25 09:40:00', '2025-04-25'],
    ['2025-04-25', '2025-04-25'],
    ['2025/04/25', '2025-04-25'],
    ['20250425', '2025-04-25'],
    ['2025-04', '2025-04'],
    ['2025', '2025'],
    ['Fri, 25 Apr 2025 09:40:00 GMT', '2025-04-25'],
    ['April 25, 2025', '2025-04-25'],
  ])('reads %s', (value, date) => expect(parse(value)).toBe(date));

  it.each(['', 'yesterday', '2025-13-01', '1990-01-01', '2031-01-01', '12345', '2025 год'])(
    'reads no date in %j',
    (value) => expect(parse(value)).toBeUndefined(),
  );
});
