import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../utils/knowledge-base/schema';
import { createSearchIndex, search, type MatchKind } from '../../../utils/search/search';
import { KIND_RANK } from '../../../utils/search/types';
import { ENTRIES, ids } from './search-fixture';

const index = createSearchIndex(ENTRIES);
const MIXED_QUERIES = 'China chi Wang وانغ الص وال 中 中国 Ки Китай alma Tokaev co Organisation';
const hits = (query: string) =>
  search(index, query).map((r) => [r.entryId, r.kind] as [string, MatchKind]);

describe('search ranking: exact, then prefix, then word-prefix, then fuzzy', () => {
  it.each<[string, string, [string, MatchKind][]]>([
    [
      'English',
      'China',
      [
        ['china', 'exact'],
        ['china-kazakhstan-business-council', 'prefix'],
        ['communist-party-of-china', 'word-prefix'],
      ],
    ],
    [
      'English, any case',
      'cHINA',
      [
        ['china', 'exact'],
        ['china-kazakhstan-business-council', 'prefix'],
        ['communist-party-of-china', 'word-prefix'],
      ],
    ],
    [
      'Arabic',
      'وانغ',
      [
        ['wang-yi', 'exact'],
        ['wang-wenbin', 'prefix'],
      ],
    ],
    [
      'Arabic, nisba words',
      'الصين',
      [
        ['china', 'exact'],
        ['communist-party-of-china', 'word-prefix'],
        ['china-kazakhstan-business-council', 'word-prefix'],
      ],
    ],
    [
      'Chinese',
      '中国',
      [
        ['china', 'exact'],
        ['communist-party-of-china', 'prefix'],
      ],
    ],
    [
      'Russian',
      'Китай',
      [
        ['china', 'exact'],
        ['china-kazakhstan-business-council', 'prefix'],
        ['communist-party-of-china', 'fuzzy'],
      ],
    ],
    [
      'Russian, lower case',
      'китай',
      [
        ['china', 'exact'],
        ['china-kazakhstan-business-council', 'prefix'],
        ['communist-party-of-china', 'fuzzy'],
      ],
    ],
  ])('%s: %s', (_script, query, expected) => {
    expect(hits(query)).toEqual(expected);
  });

  it.each(MIXED_QUERIES.split(' '))('never lists a worse kind before a better one: %s', (query) => {
    const ranks = search(index, query).map((r) => KIND_RANK[r.kind]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });
});

describe('search tie-breaking', () => {
  it('lists shorter names first within a kind', () => {
    expect(ids(search(index, 'Wang'))).toEqual(['wang-yi', 'wang-wenbin']);
    expect(ids(search(index, 'Alma'))).toEqual(['almaty', 'alma-ata-declaration']);
  });

  it('lists a display name before an alias of the same length', () => {
    expect(search(index, '中').map((r) => r.matchedName)).toEqual([
      '中国',
      '中共',
      '中哈企业家委员会',
    ]);
  });

  it('keeps knowledge-base order when everything else ties', () => {
    const twin = (id: string): Entry => ({
      ...ENTRIES[0]!,
      id,
      names: { ar: ['ب'], en: [`Alpha ${id}`], zh: ['丙'], ru: ['Г'] },
    });
    const entries = [twin('one'), twin('two'), twin('six')];
    expect(ids(search(createSearchIndex(entries), 'alpha'))).toEqual(['one', 'two', 'six']);
    expect(ids(search(createSearchIndex([...entries].reverse()), 'alpha'))).toEqual([
      'six',
      'two',
      'one',
    ]);
  });

  it('represents an entry by its best name only', () => {
    const results = search(index, 'Alma');
    expect(new Set(ids(results)).size).toBe(results.length);
    expect(results[0]).toMatchObject({ entryId: 'almaty', matchedName: 'Almaty', kind: 'prefix' });
  });
});

describe('search limits', () => {
  it.each(['', ' ', '\u00a0\t\n', '-', '…'])('returns nothing for a blank query: %j', (query) => {
    expect(search(index, query)).toEqual([]);
  });

  it('returns at most `limit` results', () => {
    expect(search(index, 'a', { limit: 2 })).toHaveLength(2);
    expect(search(index, 'a', { limit: 0 })).toEqual([]);
  });

  it('reports the language of the matched name', () => {
    expect(search(index, 'Ван И')[0]).toMatchObject({
      entryId: 'wang-yi',
      matchedLang: 'ru',
      matchedName: 'Ван И',
    });
    expect(search(index, '上合')[0]).toMatchObject({ matchedLang: 'zh', matchedName: '上合组织' });
  });
});
