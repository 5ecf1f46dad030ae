import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endsAtBoundary } from '../../../utils/match/boundaries';
import { buildLexicon } from '../../../utils/match/lexicon';
import { createMatcher, scanKeys, scanKeysAtWordEnds } from '../../../utils/match/matcher';
import { foldText } from '../../../utils/text/fold';

const occurrences = (keys: string[], text: string, wordEndsOnly: boolean) => {
  const matcher = createMatcher(
    buildLexicon(keys.map((k, i) => ({ id: `e${i}`, names: { en: [k] } }))),
  );
  const { codes, length } = foldText(text);
  const found: [number, number][] = [];
  const sink = (p: number, end: number) => void found.push([p, end]);
  if (wordEndsOnly) scanKeysAtWordEnds(matcher, codes, length, 0, length, sink);
  else scanKeys(matcher, codes, 0, length, sink);
  return { found, codes, length };
};

describe('scanKeysAtWordEnds', () => {
  it('reports only the occurrences that end a word', () => {
    expect(occurrences(['an', 'tan', 'stan'], 'kazakhstan, tanker', true).found).toEqual([
      [2, 10],
      [1, 10],
      [0, 10],
    ]);
    expect(occurrences(['an', 'tan', 'stan'], 'kazakhstan, tanker', false).found).toContainEqual([
      1, 15,
    ]);
  });

  it('reports at word ends exactly the occurrences that end at a boundary', () => {
    const word = fc
      .array(fc.constantFrom('a', 'b', 'n'), { minLength: 1, maxLength: 3 })
      .map((c) => c.join(''));
    const text = fc
      .array(fc.constantFrom('a', 'b', 'n', ' ', '-', '中'), { maxLength: 40 })
      .map((c) => c.join(''));
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 6 }), text, (keys, t) => {
        const all = occurrences(keys, t, false);
        const atEnds = all.found.filter(([, end]) => endsAtBoundary(all.codes, all.length, end));
        expect(occurrences(keys, t, true).found).toEqual(atEnds);
      }),
    );
  });
});
