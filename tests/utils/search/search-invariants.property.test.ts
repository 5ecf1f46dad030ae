import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSearchIndex, search } from '../../../utils/search/search';
import { KIND_RANK } from '../../../utils/search/types';
import { ENTRIES } from './search-fixture';

const index = createSearchIndex(ENTRIES);

/** Pieces of names and of everything else a search box receives. */
const PIECES = [
  'a',
  'Wang',
  'yi',
  'Tok',
  'ev',
  'ال',
  'و',
  'ل',
  'صين',
  'ِّ',
  'ـ',
  '中',
  '国',
  'Ки',
  'ё',
  ' ',
  '-',
  '\u00a0',
  "'",
  '.',
  '\u200b',
  '😀',
  '\ud800',
  '\t',
  'ＳＣＯ',
  'x',
];
const queryArb = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((p) => p.join('')),
  fc.string({ maxLength: 40 }),
  fc.string({ minLength: 100, maxLength: 400 }),
);

describe('search invariants, for any query', () => {
  it('returns at most `limit` results, one per entry, kinds in rank order, marks inside the name', () => {
    fc.assert(
      fc.property(queryArb, fc.integer({ min: 0, max: 25 }), (query, limit) => {
        const results = search(index, query, { limit });
        expect(results.length).toBeLessThanOrEqual(limit);
        expect(new Set(results.map((r) => r.entryId)).size).toBe(results.length);
        const ranks = results.map((r) => KIND_RANK[r.kind]);
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
        for (const r of results) {
          expect(r.score).toBeGreaterThanOrEqual(0);
          expect(r.score).toBeLessThanOrEqual(1);
          expect(r.highlight.length).toBeGreaterThan(0);
          for (const [start, end] of r.highlight) {
            expect(0 <= start && start < end && end <= r.matchedName.length).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same results for the same query (no state leaks between searches)', () => {
    fc.assert(
      fc.property(queryArb, queryArb, (first, second) => {
        const before = search(index, first);
        search(index, second);
        expect(search(index, first)).toEqual(before);
      }),
      { numRuns: 100 },
    );
  });
});
