/**
 * The page's date from the head of its article: a `<time>` of its header or byline, else the
 * dateline — a date in a short line of the header ("By a staff correspondent · 25 April 2025",
 * «/مصدر: شينخوا/ 2025:04:27.09:40»), or at the very start of one of the first two paragraphs
 * after at most a place name («ألماتي 25 أبريل 2025 (شينخوا)», "MOSCOW, April 25, 2025 —",
 * 2025年4月25日，…). A date labelled as an update, on a copyright line, in a heading, after a
 * word that makes it the subject of the sentence ("since 25 April 2025"), or further into the
 * text is never taken.
 */
import type { ArticleHead, HeadTime } from './article-head';
import { endsTalkingAbout, saysCopyright, saysUpdated } from './date-context';
import { parseMachineDate } from './machine-date';
import type { DateValue } from './page-date';
import { findTextDates } from './text-dates';

/** A header line longer than this is body text, read only at its start. */
const SHORT_LINE = 160;
/** A dateline starts within this many characters of its paragraph… */
const DATELINE_START = 60;
/** …after at most this many words (a place name). */
const DATELINE_WORDS = 4;

const UPDATED_MARK = /modif|updat|revis|edit/i;
const PUBLISHED_MARK = /publish|entry-date|posted|created|pubdate/i;

function marks(element: Element): string {
  return `${element.getAttribute('class') ?? ''} ${element.getAttribute('itemprop') ?? ''} ${element.id}`;
}

function timeValue(time: HeadTime, now: Date, lang: string): DateValue | undefined {
  const datetime = time.element.getAttribute('datetime');
  if (datetime) return parseMachineDate(datetime, now);
  const text = time.element.textContent ?? '';
  return text.length <= 80 ? findTextDates(text, now, lang)[0]?.value : undefined;
}

/** The date of the article's header `<time>`: a published one first, never an updated one. */
export function findTimeDate(head: ArticleHead, now: Date): DateValue | undefined {
  let first: DateValue | undefined;
  for (const time of head.times) {
    if (!time.inHeader) continue;
    const mark = marks(time.element);
    if (UPDATED_MARK.test(mark) || saysUpdated(time.before.slice(-40))) continue;
    const value = timeValue(time, now, head.lang);
    if (value === undefined) continue;
    if (PUBLISHED_MARK.test(mark) || time.element.hasAttribute('pubdate')) return value;
    first ??= value;
  }
  return first;
}

/** The dateline's date, or undefined. */
export function findDatelineDate(head: ArticleHead, now: Date): DateValue | undefined {
  let paragraphs = 0;
  for (const block of head.blocks) {
    if (block.heading) continue;
    const found = findTextDates(block.text, now, head.lang);
    if (block.length <= SHORT_LINE) {
      if (!block.beforeBody) continue;
      let from = 0;
      for (const date of found) {
        const context = block.text.slice(from, date.start);
        from = date.end;
        if (saysUpdated(context) || saysCopyright(context)) continue;
        return date.value;
      }
      if (found.length === 0 && saysCopyright(block.text)) continue;
    } else {
      if (++paragraphs > 2) break;
      const date = found[0];
      if (date === undefined || date.start > DATELINE_START) continue;
      const prefix = block.text.slice(0, date.start);
      if (/[.!?؟。！？]/.test(prefix.replace(/\d\.\d/g, ''))) continue;
      if (prefix.split(/\s+/).filter(Boolean).length > DATELINE_WORDS) continue;
      if (endsTalkingAbout(prefix) || saysUpdated(prefix) || saysCopyright(prefix)) continue;
      return date.value;
    }
  }
  return undefined;
}
