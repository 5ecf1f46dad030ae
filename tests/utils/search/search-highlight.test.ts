import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../utils/knowledge-base/schema';
import { createSearchIndex, search, type SearchResult } from '../../../utils/search/search';
import { ENTRIES } from './search-fixture';

const index = createSearchIndex(ENTRIES);
/** The marked parts of the first result's name. */
const marked = (r: SearchResult | undefined) =>
  r ? r.highlight.map(([s, e]) => r.matchedName.slice(s, e)) : [];

/** An index of one entry whose English name is `name`. */
function oneName(name: string) {
  const entry: Entry = {
    ...ENTRIES[0]!,
    id: 'only',
    names: { ar: ['ب'], en: [name], zh: ['丙'], ru: ['Г'] },
  };
  return createSearchIndex([entry]);
}

describe('highlight ranges point at the original characters', () => {
  it.each([
    ['an exact hit', 'china', 'China', ['China']],
    ['a prefix hit', 'nurt', 'Nurtléu', ['Nurt']],
    ['a prefix ending on an accented letter', 'nurtle', 'Nurtléu', ['Nurtlé']],
    ['a word-prefix hit', 'cooperation', 'Shanghai Cooperation Organisation', ['Cooperation']],
    ['a word-prefix hit in Chinese', '组织', '上合组织', ['组织']],
    ['a word-prefix hit after an Arabic article', 'تعاون', 'منظمة شانغهاي للتعاون', ['تعاون']],
    ['a hit through a proclitic', 'للصين', 'الصين', ['الصين']],
    ['a hit through ё', 'желтое', 'Жёлтое море', ['Жёлтое']],
    ['a hit across a hyphen', 'kassym jomart', 'Kassym-Jomart Tokayev', ['Kassym-Jomart']],
  ])('%s: %s', (_kind, query, name, parts) => {
    const first = search(index, query)[0];
    expect(first?.matchedName).toBe(name);
    expect(marked(first)).toEqual(parts);
  });

  it.each([
    ['a prefix followed by shadda and kasra', 'الصِّينُ', 'الص', ['الصِّ']],
    ['the whole name with a final damma', 'الصِّينُ', 'الصين', ['الصِّينُ']],
    ['a name with tatweel', 'الصـــين', 'الصين', ['الصـــين']],
    ['a decomposed accent', 'Nurtle\u0301u', 'nurtle', ['Nurtle\u0301']],
    ['full-width letters', 'ＳＣＯ Summit', 'sco', ['ＳＣＯ']],
    ['an invisible character inside', 'Wang\u200bYi', 'wangyi', ['Wang\u200bYi']],
  ])('with %s in the name', (_what, name, query, parts) => {
    expect(marked(search(oneName(name), query)[0])).toEqual(parts);
  });

  it('marks fuzzy hits inside the name, on letters the query has', () => {
    const first = search(index, 'Tokaev')[0]!;
    expect(first.kind).toBe('fuzzy');
    expect(marked(first)).toEqual(['Toka', 'ev']);
  });

  it('gives ascending, disjoint, non-empty ranges inside the name', () => {
    const queries = fc.constantFrom(
      'China',
      'الص',
      'Tokaev',
      'الصبن',
      '中',
      'Кит',
      'co',
      'Organization',
      'alma a',
    );
    fc.assert(
      fc.property(queries, (query) => {
        for (const r of search(index, query)) {
          let at = 0;
          for (const [s, e] of r.highlight) {
            expect(s).toBeGreaterThanOrEqual(at);
            expect(e).toBeGreaterThan(s);
            expect(e).toBeLessThanOrEqual(r.matchedName.length);
            at = e + 1;
          }
        }
      }),
    );
  });
});
