/**
 * No highlights inside common words (issue 17): the matcher, with the whole bundled knowledge
 * base, over everyday news prose written for this test in each language (weather, sport,
 * cooking, markets, city news: tests/fixtures/common-words/<lang>.txt), which names none of the
 * entries. Anything it finds is a false highlight.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadMatcher, tryText } from '../../scripts/kb-try';

const matcher = loadMatcher();

/**
 * Known, not yet fixed: Chinese country names inside longer words. 中国 (China) inside 发展中国家
 * ('developing countries', 发展中 + 国家) and 巴林 (Bahrain) inside 巴林右旗 (a banner of Inner
 * Mongolia). A fix is a Chinese segmentation rule in the matcher (utils/language/zh/), not yet
 * written; this list makes the test fail both when a new false highlight appears and when one of
 * these is fixed (then remove it here).
 */
const KNOWN: Record<string, string[]> = {
  zh: ['china 中国 in 发展中国家的', 'bahrain 巴林 in 说，巴林右旗'],
};

describe.each(['ar', 'en', 'zh', 'ru'])('ordinary %s prose', (lang) => {
  const text = readFileSync(`tests/fixtures/common-words/${lang}.txt`, 'utf8');

  it('is several paragraphs of everyday news', () => {
    expect(text.split(/\n\s*\n/).length).toBeGreaterThanOrEqual(6);
    expect(text.length).toBeGreaterThan(lang === 'zh' ? 700 : 1500);
  });

  it('has no mention of any entry (beyond the known ones listed above)', () => {
    const found = tryText(text, matcher).map((m) => {
      const around = lang === 'zh' ? 2 : 12;
      return `${m.id} ${m.text} in ${text.slice(m.start - around, m.end + around)}`;
    });
    expect(found).toEqual(KNOWN[lang] ?? []);
  });
});
