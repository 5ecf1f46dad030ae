/**
 * The page-date corpus (tests/fixtures/page-dates/, pages written for these tests: news pages
 * with JSON-LD, meta tags only, a <time>, a dateline only, a date in the URL only, no date, and
 * distractor dates in sidebars, comments, related lists, headings, copyright lines and update
 * stamps) scored: precision (dates returned that are right) and recall (dated pages whose date
 * is found). Printed, with a floor this detector reaches.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPageDate, type PageDate } from '../../../utils/page-date/find-page-date';

const DIR = join(__dirname, '../../fixtures/page-dates');

interface Expected {
  date: string | null;
  precision?: PageDate['precision'];
  from?: PageDate['from'];
  url?: string;
  note?: string;
  /** Written after the detector, and never tuned on: its honest figure. */
  heldOut?: boolean;
}
const { now, pages } = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as {
  now: string;
  pages: Record<string, Expected>;
};

function detect(file: string, url = ''): PageDate | null {
  const doc = new DOMParser().parseFromString(readFileSync(join(DIR, file), 'utf8'), 'text/html');
  return findPageDate(doc, url, { now: new Date(now) });
}

interface Score {
  pages: number;
  dated: number;
  returned: number;
  correct: number;
  sameSource: number;
  misses: string[];
}

function score(files: string[]): Score {
  const s: Score = { pages: 0, dated: 0, returned: 0, correct: 0, sameSource: 0, misses: [] };
  for (const file of files) {
    const expected = pages[file]!;
    const got = detect(file, expected.url);
    s.pages++;
    if (expected.date !== null) s.dated++;
    if (got !== null) s.returned++;
    const right =
      got !== null && got.date === expected.date && got.precision === expected.precision;
    if (right) s.correct++;
    if (right && got.from === expected.from) s.sameSource++;
    if ((got?.date ?? null) !== expected.date)
      s.misses.push(
        `${file}: expected ${expected.date ?? 'none'}, got ${got ? `${got.date} (${got.from})` : 'none'}`,
      );
  }
  return s;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

const languageOf = (file: string) => file.replace(/^heldout-/, '').slice(0, 2);

describe('the page-date corpus', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.html'));

  it('annotates every page, and only pages that exist', () => {
    expect(files.sort()).toEqual(Object.keys(pages).sort());
    expect(files.length).toBeGreaterThanOrEqual(40);
    for (const lang of ['ar', 'en', 'zh', 'ru'])
      expect(files.filter((f) => languageOf(f) === lang).length, lang).toBeGreaterThanOrEqual(8);
  });

  it('is scored: precision and recall, per language and overall, tuning and held-out parts', () => {
    const line = (label: string, s: Score) =>
      `${label.padEnd(13)} pages ${String(s.pages).padStart(2)}  dated ${String(s.dated).padStart(2)}  ` +
      `precision ${ratio(s.correct, s.returned).toFixed(3)}  recall ${ratio(s.correct, s.dated).toFixed(3)}  ` +
      `source as annotated ${s.sameSource}/${s.correct}`;
    const tuning = files.filter((f) => !pages[f]!.heldOut);
    const heldOut = files.filter((f) => pages[f]!.heldOut);
    const overall = score(files);
    const rows = [
      ...['ar', 'en', 'zh', 'ru'].map((lang) =>
        line(lang, score(files.filter((f) => languageOf(f) === lang))),
      ),
      line('tuning', score(tuning)),
      line('held-out', score(heldOut)),
      line('all', overall),
    ];
    console.log(`Page-date corpus (${files.length} pages)\n${rows.join('\n')}`);
    if (overall.misses.length > 0)
      console.log(`Wrong or missed:\n  ${overall.misses.join('\n  ')}`);
    expect(overall.pages).toBe(files.length);
    expect(heldOut.length).toBeGreaterThanOrEqual(10);
    expect(overall.dated).toBeGreaterThan(0);
    // Floors this detector reaches (the figures are printed above): a wrong date is worse than none.
    expect(ratio(overall.correct, overall.returned)).toBeGreaterThanOrEqual(0.95);
    expect(ratio(overall.correct, overall.dated)).toBeGreaterThanOrEqual(0.85);
  });
});
