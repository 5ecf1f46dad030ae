/**
 * A knowledge-base or page date (`2025`, `2025-04`, `2025-04-25`) as the span of days it names:
 * `2025-04` is every day of April 2025, as precise as the source was and no more. Days are counted
 * from 1970-01-01 (UTC), so spans compare as numbers. Zod-free: the content script uses it.
 */

/** The first and last day (inclusive) a date can mean. */
export interface DaySpan {
  first: number;
  last: number;
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DAY_MS = 86_400_000;

function dayNumber(year: number, monthIndex: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, monthIndex, day); // not Date.UTC, which maps years 0–99 to 1900–1999
  return Math.round(d.getTime() / DAY_MS);
}

/** The days `date` names, or null when it is no valid date (2025-02-30 included). */
export function daySpan(date: string | undefined): DaySpan | null {
  const m = date === undefined ? null : DATE.exec(date);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { first: dayNumber(year, 0, 1), last: dayNumber(year, 11, 31) };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined)
    return { first: dayNumber(year, month - 1, 1), last: dayNumber(year, month, 0) };
  const day = Number(m[3]);
  const n = dayNumber(year, month - 1, day);
  // Day 0 or 31 of a 30-day month rolls into another month: no such date.
  if (day < 1 || n >= dayNumber(year, month, 1)) return null;
  return { first: n, last: n };
}

/** Whether two spans share at least one day. */
export function overlaps(a: DaySpan, b: DaySpan): boolean {
  return a.first <= b.last && b.first <= a.last;
}
