/**
 * Knowledge-base dates (`2025`, `2025-04`, `2025-04-25`) in the reader's language, as precise as
 * the source was and no more: a month-precise date never gains an invented day.
 *
 * Each language as its press writes a date, from Intl's parts (CLDR's month names):
 * - ar: "26 سبتمبر 2025", Western digits and the أبريل month names of Xinhua's Arabic dispatches;
 * - en: "26 Sep 2025", day–month order (the international convention), three-letter months;
 * - zh: "2025年9月26日";
 * - ru: "26 сентября 2025", "сентябрь 2025" (TASS's full month names; no "г.").
 * Russian after "с" (since) wants the genitive: "с апреля 2023", "с 2023 года" (`form: 'genitive'`).
 */
import type { CardLanguage } from '../../utils/knowledge-base/model';

/** The locale each card language formats dates in (Arabic with Western digits). */
export const DATE_LOCALES: Readonly<Record<CardLanguage, string>> = {
  ar: 'ar-u-nu-latn',
  en: 'en-GB',
  zh: 'zh-CN',
  ru: 'ru',
};

type Precision = 'year' | 'month' | 'day';
/** `standalone`: a date on its own; `genitive`: after a preposition that governs it (Russian "с"). */
export type DateForm = 'standalone' | 'genitive';

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: CardLanguage, month: 'short' | 'long' | undefined, day: boolean) {
  const key = `${lang}:${month}:${day}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(DATE_LOCALES[lang], {
      // UTC both ways: a date has no time zone, and local midnight could slip to the day before.
      timeZone: 'UTC',
      year: 'numeric',
      month,
      day: day ? 'numeric' : undefined,
    });
    formatters.set(key, f);
  }
  return f;
}

const part = (parts: Intl.DateTimeFormatPart[], type: string) =>
  parts.find((p) => p.type === type)?.value ?? '';

/** Russian: full month names, genitive with a day ("26 сентября 2025") or after "с". */
function russian(utc: Date, precision: Precision, form: DateForm): string {
  const year = String(utc.getUTCFullYear());
  if (precision === 'year') return form === 'genitive' ? `${year} года` : year;
  const withDay = formatter('ru', 'long', true).formatToParts(utc);
  if (precision === 'day') return `${part(withDay, 'day')} ${part(withDay, 'month')} ${year}`;
  if (form === 'genitive') return `${part(withDay, 'month')} ${year}`;
  return `${part(formatter('ru', 'long', false).formatToParts(utc), 'month')} ${year}`;
}

/**
 * `2025-04` → "Apr 2025" (en), "أبريل 2025" (ar), "2025年4月" (zh), "апрель 2025" (ru);
 * unparseable text is returned as is.
 */
export function formatKbDate(
  date: string,
  lang: CardLanguage,
  form: DateForm = 'standalone',
): string {
  const m = DATE.exec(date);
  if (!m) return date;
  const [, y, mo, d] = m;
  const precision: Precision = d ? 'day' : mo ? 'month' : 'year';
  const utc = new Date(0);
  utc.setUTCFullYear(Number(y), mo ? Number(mo) - 1 : 0, d ? Number(d) : 1);
  if (Number.isNaN(utc.getTime())) return date;
  if (lang === 'ru') return russian(utc, precision, form);
  const text = formatter(lang, precision === 'year' ? undefined : 'short', precision === 'day');
  const out = text.format(utc);
  // CLDR's British abbreviation of September is "Sept"; the press (and every other month) has three letters.
  return lang === 'en' ? out.replace('Sept', 'Sep') : out;
}
