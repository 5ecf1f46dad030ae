/**
 * Recall and precision of found mentions against gold spans. A found mention is correct when it
 * names the gold span's entry with the gold span's exact offsets; each gold span and each found
 * mention counts once. One leniency, the same for every finder: gold spans include Arabic
 * proclitics glued to the name (وكازاخستان, as Qarina highlights them), and a mention that leaves
 * out only those leading letters (كازاخستان) is still correct.
 */
import type { FoundMention } from './naive-mentions';

/** Counts of one scoring (or a sum of several). */
export interface Tally {
  gold: number;
  found: number;
  correct: number;
}

export const EMPTY_TALLY: Tally = { gold: 0, found: 0, correct: 0 };

/** Up to three proclitic letters: و ف, then ب ك ل, then ل (لل). */
const PROCLITICS = /^[وف]?[بكل]?ل?$/;

/** True when `found` is the mention `gold` annotates in `text`. */
export function sameMention(text: string, gold: FoundMention, found: FoundMention): boolean {
  if (gold.id !== found.id || gold.end !== found.end || found.start < gold.start) return false;
  return found.start === gold.start || PROCLITICS.test(text.slice(gold.start, found.start));
}

/** Scores the mentions found in `text` against its gold spans. */
export function scoreMentions(
  text: string,
  gold: readonly FoundMention[],
  found: readonly FoundMention[],
): Tally {
  const used = new Uint8Array(found.length);
  let correct = 0;
  for (const g of gold) {
    const i = found.findIndex((f, j) => used[j] === 0 && sameMention(text, g, f));
    if (i < 0) continue;
    used[i] = 1;
    correct++;
  }
  return { gold: gold.length, found: found.length, correct };
}

export function addTally(a: Tally, b: Tally): Tally {
  return { gold: a.gold + b.gold, found: a.found + b.found, correct: a.correct + b.correct };
}

/** Share of gold spans found (1 when there are none). */
export function recall(t: Tally): number {
  return t.gold === 0 ? 1 : t.correct / t.gold;
}

/** Share of found mentions that are correct (1 when none were found). */
export function precision(t: Tally): number {
  return t.found === 0 ? 1 : t.correct / t.found;
}

/** The harmonic mean of recall and precision (0 when both are 0). */
export function f1(t: Tally): number {
  const r = recall(t);
  const p = precision(t);
  return r + p === 0 ? 0 : (2 * r * p) / (r + p);
}
