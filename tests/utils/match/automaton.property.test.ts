import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildLexicon } from '../../../utils/match/lexicon';
import { createMatcher, scanKeys } from '../../../utils/match/matcher';
import { findMentions } from '../../../utils/match/find-mentions';
import { foldText } from '../../../utils/text/fold';

const word = fc
  .array(fc.constantFrom('a', 'b', 'e'), { minLength: 1, maxLength: 4 })
  .map((c) => c.join(''));
const aliases = fc.uniqueArray(word, { minLength: 1, maxLength: 8 });
const textArb = fc
  .array(
    fc.tuple(
      fc.array(fc.constantFrom('a', 'b', 'e', 'A', 'é'), { maxLength: 5 }),
      fc.constantFrom(' ', '-', ', '),
    ),
    { maxLength: 20 },
  )
  .map((parts) => parts.map(([w, sep]) => w.join('') + sep).join(''));

/** Every occurrence of every key, by brute force. */
function naiveOccurrences(text: string, keys: string[]): string[] {
  const found: string[] = [];
  keys.forEach((key, p) => {
    for (let i = text.indexOf(key); i >= 0; i = text.indexOf(key, i + 1))
      found.push(`${p}@${i + key.length}`);
  });
  return found.sort();
}

/** Whole-word, case- and accent-insensitive, leftmost-longest mentions, by brute force. */
function naiveMentions(text: string, keys: string[]): [number, number, number][] {
  const lower = text.toLowerCase().replace(/é/g, 'e');
  const isLetter = (i: number) => i >= 0 && i < lower.length && /[a-z]/.test(lower[i]!);
  const all: [number, number, number][] = [];
  keys.forEach((key, p) => {
    for (let i = lower.indexOf(key); i >= 0; i = lower.indexOf(key, i + 1)) {
      if (!isLetter(i - 1) && !isLetter(i + key.length)) all.push([i, i + key.length, p]);
    }
  });
  return leftmostLongest(all);
}

/** Leftmost-longest selection of [start, end, id] occurrences, ties to the lowest id. */
function leftmostLongest(all: [number, number, number][]): [number, number, number][] {
  all.sort((x, y) => x[0] - y[0] || y[1] - x[1] || x[2] - y[2]);
  const chosen: [number, number, number][] = [];
  let free = 0;
  for (const m of all) {
    if (m[0] < free) continue;
    chosen.push(m);
    free = m[1];
  }
  return chosen;
}

/**
 * Entries that may share names (a large knowledge base has thousands of namesakes), some
 * case-sensitive: the mentions brute force finds, the tie at one span going to the earliest
 * entry whose name's case matches (é folds to e, case kept).
 */
function naiveSharedMentions(
  text: string,
  names: { text: string; caseSensitive: boolean }[],
): [number, number, number][] {
  const lower = text.toLowerCase().replace(/é/g, 'e');
  const kept = text.replace(/é/g, 'e');
  const isLetter = (i: number) => i >= 0 && i < lower.length && /[a-z]/.test(lower[i]!);
  const all: [number, number, number][] = [];
  names.forEach(({ text: name, caseSensitive }, e) => {
    const key = name.toLowerCase();
    for (let i = lower.indexOf(key); i >= 0; i = lower.indexOf(key, i + 1)) {
      if (isLetter(i - 1) || isLetter(i + key.length)) continue;
      if (caseSensitive && kept.slice(i, i + key.length) !== name) continue;
      all.push([i, i + key.length, e]);
    }
  });
  return leftmostLongest(all);
}

const sharedNames = fc.array(
  fc.record({
    text: fc
      .array(fc.constantFrom('a', 'b', 'e', 'A', 'B'), { minLength: 1, maxLength: 3 })
      .map((c) => c.join('')),
    caseSensitive: fc.boolean(),
  }),
  { minLength: 1, maxLength: 10 },
);

describe('automaton against a naive reference', () => {
  it('finds the same mentions as brute force when entries share names, some case-sensitive', () => {
    fc.assert(
      fc.property(sharedNames, textArb, (names, text) => {
        const matcher = createMatcher(
          buildLexicon(names.map((name, i) => ({ id: `e${i}`, names: { en: [name] } }))),
        );
        const got = findMentions(text, matcher).map((m) => [m.start, m.end, m.entryIndex]);
        expect(got).toEqual(naiveSharedMentions(text, names));
      }),
      { numRuns: 300 },
    );
  });

  it('reports exactly the key occurrences brute force finds', () => {
    fc.assert(
      fc.property(
        aliases,
        fc.array(fc.constantFrom('a', 'b', 'e', 'c'), { maxLength: 60 }),
        (keys, chars) => {
          const text = chars.join('');
          const matcher = createMatcher(
            buildLexicon(keys.map((k, i) => ({ id: `e${i}`, names: { en: [k] } }))),
          );
          const found: string[] = [];
          const folded = foldText(text);
          scanKeys(matcher, folded.codes, 0, folded.length, (p, end, start) => {
            expect(start).toBe(end - keys[p]!.length);
            found.push(`${p}@${end}`);
          });
          expect(found.sort()).toEqual(naiveOccurrences(text, keys));
        },
      ),
    );
  });

  it('finds the same mentions as brute force on random text and aliases', () => {
    fc.assert(
      fc.property(aliases, textArb, (keys, text) => {
        const matcher = createMatcher(
          buildLexicon(keys.map((k, i) => ({ id: `e${i}`, names: { en: [k] } }))),
        );
        const got = findMentions(text, matcher).map((m) => [m.start, m.end, m.entryIndex]);
        expect(got).toEqual(naiveMentions(text, keys));
      }),
    );
  });
});
