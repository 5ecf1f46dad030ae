/**
 * Full dates written in text, in every language of the registry (each language's dates.ts:
 * month names and the forms of its press), plus the numeric forms no language owns: ISO-like
 * year-first dates ("2025-04-25", "2025/04/25") and Xinhua's time stamp "2025:04:27.09:40".
 * Digits of other scripts (Arabic-Indic, full-width) are read as 0–9, one code unit for one,
 * so offsets stay those of the text.
 */
import type { DateWords } from '../language/date-words';
import { LANGUAGES } from '../language/registry';
import { calendarDate, type DateValue } from './page-date';

/** A date found in text, with its offsets. */
export interface TextDate {
  start: number;
  end: number;
  value: DateValue;
}

/** Year-first numeric dates, the same separator twice (a colon: Xinhua's stamp). */
const NUMERIC = '(?<y>\\d{4})([-/.:])(?<m>\\d{1,2})\\2(?<d>\\d{1,2})';

const WORDS: readonly DateWords[] = LANGUAGES.flatMap((l) => (l.dates ? [l.dates] : []));

/** Every month name of every language, lower case → number. */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  WORDS.flatMap((w) => Object.entries(w.months)),
);

/** The zeros of every language's other digits. */
const ZEROS: readonly number[] = WORDS.flatMap((w) => w.zeros ?? []);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

/** The alternation of every month name, longest first (so «كانون الثاني» beats a prefix). */
const MONTH_RE = [...MONTHS.keys()]
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|');

function compile(source: string): RegExp {
  let first = true;
  const body = source.replace(/\(\?<mon>MONTH\)|MONTH/g, () => {
    const group = first ? `(?<mon>${MONTH_RE})` : `(?:${MONTH_RE})`;
    first = false;
    return group;
  });
  // A number must not continue a longer number, nor a leading month name a word (Mar in
  // Marathon); a number may touch letters (阿拉木图2025年4月25日电, 日08:25).
  const word = source.startsWith('(?<mon>') ? '(?<!\\p{L})' : '';
  return new RegExp(`(?<!\\p{N})${word}(?:${body})(?!(?<=\\p{N})\\p{N})`, 'giu');
}

const PATTERNS: readonly RegExp[] = [
  compile(NUMERIC),
  ...WORDS.flatMap((w) => w.patterns.map(compile)),
];

/** Each language's patterns for its own pages only, by code. */
const OWN_PAGE_PATTERNS: ReadonlyMap<string, readonly RegExp[]> = new Map(
  LANGUAGES.flatMap((l) =>
    l.dates?.ownPagePatterns ? [[l.code, l.dates.ownPagePatterns.map(compile)] as const] : [],
  ),
);

/** `text` with every decimal digit of another script as its ASCII digit (same length). */
export function asciiDigits(text: string): string {
  if (ZEROS.length === 0) return text;
  let out: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    for (const zero of ZEROS) {
      if (c >= zero && c <= zero + 9) {
        out ??= text;
        out = out.slice(0, i) + String.fromCharCode(48 + c - zero) + out.slice(i + 1);
      }
    }
  }
  return out ?? text;
}

/**
 * Every full date (day precision) written in `text`, in order, overlapping ones dropped; `lang`,
 * the page's language, adds the patterns read only on its pages.
 */
export function findTextDates(text: string, now: Date, lang = ''): TextDate[] {
  const plain = asciiDigits(text);
  const found: TextDate[] = [];
  for (const pattern of [...PATTERNS, ...(OWN_PAGE_PATTERNS.get(lang) ?? [])]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(plain); m !== null; m = pattern.exec(plain)) {
      const g = m.groups!;
      const month =
        g.mon === undefined ? Number(g.m) : MONTHS.get(g.mon.toLowerCase().replace(/\s+/g, ' '));
      const value = calendarDate(now, Number(g.y), month, Number(g.d));
      if (value === undefined) continue;
      const [start, end] = [m.index, m.index + m[0].length];
      if (found.some((f) => f.start < end && start < f.end)) continue;
      found.push({ start, end, value });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
