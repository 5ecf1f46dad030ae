import { afterEach, describe, expect, it } from 'vitest';
import { findMentions } from '../../../utils/match/find-mentions';
import { buildLexicon } from '../../../utils/match/lexicon';
import { createMatcher } from '../../../utils/match/matcher';
import { installedFoldTables } from '../../../utils/text/fold';
import { bundledFoldTables, useBundledFoldTables } from '../../../utils/text/fold-tables';
import { bundledMatchTables, useBundledMatchTables } from '../../../utils/text/match-tables';

describe('match tables (what a lexicon carries to content scripts)', () => {
  afterEach(() => useBundledFoldTables());

  it('ship the traditional → simplified pairs, then the Chinese word contexts', () => {
    // utils/language/zh/tables.ts: [0, pair array length high, low, …pairs, …word contexts]
    const zh = bundledMatchTables().zh!;
    const pairs = (zh[1]! << 16) | zh[2]!;
    expect(zh[0]).toBe(0);
    expect(Array.from(zh.subarray(3, 3 + pairs))).toEqual(Array.from(bundledFoldTables().zh!));
    expect(zh.length).toBeGreaterThan(3 + pairs);
  });

  it('are what a lexicon is built with, whatever the context had installed', () => {
    useBundledFoldTables();
    const lexicon = buildLexicon([{ id: 'china', names: { zh: ['中国'] } }]);
    expect(lexicon.foldTables).toEqual(bundledMatchTables());
    expect(installedFoldTables()).toEqual(bundledMatchTables());
  });

  it('keep their word contexts when folding alone is installed after them (popup search in a page that matches)', () => {
    useBundledMatchTables();
    const matcher = createMatcher(buildLexicon([{ id: 'china', names: { zh: ['中国'] } }]));
    useBundledFoldTables(); // the search index folds with the pairs alone
    // 发展中国家 (developing countries) holds 中国 only as characters of another word.
    expect(findMentions('发展中国家的合作', matcher)).toEqual([]);
    expect(findMentions('中國外交', matcher).map((m) => m.entryId)).toEqual(['china']);
  });
});
