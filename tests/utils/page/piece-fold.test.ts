import { describe, expect, it } from 'vitest';
import { FOLD_PIECE, PieceFold } from '../../../utils/page/piece-fold';
import { UnitJob, WINDOW, emptyStats } from '../../../utils/page/unit-job';
import { foldText, type FoldedText } from '../../../utils/text/fold';
import { unitRuns } from '../../../utils/page/text-runs';
import { findMentions } from '../../../utils/match/find-mentions';
import { matcher } from '../content/mentions-fixture';

const plain = (f: FoldedText) => ({
  codes: [...f.codes.subarray(0, f.length)],
  starts: [...f.starts.subarray(0, f.length + 1)],
});

function foldInPieces(text: string): { folded: FoldedText; steps: number } {
  const fold = new PieceFold(text);
  let steps = 1;
  while (!fold.step()) steps++;
  return { folded: fold.result(), steps };
}

describe('PieceFold', () => {
  it('folds a huge text a piece per step, to the same codes and offsets as folding it whole', () => {
    // Spaces, an expansion (ß), removed marks (Arabic harakat) and a surrogate pair on the
    // pieces' boundaries: a run of spaces across one still collapses to one space.
    const edge = (at: number, s: string) => ({ at: at - Math.floor(s.length / 2), s });
    let text = 'Straße التَّعاوُن Wang Yi 😀 '.repeat(Math.ceil((3 * FOLD_PIECE) / 27) + 5);
    for (const { at, s } of [
      edge(FOLD_PIECE, '    '),
      edge(2 * FOLD_PIECE, 'ßß'),
      edge(3 * FOLD_PIECE, '😀'),
    ])
      text = text.slice(0, at) + s + text.slice(at + s.length);
    const { folded, steps } = foldInPieces(text);
    expect(steps).toBe(Math.ceil(text.length / FOLD_PIECE));
    expect(plain(folded)).toEqual(plain(foldText(text)));
    expect(folded.source).toBe(text);
  });

  it('a unit job over one huge text node folds it over several steps and finds the same mentions', () => {
    const line =
      'التقى وانغ يي في ألماتي بمسؤولين من الأمم المتحدة. Wang Yi met Murat Nurtleu in Almaty.\n';
    const text = line.repeat(Math.ceil((2.5 * FOLD_PIECE) / line.length));
    document.body.innerHTML = '<pre></pre>';
    const pre = document.querySelector('pre')!;
    pre.textContent = text;
    const job = new UnitJob(pre, unitRuns(pre), matcher);
    const stats = emptyStats();
    let steps = 1;
    while (!job.step(stats)) steps++;
    const pieces = Math.ceil(text.length / FOLD_PIECE);
    // One step starts the run, one folds each piece, one matches each window (was: 1 + windows,
    // the whole run folded in its first step).
    expect(steps).toBeGreaterThanOrEqual(1 + pieces + Math.ceil(text.length / WINDOW) - 1);
    const expected = findMentions(text, matcher).map((m) => [m.start, m.end, m.entryId]);
    expect(expected.length).toBeGreaterThan(1000);
    expect(job.mentions.list().map((m) => [m.startOffset, m.endOffset, m.entryId])).toEqual(
      expected,
    );
  });
});
