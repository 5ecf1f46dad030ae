/**
 * The baselines of "find + highlight a whole page", each on a fresh copy of the page:
 * the floor (a TreeWalker reading every character), one exact-match regex of the surface list
 * with CSS.highlights, and mark.js 8 with the same surface list.
 *
 * A highlighter is done when its highlights are on screen: the regex baseline, mark.js and
 * Qarina's scan (scan.ts) are all timed to the end of the first frame rendered after their last
 * change (`nextPaint`), so Chromium's work on registered ranges or rewritten DOM counts for
 * each alike. The floor paints nothing and stops with its loop.
 */
import Mark from 'mark.js';
import { aliasObject, NAME_LANGUAGES } from '../../../utils/knowledge-base/model';
import { kbOf, render } from './state';

/** A timed result, or why the baseline could not run. */
export type Timed = { ms: number; hits: number } | { error: string };

/** Every highlightable alias of a knowledge base as written (the regex and mark.js term list). */
export function surfaces(kbName: string): string[] {
  const list = new Set<string>();
  for (const entry of kbOf(kbName).kb.entries) {
    for (const lang of NAME_LANGUAGES) {
      for (const alias of entry.names[lang] ?? []) {
        const { text, searchOnly } = aliasObject(alias);
        if (!searchOnly) list.add(text);
      }
    }
  }
  return [...list];
}

/** The floor: visit every text node and read every character (nothing can do less). */
export function treeWalkerFloor(page: string): Timed {
  const root = render(page);
  const start = performance.now();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let sum = 0;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const data = (node as Text).data;
    for (let i = 0; i < data.length; i++) sum = (sum + data.charCodeAt(i)) | 0;
  }
  const ms = performance.now() - start;
  return { ms, hits: sum === 0.5 ? -1 : 0 }; // `sum` is read so the loop cannot be dropped
}

/** Resolves once the next frame has been rendered (rAF, then a task after that frame). */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The naive highlighter: one RegExp alternation of the escaped surfaces (longest first), an
 * exec loop over each text node, one Range per hit, one CSS.highlights entry. No folding, no
 * word boundaries, no mentions across inline markup.
 */
export async function regexBaseline(page: string, kbName: string): Promise<Timed> {
  const terms = surfaces(kbName).sort((a, b) => b.length - a.length);
  const root = render(page);
  try {
    const start = performance.now();
    console.timeStamp('qarina:scan-start'); // trace-scan.ts BASELINE=regex (nothing unless traced)
    const pattern = new RegExp(terms.map(escape).join('|'), 'gu');
    const highlight = new Highlight();
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const data = (node as Text).data;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(data); m !== null; m = pattern.exec(data)) {
        const range = new Range();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        highlight.add(range);
      }
    }
    CSS.highlights.set('bench-regex', highlight);
    await nextPaint();
    const ms = performance.now() - start;
    console.timeStamp('qarina:scan-painted');
    return { ms, hits: highlight.size };
  } catch (error) {
    return { error: describe(error) };
  }
}

/**
 * mark.js 8 with the surface list, on a fresh copy (it rewrites the DOM). `terms`: the array form
 * its docs show (one DOM pass per name; `maxTerms` caps the list where that takes minutes);
 * `regexp`: `markRegExp` with the one alternation of the regex baseline (a single pass).
 */
export async function markJs(
  page: string,
  kbName: string,
  form: 'terms' | 'regexp',
  maxTerms = Infinity,
): Promise<Timed> {
  const terms = surfaces(kbName)
    .sort((a, b) => b.length - a.length)
    .slice(0, maxTerms);
  const root = render(page);
  try {
    let hits = 0;
    const options = { acrossElements: true, done: (n: number) => (hits = n) };
    const start = performance.now();
    if (form === 'terms') new Mark(root).mark(terms, { ...options, separateWordSearch: false });
    else new Mark(root).markRegExp(new RegExp(terms.map(escape).join('|'), 'gu'), options);
    await nextPaint();
    return { ms: performance.now() - start, hits };
  } catch (error) {
    return { error: describe(error) };
  }
}

function describe(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
