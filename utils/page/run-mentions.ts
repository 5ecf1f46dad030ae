/**
 * Mentions in text runs, mapped back to the DOM: each mention's two ends become (text node,
 * offset) pairs, kept as numbers in its unit's record (unit-mentions.ts: a page holds tens of
 * thousands of mentions; an object is made per mention only when needed). Its DOM Range is made
 * only when needed too (painting a unit near the viewport, hit-testing, positioning a card),
 * because every live Range costs memory and slows every later DOM change.
 */
import { scanMentions, scanTextMentions, type MentionWindow } from '../match/find-mentions';
import type { Matcher } from '../match/matcher';
import { PatternFlag } from '../match/pattern-flags';
import { ShortFormContext, shortFormContext } from '../match/short-forms';
import type { FoldedText } from '../text/fold';
import { collectTextRuns, type TextRun, type WalkOptions } from './text-runs';
import { PageMention, UnitMentions } from './unit-mentions';

export { PageMention };

/** The index in `run.nodes` of a run offset's node; at a node boundary, `atEnd` picks the earlier node. */
function nodeAt(run: TextRun, offset: number, atEnd: boolean): number {
  const { offsets } = run;
  let lo = 0;
  let hi = offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    const o = offsets[mid]!;
    if (o < offset || (o === offset && !atEnd)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Appends a mention of a run (original offsets, pattern) found by the local matcher. */
function appendFound(
  out: UnitMentions,
  run: TextRun,
  matcher: Matcher,
  start: number,
  end: number,
  pattern: number,
  needsDocument: boolean,
): void {
  const { patternEntry, patternLang } = matcher.lexicon;
  appendMention(
    out,
    run,
    start,
    end,
    pattern,
    patternEntry[pattern]!,
    patternLang[pattern]!,
    needsDocument,
  );
}

/**
 * Appends a mention of a run (original offsets) to a unit's record (remote matching too), its
 * ends mapped to (text node, offset) pairs; `lang` is the index in NAME_LANGUAGES.
 */
export function appendMention(
  out: UnitMentions,
  run: TextRun,
  start: number,
  end: number,
  pattern: number,
  entryIndex: number,
  lang: number,
  needsDocument = false,
): void {
  const { nodes, offsets } = run;
  const first = nodeAt(run, start, false);
  const last = nodes.length === 1 ? 0 : nodeAt(run, end, true);
  out.push(
    nodes[first]!,
    start - offsets[first]!,
    nodes[last]!,
    end - offsets[last]!,
    pattern,
    entryIndex,
    lang,
    needsDocument,
    first === last ? null : flatText(run, start, end, first, last),
  );
}

/**
 * The text of a mention spanning nodes `first` to `last` of a run, as one flat string of its
 * own. Not `run.text.slice(start, end)`: V8 makes a slice of 13 characters or more a view into
 * the run's whole text, which the mention's record then keeps alive through every collection
 * (the 5 MB page: 2,592 such slices kept; README, "Garbage inside the slices"). Joining the
 * pieces of an array copies them.
 */
function flatText(run: TextRun, start: number, end: number, first: number, last: number): string {
  const { offsets, text } = run;
  const pieces: string[] = [];
  for (let i = first; i <= last; i++)
    pieces.push(text.slice(Math.max(start, offsets[i]!), Math.min(end, offsets[i + 1] ?? end)));
  return pieces.join('');
}

/**
 * Appends the mentions of one run (optionally of a window of its folded text; `folded` null: the
 * whole run, folded and matched in one loop) to `out`; returns the folded position where the
 * last one ends (-1 when none). With `window.shortForms`, short forms come too, those inside a
 * longer word left out (Xi'an) and those after a title marked as names (President Xi); the
 * others are marked `needsDocument`.
 */
export function collectRunMentions(
  run: TextRun,
  matcher: Matcher,
  folded: FoldedText | null,
  out: UnitMentions,
  window: MentionWindow = {},
): number {
  const flags = matcher.lexicon.patternFlags;
  const onMention = (start: number, end: number, pattern: number): void => {
    let needsDocument = false;
    if (flags[pattern]! & PatternFlag.ShortForm) {
      const context = shortFormContext(run.text, start, end);
      if (context === ShortFormContext.NotAName) return;
      needsDocument = context === ShortFormContext.NeedsDocument;
    }
    appendFound(out, run, matcher, start, end, pattern, needsDocument);
  };
  if (folded === null)
    return scanTextMentions(run.text, matcher, window.shortForms === true, onMention);
  return scanMentions(folded, matcher, window, onMention);
}

/** Scans everything under `root` at once (tests, kb:try); pages use `PageScanner`. */
export function scanRoot(root: Node, matcher: Matcher, options: WalkOptions = {}): PageMention[] {
  const out: PageMention[] = [];
  for (const run of collectTextRuns(root, options)) {
    const record = new UnitMentions(run.unit, matcher.entryIds);
    collectRunMentions(run, matcher, null, record);
    out.push(...record.list());
  }
  return out;
}
