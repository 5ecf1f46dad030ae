import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endsAtBoundary, mentionStart } from '../../../utils/match/boundaries';
import { buildLexicon } from '../../../utils/match/lexicon';
import { createMatcher, scanKeys, scanKeysAtWordEnds } from '../../../utils/match/matcher';
import { foldText } from '../../../utils/text/fold';

const scan = (names: { en?: string[]; ar?: string[] }[], text: string, wordEndsOnly: boolean) => {
  const lexicon = buildLexicon(names.map((n, i) => ({ id: `e${i}`, names: n })));
  const matcher = createMatcher(lexicon);
  const { codes, length } = foldText(text);
  const found: [number, number][] = [];
  const sink = (p: number, end: number) => void found.push([p, end]);
  if (wordEndsOnly) scanKeysAtWordEnds(matcher, codes, length, 0, length, sink);
  else scanKeys(matcher, codes, 0, length, sink);
  return { found, codes, length, lexicon };
};

describe('scanKeysAtWordEnds', () => {
  it('reports only occurrences that end a word and do not start deep inside it', () => {
    const keys = ['an', 'tan', 'stan', 'kazakhstan'].map((k) => ({ en: [k] }));
    expect(scan(keys, 'kazakhstan, tanker', true).found).toEqual([[3, 10]]);
    expect(scan(keys, 'kazakhstan, tanker', false).found).toContainEqual([1, 15]);
    expect(scan(keys, 'kazakhstan, tanker', false).found).toContainEqual([0, 10]);
  });

  it('lets a key start inside its word only after what could be clitics of its language', () => {
    // Latin has no clitics: «zakhstan» starting two letters into «kazakhstan» is not listed.
    expect(scan([{ en: ['zakhstan'] }], 'kazakhstan', true).found).toEqual([]);
    // Arabic has: «الصين» after «وب», two letters into «وبالصين», still is.
    expect(scan([{ ar: ['الصين'] }], 'وبالصين', true).found).toContainEqual([0, 7]);
  });

  it('keeps every occurrence the mention rules accept, and reports only occurrences at word ends', () => {
    const letters = ['a', 'b', 'n', 'و', 'ل', 'ا', 'ب', 'ك'];
    const word = fc
      .array(fc.constantFrom(...letters), { minLength: 1, maxLength: 4 })
      .map((c) => c.join(''));
    const text = fc
      .array(fc.constantFrom(...letters, ' ', '-', '中'), { maxLength: 60 })
      .map((c) => c.join(''));
    const names = fc
      .uniqueArray(word, { minLength: 1, maxLength: 8 })
      .map((ws) => ws.map((w) => (/[a-z]/.test(w) ? { en: [w] } : { ar: [w] })));
    fc.assert(
      fc.property(names, text, (ns, t) => {
        const all = scan(ns, t, false);
        const reported = scan(ns, t, true).found.map(([p, e]) => `${p}@${e}`);
        const { codes, length, lexicon } = all;
        for (const [p, end] of all.found) {
          const accepted =
            endsAtBoundary(codes, length, end) &&
            mentionStart(codes, end - lexicon.patternLength[p]!, lexicon.patternFlags[p]!, false) >=
              0;
          if (accepted) expect(reported).toContain(`${p}@${end}`);
        }
        const atEnds = all.found
          .filter(([, end]) => endsAtBoundary(codes, length, end))
          .map(([p, e]) => `${p}@${e}`);
        for (const r of reported) expect(atEnds).toContain(r);
      }),
      { numRuns: 300 },
    );
  });
});
