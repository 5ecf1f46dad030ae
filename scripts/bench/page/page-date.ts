/**
 * Page-date detection on a benchmark page, against a whole-page baseline: findPageDate
 * (utils/page-date: head metadata, then the article's head only) versus reading the whole
 * document's text and searching it for dates with the same patterns (what a detector that scans
 * the page, as htmldate's extensive mode does, pays at the least). The generated pages hold the
 * dispatch's lines, its dateline among the first paragraphs.
 */
import { findPageDate } from '../../../utils/page-date/find-page-date';
import { findTextDates } from '../../../utils/page-date/text-dates';
import { render } from './state';

/** The cases: the page as generated, or with an undated head (every source tried, none found). */
export type PageDateCase = 'generated' | 'undated';

/** Two long undated paragraphs put at the head of the article for the "undated" case. */
const UNDATED_HEAD =
  `<p>${'The two ministers discussed trade, transport corridors and energy. '.repeat(3)}</p>`.repeat(
    2,
  );

/** Renders a fresh copy of `page` for `which` case (untimed); returns its size. */
export function pageDateSetUp(page: string, which: PageDateCase) {
  const root = render(page);
  if (which === 'undated')
    (root.querySelector('article') ?? root).insertAdjacentHTML('afterbegin', UNDATED_HEAD);
  return {
    textLength: document.body.textContent?.length ?? 0,
    elements: document.getElementsByTagName('*').length,
  };
}

/** Milliseconds per findPageDate call on the current document (mean of `calls` in a row). */
export function pageDateOnce(calls: number): { ms: number; found: string | null } {
  let found: string | null = null;
  const start = performance.now();
  for (let i = 0; i < calls; i++) found = findPageDate(document, location.href)?.date ?? null;
  return { ms: (performance.now() - start) / calls, found };
}

/** Milliseconds of the baseline on the current document: its whole text read and searched. */
export function pageDateBaselineOnce(): { ms: number; found: string | null } {
  const start = performance.now();
  const text = document.body.textContent ?? '';
  const found = findTextDates(text, new Date())[0]?.value.date ?? null;
  return { ms: performance.now() - start, found };
}
