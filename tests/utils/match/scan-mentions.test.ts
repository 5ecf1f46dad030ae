import { describe, expect, it } from 'vitest';
import { findMentionsInFolded, scanMentions } from '../../../utils/match/find-mentions';
import { foldIndexOf, foldText, originalEnd } from '../../../utils/text/fold';
import { testMatcher as matcher } from './lexicon-fixture';

const collect = (text: string, window = {}) => {
  const folded = foldText(text);
  const found: [number, number, number][] = [];
  const lastEnd = scanMentions(folded, matcher, window, (start, end, p) =>
    found.push([start, end, p]),
  );
  return { folded, found, lastEnd };
};

describe('scanMentions', () => {
  it('hands the mentions over as numbers, in order, and returns where the last one ends', () => {
    const text = 'Wang Yi met Murat Nurtleu in ألماتي';
    const { folded, found, lastEnd } = collect(text);
    const objects = findMentionsInFolded(folded, matcher);
    expect(found).toEqual(objects.map((m) => [m.start, m.end, m.pattern]));
    expect(found.map(([s, e]) => text.slice(s, e))).toEqual(['Wang Yi', 'Murat Nurtleu', 'ألماتي']);
    expect(originalEnd(folded, lastEnd)).toBe(text.length);
    expect(collect('nothing here').lastEnd).toBe(-1);
  });

  it('picks the longest of overlapping names whatever order they are found in', () => {
    // «Nurtleu» inside «Murat Nurtleu» ends where it does, and is found first: the longer wins.
    const { found } = collect('Murat Nurtleu, Nurtleu');
    expect(found.map(([s, e]) => 'Murat Nurtleu, Nurtleu'.slice(s, e))).toEqual([
      'Murat Nurtleu',
      'Nurtleu',
    ]);
  });

  it('continues window after window from the returned end without losing or doubling mentions', () => {
    const text = Array.from({ length: 40 }, (_, i) =>
      i % 2 ? 'Wang Yi' : 'said Murat Nurtleu',
    ).join(' ');
    const whole = collect(text).found;
    const folded = foldText(text);
    const pieces: number[][] = [];
    let minStart = 0;
    for (let from = 0; from < folded.length; from += 23) {
      const window = { from, to: from + 23, minStart };
      const lastEnd = scanMentions(folded, matcher, window, (s, e, p) => pieces.push([s, e, p]));
      if (lastEnd >= 0) minStart = foldIndexOf(folded, originalEnd(folded, lastEnd));
    }
    expect(pieces).toEqual(whole);
  });
});
