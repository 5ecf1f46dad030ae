/**
 * Dates written for machines, in metadata, `datetime` attributes and JSON-LD: ISO 8601 and its
 * usual relatives ("2025-04-25T09:40:00+08:00", "2025-04", "2025", "2025/04/25", "20250425"),
 * and, failing those, a date in words ("Fri, 25 Apr 2025 09:40:00 GMT", "April 25, 2025").
 * The date is read as written: a time zone is never applied, so a page's day stays its own.
 */
import { calendarDate, type DateValue } from './page-date';
import { findTextDates } from './text-dates';

const ISO =
  /^\s*(\d{4})(?:([-/.])(\d{1,2})(?:\2(\d{1,2}))?)?(?=\s*$|T|\s+\d{1,2}:|[+-]\d\d:?\d\d$|Z$)/;
const COMPACT = /^\s*(\d{4})(\d{2})(\d{2})(?:$|T|\s)/;

/** The date `value` holds, or undefined. */
export function parseMachineDate(value: string, now: Date): DateValue | undefined {
  const iso = ISO.exec(value);
  if (iso) {
    const [, y, , m, d] = iso;
    return calendarDate(
      now,
      Number(y),
      m === undefined ? undefined : Number(m),
      d === undefined ? undefined : Number(d),
    );
  }
  const compact = COMPACT.exec(value);
  if (compact) return calendarDate(now, Number(compact[1]), Number(compact[2]), Number(compact[3]));
  if (value.length > 80) return undefined;
  for (const found of findTextDates(value, now)) return found.value;
  return undefined;
}
