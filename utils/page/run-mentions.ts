/**
 * Mentions in text runs, mapped back to the DOM: each mention's two ends become (text node,
 * offset) pairs. A page holds tens of thousands of mentions, so each is a small object of plain
 * fields; its DOM Range is made only when needed (painting a unit near the viewport, hit-testing,
 * positioning a card), because every live Range costs memory and slows every later DOM change.
 */
import type { NameLanguage } from '../knowledge-base/model';
import { scanMentions, type MentionWindow } from '../match/find-mentions';
import type { Matcher } from '../match/matcher';
import { PatternFlag } from '../match/pattern-flags';
import { ShortFormContext, shortFormContext } from '../match/short-forms';
import { foldTextScratch, type FoldedText } from '../text/fold';
import { lexiconNames, type MentionNames } from './mention-names';
import { collectTextRuns, type TextRun, type WalkOptions } from './text-runs';

/** The texts of mentions spanning several text nodes (a name split by markup: few), by mention. */
const joinedText = new WeakMap<PageMention, string>();

/**
 * A mention on a page. Seven fields: a page keeps one per mention until it changes (117,000 on
 * the 5 MB bench page), and what it keeps survives the scan's time slices, so V8's scavenges copy
 * it (issue 18 goal 3). What the pattern names (entry index and id, language) is read from the
 * finder's one table (mention-names.ts); a short form's flag shares a number with the pattern,
 * and the text of a mention spanning text nodes, rare, lies beside it in a WeakMap.
 */
export class PageMention {
  /** The pattern index times 2, plus 1 for a short form that needs its document. */
  private readonly code: number;

  constructor(
    readonly startNode: Text,
    readonly startOffset: number,
    readonly endNode: Text,
    readonly endOffset: number,
    /** The alias's pattern index in the lexicon (the background's, with remote matching). */
    pattern: number,
    /** The unit (block, shadow root, frame root) the mention was found in. */
    readonly unit: Node,
    private readonly names: MentionNames,
    /**
     * A short form (Xi, Си) that is a mention only if its document names the entry otherwise
     * (utils/page/short-form-context.ts); false for every other mention.
     */
    needsDocument = false,
    /** The text of a mention spanning several text nodes (null: read from `startNode`). */
    joined: string | null = null,
  ) {
    this.code = pattern * 2 + (needsDocument ? 1 : 0);
    if (joined !== null) joinedText.set(this, joined);
  }

  /** The alias's pattern index in the lexicon. */
  get pattern(): number {
    return this.code >>> 1;
  }

  get needsDocument(): boolean {
    return (this.code & 1) === 1;
  }

  /** The entry's index in the lexicon. */
  get entryIndex(): number {
    return this.names.entryIndex(this.pattern);
  }

  /** The knowledge-base entry's id. */
  get entryId(): string {
    return this.names.entryId(this.entryIndex);
  }

  /** The language of the alias that matched. */
  get lang(): NameLanguage {
    return this.names.lang(this.pattern);
  }

  /** The table the mention's names are read from (a name inside it shares it). */
  get nameTable(): MentionNames {
    return this.names;
  }

  /** The text as the page shows it (proclitics included). */
  get text(): string {
    if (this.startNode !== this.endNode) {
      const joined = joinedText.get(this);
      if (joined !== undefined) return joined;
    }
    return this.startNode.data.slice(this.startOffset, this.endOffset);
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

/** A mention of a run (original offsets) of `pattern`, as a page mention (remote matching too). */
export function pageMentionOf(
  run: TextRun,
  start: number,
  end: number,
  pattern: number,
  names: MentionNames,
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
    pattern,
    run.unit,
    names,
    needsDocument,
    first === last ? null : detached(run.text.slice(start, end)),
  );
}

/**
 * A copy of a slice that does not hold its whole string: V8 makes a slice of 13 or more code
 * units a view into its parent, and a spanning mention's text would keep its paragraph's run
 * text alive (1.3 MB of 5 MB page's kept heap, measured with scripts/bench/gc-scan.ts).
 */
export const detached = (slice: string): string => slice.split('').join('');

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
  const names = lexiconNames(matcher);
  return scanMentions(folded, matcher, window, (start, end, pattern) => {
    let needsDocument = false;
    if (flags[pattern]! & PatternFlag.ShortForm) {
      const context = shortFormContext(run.text, start, end);
      if (context === ShortFormContext.NotAName) return;
      needsDocument = context === ShortFormContext.NeedsDocument;
    }
    out.push(pageMentionOf(run, start, end, pattern, names, needsDocument));
  });
}

/** Scans everything under `root` at once (tests, kb:try); pages use `PageScanner`. */
export function scanRoot(root: Node, matcher: Matcher, options: WalkOptions = {}): PageMention[] {
  const out: PageMention[] = [];
  for (const run of collectTextRuns(root, options))
    collectRunMentions(run, matcher, foldTextScratch(run.text), out);
  return out;
}
