/**
 * What the words around a date say about it, in every language of the registry: an update
 * stamp ("Updated", «آخر تحديث», 更新, «Обновлено»), a copyright line, or a date the sentence
 * talks about ("since", «منذ», 自, «после»). Words of languages written without spaces match
 * anywhere; others only as whole words.
 */
import type { DateWords } from '../language/date-words';
import { inRanges } from '../language/language';
import { LANGUAGES } from '../language/registry';

const UNSPACED = LANGUAGES.flatMap((l) => l.unspaced ?? []);
const WORDS: readonly DateWords[] = LANGUAGES.flatMap((l) => (l.dates ? [l.dates] : []));

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const unspaced = (word: string) => inRanges(word.charCodeAt(0), UNSPACED);

function anyWord(words: readonly string[]): RegExp {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
  const parts = sorted.map((w) =>
    unspaced(w) ? escape(w) : `(?<![\\p{L}\\p{N}])${escape(w)}(?![\\p{L}])`,
  );
  return new RegExp(parts.join('|'), 'iu');
}

const UPDATED = anyWord(WORDS.flatMap((w) => w.updated));
const COPYRIGHT = anyWord(WORDS.flatMap((w) => w.copyright ?? []));
const TALKED_ABOUT = new Set(WORDS.flatMap((w) => w.talkedAbout));
const TALKED_ABOUT_UNSPACED = [...TALKED_ABOUT].filter(unspaced);

/** Whether `context` (the words before a date) labels it as an update. */
export const saysUpdated = (context: string) => UPDATED.test(context);

/** Whether `context` is part of a copyright line. */
export const saysCopyright = (context: string) => COPYRIGHT.test(context);

/** Whether `prefix`, the text right before a date, ends with a word that makes it talked about. */
export function endsTalkingAbout(prefix: string): boolean {
  const trimmed = prefix.trimEnd();
  if (TALKED_ABOUT_UNSPACED.some((w) => trimmed.endsWith(w))) return true;
  const last = /[\p{L}]+$/u.exec(trimmed);
  return last !== null && TALKED_ABOUT.has(last[0].toLowerCase());
}
