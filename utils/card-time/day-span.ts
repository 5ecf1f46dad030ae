/**
 * A knowledge-base or page date (`2025`, `2025-04`, `2025-04-25`) as the span of days it names:
 * `2025-04` is every day of April 2025, as precise as the source was and no more. Days are counted
 * from 1970-01-01 (UTC), so spans compare as numbers. The calendar rules are fact-time.ts's.
 */
import { firstDay, lastDay } from '../knowledge-base/fact-time';

/** The first and last day (inclusive) a date can mean. */
export interface DaySpan {
  first: number;
  last: number;
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a `YYYY-MM-DD` day. */
function dayNumber(day: string): number {
  const d = new Date(0);
  // not Date.UTC, which maps years 0–99 to 1900–1999
  d.setUTCFullYear(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  return Math.round(d.getTime() / DAY_MS);
}

/** The days `date` names, or null when it is no valid date (2025-02-30 included). */
export function daySpan(date: string | undefined): DaySpan | null {
  const first = date === undefined ? undefined : firstDay(date);
  const last = date === undefined ? undefined : lastDay(date);
  if (first === undefined || last === undefined) return null;
  return { first: dayNumber(first), last: dayNumber(last) };
}

/** Whether two spans share at least one day. */
export function overlaps(a: DaySpan, b: DaySpan): boolean {
  return a.first <= b.last && b.first <= a.last;
}
