/**
 * Folding a huge text run (a megabyte <pre>, one text node) a piece at a time, so that no step
 * of a unit's scan folds more than FOLD_PIECE characters (issue 18, goal 3: no long task, however
 * long the single text node). Folding the whole run at once took 40–60 ms a megabyte in Node
 * (200–430 ms for 5 MB), one uninterrupted step inside one of the scanner's 4 ms slices.
 *
 * Folding maps each UTF-16 code unit on its own, except that a run of spaces collapses to one:
 * pieces folded apart and joined give the same codes and offsets as the whole, once a piece's
 * leading space is dropped after a piece that ended in one.
 */
import { foldInto, type FoldBuffers, type FoldedText } from '../text/fold';

/** Characters folded per step. */
export const FOLD_PIECE = 65536;

const SPACE = 0x20;

/**
 * Where each piece is folded before it joins the run's folded text, shared by every huge run:
 * fresh typed arrays a piece (384 KB) cost page faults on each first touch in Chromium, where
 * refilling the same ones costs nothing of the kind.
 */
const pieceScratch: FoldBuffers = {
  codes: new Uint16Array(FOLD_PIECE + 8),
  starts: new Int32Array(FOLD_PIECE + 9),
};

export class PieceFold {
  private codes: Uint16Array;
  private starts: Int32Array;
  private length = 0;
  private at = 0;

  constructor(private readonly source: string) {
    // One folded unit per character, grown on the rare expansion (ß → ss).
    this.codes = new Uint16Array(source.length + 8);
    this.starts = new Int32Array(source.length + 9);
  }

  /** Whether every piece is folded. */
  get done(): boolean {
    return this.at >= this.source.length;
  }

  /** Folds the next piece; returns true when the whole source is folded. */
  step(): boolean {
    if (this.done) return true;
    const from = this.at;
    const to = Math.min(this.source.length, from + FOLD_PIECE);
    const piece = foldInto(this.source, false, pieceScratch, from, to); // offsets in source
    const skip =
      this.length > 0 && this.codes[this.length - 1] === SPACE && piece.codes[0] === SPACE ? 1 : 0;
    const need = this.length + piece.length - skip + 1;
    if (need > this.codes.length) this.grow(need + (this.source.length - to) + 8);
    this.codes.set(piece.codes.subarray(skip, piece.length), this.length);
    for (let i = skip; i < piece.length; i++) this.starts[this.length++] = piece.starts[i]!;
    this.at = to;
    return this.done;
  }

  /** The folded text (once `done`). */
  result(): FoldedText {
    this.starts[this.length] = this.source.length;
    return {
      source: this.source,
      codes: this.codes.subarray(0, this.length),
      starts: this.starts.subarray(0, this.length + 1),
      length: this.length,
    };
  }

  private grow(size: number): void {
    const codes = new Uint16Array(size);
    codes.set(this.codes.subarray(0, this.length));
    const starts = new Int32Array(size + 1);
    starts.set(this.starts.subarray(0, this.length));
    this.codes = codes;
    this.starts = starts;
  }
}
