/**
 * The page's date from its URL's path, as news sites file their articles: /2025/04/25/,
 * /2025-04-25-slug, /2025-04/27/, /20250425/, /2025/0425/, and a month alone (/2025/04/slug).
 * A year alone says too little (/2025/ is as often an archive as an article).
 */
import { calendarDate, type DateValue } from './page-date';

const DAY_PATTERNS = [
  /(?:^|\D)(\d{4})[/_-](\d{1,2})[/_-](\d{1,2})(?=\D|$)/,
  /(?:^|\D)(\d{4})(\d{2})(\d{2})(?=\D|$)/,
  /\/(\d{4})\/(\d{2})(\d{2})\//,
];
const MONTH_PATTERN = /\/(\d{4})[/_-](\d{1,2})(?=\/|$)/;

/** The date in `url`'s path, or undefined. */
export function findUrlDate(url: string, now: Date): DateValue | undefined {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  for (const pattern of DAY_PATTERNS) {
    const m = pattern.exec(path);
    if (!m) continue;
    const value = calendarDate(now, Number(m[1]), Number(m[2]), Number(m[3]));
    if (value) return value;
  }
  const m = MONTH_PATTERN.exec(path);
  return m ? calendarDate(now, Number(m[1]), Number(m[2])) : undefined;
}
