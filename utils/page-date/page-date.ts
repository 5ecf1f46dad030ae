/**
 * The date of the page being read, and the checks every source of evidence shares: a date is
 * a real calendar date, no earlier than 1995 (htmldate's floor: the web's news archives start
 * then) and no later than tomorrow (a page's clock may run ahead of the reader's by a time zone).
 */

export type DatePrecision = 'year' | 'month' | 'day';

/** Where the date was read, most trusted first. */
export type DateSource = 'json-ld' | 'meta' | 'time' | 'dateline' | 'url';

export interface PageDate {
  /** YYYY, YYYY-MM or YYYY-MM-DD, as the page writes it (its own time zone, not converted). */
  date: string;
  precision: DatePrecision;
  from: DateSource;
}

/** A date without its source. */
export type DateValue = Omit<PageDate, 'from'>;

/** The earliest year a page's date may have. */
export const MIN_YEAR = 1995;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The date of `year`, `month` and `day` (month and day optional, in that order), or undefined
 * when it is no calendar date or lies outside [1995, `now` + 1 day].
 */
export function calendarDate(
  now: Date,
  year: number,
  month?: number,
  day?: number,
): DateValue | undefined {
  if (!Number.isInteger(year) || year < MIN_YEAR) return undefined;
  const latest = new Date(now.getTime() + 86_400_000);
  const [maxYear, maxMonth, maxDay] = [
    latest.getUTCFullYear(),
    latest.getUTCMonth() + 1,
    latest.getUTCDate(),
  ];
  if (year > maxYear) return undefined;
  if (month === undefined) return { date: String(year), precision: 'year' };
  if (!Number.isInteger(month) || month < 1 || month > 12) return undefined;
  if (year === maxYear && month > maxMonth) return undefined;
  if (day === undefined) return { date: `${year}-${pad(month)}`, precision: 'month' };
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth) return undefined;
  if (year === maxYear && month === maxMonth && day > maxDay) return undefined;
  return { date: `${year}-${pad(month)}-${pad(day)}`, precision: 'day' };
}

/** Options of the finders; `now` bounds the dates accepted (tests pin it). */
export interface FindOptions {
  now?: Date;
}
