/**
 * Mentions in text runs, mapped back to the DOM: each mention's two ends become (text node,
 * offset) pairs. A page holds tens of thousands of mentions, so each is a small object of plain
 * fields; its DOM Range is made only when needed (painting a unit near the viewport, hit-testing,
 * positioning a card), because every live Range costs memory and slows every later DOM change.
 */
import type { NameLanguage } from '../knowledge-base/model';
import { NAME_LANGUAGES } from '../knowledge-base/model';
import { scanMentions, type MentionWindow } from '../match/find-mentions';
import type { Matcher } from '../match/matcher';
import { PatternFlag } from '../match/pattern-flags';
import { ShortFormContext, shortFormContext } from '../match/short-forms';
import { foldTextScratch, type FoldedText } from '../text/fold';
import { collectTextRuns, type TextRun, type WalkOptions } from './text-runs';

/** A mention on a page. */
export class PageMention {
  constructor(
    readonly startNode: Text,
    readonly startOffset: number,
    readonly endNode: Text,
    readonly endOffset: number,
    /** The knowledge-base entry's id. */
    readonly entryId: string,
    /** The entry's index in the lexicon. */
    readonly entryIndex: number,
    /** The language of the alias that matched. */
    readonly lang: NameLanguage,
    /** The alias's pattern index in the lexicon. */
    readonly pattern: number,
    /** The unit (block, shadow root, frame root) the mention was found in. */
    readonly unit: Node,
    /** The text of a mention spanning several text nodes (null: read from `startNode`). */
    private readonly joined: string | null,
    /**
     * A short form (Xi, Си) that is a mention only if its document names the entry otherwise
     * (utils/page/short-form-context.ts); false for every other mention.
     */
    readonly needsDocument = false,
  ) {}

  /** The text as the page shows it (proclitics included). */
  get text(): string {
    return this.joined ?? this.startNode.data.slice(this.startOffset, this.endOffset);
  }

  /** A new live Range over the mention (for painting, hit-testing, positioning a card). */
  toRange(): Range {
    const range = this.startNode.ownerDocument.createRange();
    range.setStart(this.startNode, this.startOffset);
    range.setEnd(this.endNode, this.endOffset);
    return range;
  }
}

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

/** Turns a mention of a run (original offsets, pattern) into a page mention. */
export function toPageMention(
  run: TextRun,
  matcher: Matcher,
  start: number,
  end: number,
  pattern: number,
  needsDocument = false,
): PageMention {
  const { patternEntry, patternLang } = matcher.lexicon;
  const entryIndex = patternEntry[pattern]!;
  const lang = NAME_LANGUAGES[patternLang[pattern]!]!;
  const named = { entryId: matcher.entryIds[entryIndex]!, entryIndex, lang, pattern };
  return pageMentionOf(run, start, end, named, needsDocument);
}

/** What a mention names: its entry and the alias (pattern) that matched. */
export interface MentionName {
  entryId: string;
  entryIndex: number;
  lang: NameLanguage;
  pattern: number;
}

/** A mention of a run (original offsets) naming `name`, as a page mention (remote matching too). */
export function pageMentionOf(
  run: TextRun,
  start: number,
  end: number,
  name: MentionName,
  needsDocument = false,
): PageMention {
  const { nodes, offsets } = run;
  const first = nodeAt(run, start, false);
  const last = nodes.length === 1 ? 0 : nodeAt(run, end, true);
  return new PageMention(
    nodes[first]!,
    start - offsets[first]!,
    nodes[last]!,
    end - offsets[last]!,
    name.entryId,
    name.entryIndex,
    name.lang,
    name.pattern,
    run.unit,
    first === last ? null : run.text.slice(start, end),
    needsDocument,
  );
}

/**
 * Appends the mentions of one run (optionally of a window of its folded text) to `out`; returns
 * the folded position where the last one ends (-1 when none). With `window.shortForms`, short
 * forms come too, those inside a longer word left out (Xi'an) and those after a title marked as
 * names (President Xi); the others are marked `needsDocument`.
 */
export function collectRunMentions(
  run: TextRun,
  matcher: Matcher,
  folded: FoldedText,
  out: PageMention[],
  window: MentionWindow = {},
): number {
  const flags = matcher.lexicon.patternFlags;
  return scanMentions(folded, matcher, window, (start, end, pattern) => {
    let needsDocument = false;
    if (flags[pattern]! & PatternFlag.ShortForm) {
      const context = shortFormContext(run.text, start, end);
      if (context === ShortFormContext.NotAName) return;
      needsDocument = context === ShortFormContext.NeedsDocument;
    }
    out.push(toPageMention(run, matcher, start, end, pattern, needsDocument));
  });
}

/** Scans everything under `root` at once (tests, kb:try); pages use `PageScanner`. */
export function scanRoot(root: Node, matcher: Matcher, options: WalkOptions = {}): PageMention[] {
  const out: PageMention[] = [];
  for (const run of collectTextRuns(root, options))
    collectRunMentions(run, matcher, foldTextScratch(run.text), out);
  return out;
}
