import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, foldedString, originalEnd, originalStart } from '../../../utils/text/fold';

/** Characters that exercise every kind of folding: kept, removed, merged, expanded. */
const PIECES = [
  'ا', 'ل', 'ص', 'ي', 'ن', 'أ', 'ة', 'ى', '\u064e', '\u0651', 'ـ', 'ﻻ', 'a', 'B', 'é', 'e\u0301', 'ß', 'ﬁ',
  ' ', '  ', '\u00a0', '\n', '\u200b', '\u00ad', '’', '–', '王', 'Ｓ', 'ё', 'Я', '\ud83d\ude00',
];
const sourceArb = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));

/** Folded positions that do not fall inside the expansion of one original character. */
function cleanCuts(starts: Int32Array, length: number): number[] {
  const cuts: number[] = [];
  for (let i = 0; i <= length; i++) if (i === 0 || i === length || starts[i] !== starts[i - 1]) cuts.push(i);
  return cuts;
}

describe('foldText offset map', () => {
  it('points inside the original text, in order', () => {
    fc.assert(
      fc.property(sourceArb, (source) => {
        const f = foldText(source);
        expect(f.starts.length).toBe(f.length + 1);
        expect(f.starts[f.length]).toBe(source.length);
        for (let i = 0; i < f.length; i++) {
          expect(f.starts[i]).toBeGreaterThanOrEqual(0);
          expect(f.starts[i]).toBeLessThan(source.length);
          if (i > 0) expect(f.starts[i]).toBeGreaterThanOrEqual(f.starts[i - 1]!);
        }
      }),
    );
  });

  it('round-trips: folding the original span of a folded slice gives that slice', () => {
    fc.assert(
      fc.property(sourceArb, fc.nat(), fc.nat(), (source, a, b) => {
        const f = foldText(source);
        const cuts = cleanCuts(f.starts, f.length);
        const s = cuts[a % cuts.length]!;
        const e = cuts[b % cuts.length]!;
        if (s >= e) return;
        const span = source.slice(originalStart(f, s), originalEnd(f, e));
        expect(foldedString(foldText(span))).toBe(foldedString(f).slice(s, e));
      }),
    );
  });

  it('maps a match back over the marks the fold removed', () => {
    const source = 'في الصِّينُ.';
    const f = foldText(source);
    expect(foldedString(f)).toBe('في الصين.');
    expect(source.slice(originalStart(f, 3), originalEnd(f, 8))).toBe('الصِّينُ');
  });

  it('extends an end inside an expansion to the whole character', () => {
    const f = foldText('straße');
    expect(foldedString(f)).toBe('strasse');
    expect(originalEnd(f, 5)).toBe(5);
  });
});
