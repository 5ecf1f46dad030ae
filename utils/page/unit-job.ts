/**
 * The scan of one unit, done in steps: one step folds a run or matches one window of a huge
 * run (a 1 MB <pre>), so that no step is long whatever the page.
 */
import type { Matcher } from '../match/matcher';
import { foldIndexOf, originalEnd, type FoldedText } from '../text/fold';
import { PieceFold } from './piece-fold';
import { collectRunMentions } from './run-mentions';
import type { TextRun } from './text-runs';
import { UnitMentions } from './unit-mentions';

/** Folded code units matched per step. */
export const WINDOW = 16384;

/** Work counters, observable by tests and diagnostics. */
export interface ScanStats {
  /** Units (blocks, shadow roots, frame roots) scanned, initial scan and rescans. */
  unitsScanned: number;
  /** Text runs folded and matched. */
  runsScanned: number;
  /** Characters of those runs. */
  charsScanned: number;
  /** Time slices run. */
  slices: number;
  /** Mutation records received. */
  mutationRecords: number;
}

/** Fresh counters. */
export function emptyStats(): ScanStats {
  return { unitsScanned: 0, runsScanned: 0, charsScanned: 0, slices: 0, mutationRecords: 0 };
}

/**
 * A unit being scanned: the scanner's stepped job itself (mention-finder.ts: SteppedJob). Why no
 * wrapper: an object and a closure a unit were more of the walk's garbage (README, "Per-unit
 * tables and the walk's garbage"), as was an options object a run (`whole`, now one a job).
 */
export class UnitJob {
  readonly mentions: UnitMentions;
  private readonly whole: { shortForms: boolean };
  private runIndex = 0;
  private folded: FoldedText | null = null;
  /** A huge run being folded a piece per step (piece-fold.ts). */
  private folding: PieceFold | null = null;
  private pos = 0;
  private minStart = 0;

  constructor(
    readonly unit: Node,
    private readonly runs: TextRun[],
    private readonly matcher: Matcher,
    /** Report short forms too (run-mentions.ts: collectRunMentions). */
    private readonly shortForms = false,
  ) {
    this.mentions = new UnitMentions(unit, matcher.entryIds);
    this.whole = { shortForms };
  }

  /** Does one bounded step; returns true when the unit is fully scanned. */
  step(stats: ScanStats): boolean {
    const { matcher } = this;
    const run = this.runs[this.runIndex];
    if (run === undefined) return true;
    if (this.folding !== null) {
      if (!this.folding.step()) return false;
      this.folded = this.folding.result();
      this.folding = null;
      return false;
    }
    if (this.folded === null) {
      stats.runsScanned++;
      stats.charsScanned += run.text.length;
      if (run.text.length <= WINDOW) {
        // The common case, a paragraph: folded and matched in one loop, in one step.
        collectRunMentions(run, matcher, null, this.mentions, this.whole);
        this.runIndex++;
        return this.runIndex >= this.runs.length;
      }
      // A huge run: folded a piece per step into its own buffers, then matched window by window.
      this.folding = new PieceFold(run.text);
      this.pos = 0;
      this.minStart = 0;
      return false;
    }
    const folded = this.folded;
    const to = this.pos + WINDOW;
    const window = { from: this.pos, to, minStart: this.minStart, shortForms: this.shortForms };
    const lastEnd = collectRunMentions(run, matcher, folded, this.mentions, window);
    // The next window's mentions start after this one's last (at its original end, folded).
    if (lastEnd >= 0) this.minStart = foldIndexOf(folded, originalEnd(folded, lastEnd));
    this.pos = to;
    if (to >= folded.length) {
      this.folded = null;
      this.runIndex++;
    }
    return this.runIndex >= this.runs.length;
  }
}
