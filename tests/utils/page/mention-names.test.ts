import { describe, expect, it } from 'vitest';
import { buildLexicon } from '../../../utils/match/lexicon';
import { createMatcher } from '../../../utils/match/matcher';
import { LearntNames, lexiconNames } from '../../../utils/page/mention-names';
import { TEST_ENTRIES } from '../match/lexicon-fixture';

describe('mention names', () => {
  it("reads a pattern's entry and language from the lexicon, one table a matcher", () => {
    const matcher = createMatcher(buildLexicon(TEST_ENTRIES));
    const names = lexiconNames(matcher);
    expect(lexiconNames(matcher)).toBe(names);
    const { patternEntry } = matcher.lexicon;
    const pattern = [...patternEntry].findIndex((e) => matcher.entryIds[e] === 'almaty');
    expect(names.entryId(names.entryIndex(pattern))).toBe('almaty');
    expect(['ar', 'en', 'zh', 'ru', 'kk']).toContain(names.lang(pattern));
  });

  it('learns what answers name, and refuses a pattern or an entry named otherwise', () => {
    const names = new LearntNames();
    expect(names.learn(7, 3, 'en', 'almaty')).toBe(true);
    expect(names.learn(7, 3, 'en', 'almaty')).toBe(true); // the same again
    expect(names.learn(8, 3, 'ru', 'almaty')).toBe(true); // another alias of the entry
    expect([names.entryIndex(8), names.lang(8), names.entryId(3)]).toEqual([3, 'ru', 'almaty']);
    expect(names.learn(7, 4, 'en', 'astana')).toBe(false); // pattern 7 named another entry
    expect(names.learn(9, 3, 'en', 'astana')).toBe(false); // entry 3 under another id
    expect(names.learn(7, 3, 'zh', 'almaty')).toBe(false); // another language
    expect(names.entryId(names.entryIndex(7))).toBe('almaty');
  });
});
