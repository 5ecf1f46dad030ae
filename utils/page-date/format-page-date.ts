/**
 * A page's date as text for the reader, in the UI language, at its precision: «25 أبريل 2025»,
 * "April 25, 2025", 2025年4月25日, «25 апреля 2025 г.»; "April 2025"; "2025". The long date
 * format of each language's locale (its dates.ts may name another, for its digits).
 */
import { LANGUAGES } from '../language/registry';
import type { PageDate } from './page-date';

const OPTIONS: Record<PageDate['precision'], Intl.DateTimeFormatOptions> = {
  day: { year: 'numeric', month: 'long', day: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  year: { year: 'numeric' },
};

/** The date in `lang` (an ISO 639-1 code). */
export function formatPageDate(
  pageDate: Pick<PageDate, 'date' | 'precision'>,
  lang: string,
): string {
  const [y, m = 1, d = 1] = pageDate.date.split('-').map(Number);
  const locale = LANGUAGES.find((l) => l.code === lang)?.dates?.locale ?? lang;
  return new Intl.DateTimeFormat(locale, {
    ...OPTIONS[pageDate.precision],
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y!, m - 1, d)));
}
