/**
 * Knowledge-base dates (`2025`, `2025-04`, `2025-04-25`) in the reader's language, as precise as
 * the source was and no more: a month-precise date never gains an invented day.
 */
import type { CardLanguage } from '../../utils/knowledge-base/model';

/**
 * The locale each card language formats dates in. Arabic keeps Western digits, as the
 * Xinhua Arabic dispatches themselves do ("25 أبريل 2025"), whatever the ICU default of the
 * browser; English uses day–month order, the international news convention.
 */
export const DATE_LOCALES: Readonly<Record<CardLanguage, string>> = {
  ar: 'ar-u-nu-latn',
  en: 'en-GB',
  zh: 'zh-CN',
  ru: 'ru',
};

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: CardLanguage, precision: 'year' | 'month' | 'day'): Intl.DateTimeFormat {
  const key = `${lang}:${precision}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(DATE_LOCALES[lang], {
      // UTC both ways: a date has no time zone, and local midnight could slip to the day before.
      timeZone: 'UTC',
      year: 'numeric',
      month: precision === 'year' ? undefined : 'short',
      day: precision === 'day' ? 'numeric' : undefined,
    });
    formatters.set(key, f);
  }
  return f;
}

/** `2025-04` → "Apr 2025" (en), "أبريل 2025" (ar), "2025年4月" (zh); unparseable text is returned as is. */
export function formatKbDate(date: string, lang: CardLanguage): string {
  const m = DATE.exec(date);
  if (!m) return date;
  const [, y, mo, d] = m;
  const precision = d ? 'day' : mo ? 'month' : 'year';
  const utc = new Date(Date.UTC(Number(y), mo ? Number(mo) - 1 : 0, d ? Number(d) : 1));
  // Date.UTC maps years 0–99 to 1900–1999; set the year explicitly to keep it as written.
  utc.setUTCFullYear(Number(y));
  return formatter(lang, precision).format(utc);
}
