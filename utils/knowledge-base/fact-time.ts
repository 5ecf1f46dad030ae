/**
 * When a fact holds, without zod: the date helpers the content script, the card and `kb:check`
 * share. A knowledge-base date is `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; its precision is how many
 * parts it has, and it stands for every day it covers (`2023` is 1 January to 31 December 2023).
 */

export type DatePrecision = 'year' | 'month' | 'day';

export interface FactDate {
  year: number;
  /** 1–12, when the date has a month. */
  month?: number;
  /** 1–31, when the date has a day. */
  day?: number;
  precision: DatePrecision;
}

/** The time fields of a fact (schema.ts's `Fact` has them; kept structural for zod-free users). */
export interface FactTimeFields {
  from?: string;
  until?: string;
  on?: string;
  timeless?: boolean;
}

/** How a fact says when it holds. */
export type FactTime =
  | { kind: 'period'; from: string; until?: string }
  | { kind: 'point'; on: string }
  | { kind: 'timeless' };

const DATE_SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The date's parts, or undefined when it is not `YYYY[-MM[-DD]]` or names no real day (2025-02-30). */
export function parseFactDate(date: string): FactDate | undefined {
  const m = DATE_SHAPE.exec(date);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2] === undefined) return { year, precision: 'year' };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  if (m[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day, precision: 'day' };
}

/** Whether the text is a well-formed date that exists in the calendar. */
export function isRealDate(date: string): boolean {
  return parseFactDate(date) !== undefined;
}

/** `year`, `month` or `day`; undefined for text that is no date. */
export function datePrecision(date: string): DatePrecision | undefined {
  return parseFactDate(date)?.precision;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The first day the date covers, as `YYYY-MM-DD` (`2023-04` → `2023-04-01`). */
export function firstDay(date: string): string | undefined {
  const d = parseFactDate(date);
  return d && `${pad(d.year, 4)}-${pad(d.month ?? 1)}-${pad(d.day ?? 1)}`;
}

/** The last day the date covers, as `YYYY-MM-DD` (`2023-02` → `2023-02-28`). */
export function lastDay(date: string): string | undefined {
  const d = parseFactDate(date);
  if (!d) return undefined;
  const month = d.month ?? 12;
  return `${pad(d.year, 4)}-${pad(month)}-${pad(d.day ?? daysInMonth(d.year, month))}`;
}

/**
 * Orders two dates by the first day each covers, then the more precise first (`2023` before
 * `2023-01-01` would be arbitrary; `2023-01-01` before `2023` lists the known day first).
 * Negative when `a` comes first. Text that is no date sorts last.
 */
export function compareFactDates(a: string, b: string): number {
  const fa = firstDay(a) ?? '9999-99-99';
  const fb = firstDay(b) ?? '9999-99-99';
  if (fa !== fb) return fa < fb ? -1 : 1;
  return (lastDay(a) ?? '') < (lastDay(b) ?? '')
    ? -1
    : (lastDay(a) ?? '') > (lastDay(b) ?? '')
      ? 1
      : 0;
}

/** Whether `date` certainly lies after `limit`: its first day is after the last day `limit` covers. */
export function isCertainlyAfter(date: string, limit: string): boolean {
  const first = firstDay(date);
  const last = lastDay(limit);
  return first !== undefined && last !== undefined && first > last;
}

/** How the fact says when it holds; undefined when it says it in no (or more than one) way. */
export function factTime(fact: FactTimeFields): FactTime | undefined {
  const period = fact.from !== undefined || fact.until !== undefined;
  const point = fact.on !== undefined;
  const timeless = fact.timeless === true;
  if (Number(period) + Number(point) + Number(timeless) !== 1) return undefined;
  if (timeless) return { kind: 'timeless' };
  if (point) return { kind: 'point', on: fact.on! };
  if (fact.from === undefined) return undefined;
  return fact.until === undefined
    ? { kind: 'period', from: fact.from }
    : { kind: 'period', from: fact.from, until: fact.until };
}

/**
 * Whether a fact held on `day` (`YYYY-MM-DD`): a period from its first possible day to the last
 * day its `until` covers (open: still true), a point on the days its `on` covers, a timeless fact
 * always. A period whose bounds are too coarse to tell (`from: "2023"`, day 2023-03-01) counts as
 * holding: the source places the day within the stated years.
 */
export function holdsOn(fact: FactTimeFields, day: string): boolean {
  const time = factTime(fact);
  if (!time) return false;
  if (time.kind === 'timeless') return true;
  if (time.kind === 'point') return firstDay(time.on)! <= day && day <= lastDay(time.on)!;
  const start = firstDay(time.from);
  if (start === undefined || day < start) return false;
  return time.until === undefined || day <= (lastDay(time.until) ?? day);
}

/**
 * Whether two periods certainly share a day. Each is taken as narrow as its dates allow (from the
 * last day its `from` covers to the first day its `until` covers; open = no end), and periods
 * that only touch (one ends the day the other starts: a handover) do not overlap.
 */
export function periodsOverlap(
  a: { from: string; until?: string },
  b: { from: string; until?: string },
): boolean {
  const end = (p: { until?: string }) => (p.until === undefined ? '\uffff' : firstDay(p.until));
  const startA = lastDay(a.from);
  const startB = lastDay(b.from);
  const endA = end(a);
  const endB = end(b);
  if (!startA || !startB || !endA || !endB) return false;
  const start = startA > startB ? startA : startB;
  const stop = endA < endB ? endA : endB;
  return start < stop;
}
