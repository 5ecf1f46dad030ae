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
 * Chinese names inside longer words were the known misses here (中国 in 发展中国家, 巴林 in
 * 巴林右旗); the Chinese word rule (utils/language/zh/word-contexts.ts) leaves them out, and the
 * Chinese text has more of the kind (西安 in 广西安全, 日本 in 节日本身, 朝鲜 in 朝鲜族).
 */
describe.each(['ar', 'en', 'zh', 'ru'])('ordinary %s prose', (lang) => {
  const text = readFileSync(`tests/fixtures/common-words/${lang}.txt`, 'utf8');

  it('is several paragraphs of everyday news', () => {
    expect(text.split(/\n\s*\n/).length).toBeGreaterThanOrEqual(6);
    expect(text.length).toBeGreaterThan(lang === 'zh' ? 700 : 1500);
  });

  it('has no mention of any entry', () => {
    const found = tryText(text, matcher).map((m) => {
      const around = lang === 'zh' ? 2 : 12;
      return `${m.id} ${m.text} in ${text.slice(m.start - around, m.end + around)}`;
    });
    expect(found).toEqual([]);
  });
});
