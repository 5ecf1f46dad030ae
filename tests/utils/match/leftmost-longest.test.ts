import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LeftmostLongest } from '../../../utils/match/leftmost-longest';

type Occurrence = [start: number, end: number, pattern: number];

/** The reference: sort by start, longest first, earliest pattern, then pick greedily. */
function reference(occurrences: Occurrence[], free0: number): Occurrence[] {
  const sorted = [...occurrences].sort((x, y) => x[0] - y[0] || y[1] - x[1] || x[2] - y[2]);
  const picked: Occurrence[] = [];
  let free = free0;
  for (const o of sorted) {
    if (o[0] < free) continue;
    picked.push(o);
    free = o[1];
  }
  return picked;
}

function pick(occurrences: Occurrence[], maxSpan: number, free: number) {
  const picked: Occurrence[] = [];
  const picker = new LeftmostLongest(maxSpan, free, (s, e, p) => picked.push([s, e, p]));
  for (const [s, e, p] of occurrences) picker.offer(s, e, p);
  return { picked, lastEnd: picker.finish() };
}

describe('LeftmostLongest', () => {
  it('picks leftmost, then longest, then the earliest pattern, none overlapping', () => {
    const { picked, lastEnd } = pick(
      [
        [2, 4, 7],
        [0, 5, 3],
        [0, 5, 1],
        [4, 6, 2],
        [5, 9, 4],
        [8, 9, 5],
      ],
      8,
      0,
    );
    expect(picked).toEqual([
      [0, 5, 1],
      [5, 9, 4],
    ]);
    expect(lastEnd).toBe(9);
  });

  it('starts after `free`, and ends -1 when it picks nothing', () => {
    expect(pick([[1, 3, 0]], 4, 2)).toEqual({ picked: [], lastEnd: -1 });
    expect(pick([[2, 3, 0]], 4, 2).picked).toEqual([[2, 3, 0]]);
  });

  it('refuses an occurrence longer than it was told', () => {
    expect(() => pick([[0, 9, 0]], 4, 0)).toThrow(RangeError);
  });

  it('agrees with sorting every occurrence, on random occurrences in order of end', () => {
    const occurrence = fc
      .tuple(fc.nat({ max: 300 }), fc.integer({ min: 1, max: 40 }), fc.nat({ max: 9 }))
      .map(([end, length, p]): Occurrence => [Math.max(0, end - length), end, p]);
    fc.assert(
      fc.property(fc.array(occurrence, { maxLength: 120 }), fc.nat({ max: 50 }), (list, free) => {
        const inOrder = [...list].sort((x, y) => x[1] - y[1]);
        const expected = reference(inOrder, free);
        const got = pick(inOrder, 40, free);
        expect(got.picked).toEqual(expected);
        expect(got.lastEnd).toBe(expected.length ? expected[expected.length - 1]![1] : -1);
      }),
    );
  });
});

describe('LeftmostLongest across pickers', () => {
  it('gives a picker none of the candidates an unfinished one left (the ring is shared)', () => {
    const left = new LeftmostLongest(8, 0, () => {});
    left.offer(3, 5, 1); // pending, never finished
    expect(pick([[0, 2, 0]], 8, 0).picked).toEqual([[0, 2, 0]]);
    // Start 3 again, shorter: the abandoned candidate (3–5) must not win.
    expect(pick([[3, 4, 9]], 8, 0).picked).toEqual([[3, 4, 9]]);
  });

  it('decides starts offered out of order in order, across many windows', () => {
    const occurrences: Occurrence[] = [];
    for (let base = 0; base < 5000; base += 10)
      occurrences.push([base + 4, base + 6, 1], [base, base + 7, 2]);
    const { picked } = pick(occurrences, 8, 0);
    expect(picked).toHaveLength(500);
    expect(picked.every(([s], i) => s === i * 10)).toBe(true);
  });
});
