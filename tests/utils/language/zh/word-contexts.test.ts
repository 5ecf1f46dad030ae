import { beforeAll, describe, expect, it, vi } from 'vitest';
import { chineseTable, packChineseTables } from '../../../../utils/language/zh/tables';
import { insideChineseWord } from '../../../../utils/language/zh/word-contexts';
import { simplifiedOf } from '../../../../utils/language/zh/simplified';
import { findMentions } from '../../../../utils/match/find-mentions';
import { buildLexicon } from '../../../../utils/match/lexicon';
import { lexiconFromJSON, lexiconToJSON } from '../../../../utils/match/lexicon-format';
import { createMatcher } from '../../../../utils/match/matcher';
import { installFoldTables } from '../../../../utils/text/fold';
import { useBundledFoldTables } from '../../../../utils/text/fold-tables';
import { bundledMatchTables, useBundledMatchTables } from '../../../../utils/text/match-tables';

const codes = (text: string) => Uint16Array.from(text, (c) => c.charCodeAt(0));

/** Whether `name`, found at its first place in `text`, lies inside other words there. */
function inside(text: string, name: string): boolean {
  const start = text.indexOf(name);
  return insideChineseWord(codes(text), text.length, start, start + name.length);
}

describe('a Chinese name inside other words (jieba’s dictionary, bundled table)', () => {
  beforeAll(() => useBundledMatchTables()); // what a lexicon carries (the popup folds without)

  it.each([
    ['发展中国家的农民', '中国', 'a word containing it: developing countries'],
    ['巴林右旗的草场', '巴林', 'a word containing it: a banner of Inner Mongolia'],
    ['延边朝鲜族自治州', '朝鲜', 'a word containing it: the Korean ethnic group'],
    ['广西安全生产', '西安', 'two words meeting inside it: 广西|安全'],
    ['节日本身', '日本', 'two words meeting inside it: 节日|本身'],
    ['集中国家力量', '中国', 'two words meeting inside it: 集中|国家'],
    ['哈萨克斯坦外交部长努尔特列乌', '哈萨克斯坦外交部', 'one word over its end: 外交部长'],
    ['塔吉克斯坦外交部长', '塔吉克斯坦外交部', 'one word over its end: 外交部长'],
    // jieba's cut wins by any margin where no reading keeps the name a word
    ['今日本地气温回升', '日本', 'two words meeting inside it: 今日|本地 (12 times)'],
    ['其中国有企业的订单', '中国', 'two words meeting inside it: 其中|国有企业 (2.7 times)'],
    ['中国外交部长王毅', '中国外交部', 'one word over its end: 中国|外交部长 (5 times)'],
    ['其中共有十余个国家', '中共', 'two words meeting inside it: 其中|共有'],
    // 族 after a name: a people, not the country
    ['不少俄罗斯族商人', '俄罗斯', 'a people: 族'],
    ['蒙古族和汉族', '蒙古', 'a people: 族'],
  ])('%s: %s is no mention (%s)', (text, name) => {
    expect(inside(text, name)).toBe(true);
  });

  it.each([
    ['中国人民银行行长', '中国', 'an organisation named after it names it'],
    ['日本政府表示', '日本', 'a compound of the name and another word'],
    ['在中国家庭中', '中国', 'one word over its end is not enough'],
    ['中国和哈萨克斯坦', '中国', 'words of their own around it'],
    ['西安市', '西安', 'a suffix'],
    ['从中国有关部门获悉', '中国', 'no word before it over its start (从|中国|有关)'],
    ['在日本地方选举中', '日本', 'no word before it over its start (在|日本|地方)'],
    ['中国外交部发言人', '中国外交部', 'no word over its end'],
    ['俄罗斯人', '俄罗斯', 'a compound, as 日本政府'],
    ['中共中央政治局', '中共', 'an organisation named after it'],
    ['今日本报讯', '本报', 'a name with no table line'],
    ['中国', '中国', 'nothing around it'],
  ])('%s: %s is a mention (%s)', (text, name) => {
    expect(inside(text, name)).toBe(false);
  });
});

describe('Chinese’s fold table', () => {
  it('carries the traditional → simplified pairs and the word contexts together', () => {
    const shipped = bundledMatchTables().zh!;
    expect(shipped[0]).toBe(0);
    try {
      chineseTable.install(packChineseTables(Uint16Array.of(0x570b, 0x56fd), '中国 -10 发展|家'));
      expect(simplifiedOf(0x570b)).toBe(0x56fd); // 國 → 国
      expect(inside('发展中国家', '中国')).toBe(true);
      expect(inside('巴林右旗', '巴林')).toBe(false); // not in this table
      // Pairs alone (the popup's folding): folding changes, the word contexts stay.
      chineseTable.install(Uint16Array.of(0x570b, 0x5f20));
      expect(simplifiedOf(0x570b)).toBe(0x5f20);
      expect(inside('发展中国家', '中国')).toBe(true);
      chineseTable.install(undefined); // no table at all: neither
      expect(simplifiedOf(0x570b)).toBeUndefined();
      expect(inside('发展中国家', '中国')).toBe(false);
    } finally {
      chineseTable.install(shipped);
    }
  });
});

describe('installing Chinese’s table (a content script does at ready)', () => {
  it('builds nothing: the pairs are searched in place, the word contexts made text on first use', () => {
    const shipped = bundledMatchTables().zh!;
    const packed = packChineseTables(
      Uint16Array.of(0x570b, 0x56fd, 0x5718, 0x56e2),
      '中国 -10 发展|家',
    );
    const fromCharCode = vi.spyOn(String, 'fromCharCode');
    const mapSet = vi.spyOn(Map.prototype, 'set');
    try {
      chineseTable.install(packed);
      expect(fromCharCode).not.toHaveBeenCalled();
      expect(mapSet).not.toHaveBeenCalled();
      expect([0x5718, 0x570b, 0x570a, 0x570c].map(simplifiedOf)).toEqual([
        0x56e2,
        0x56fd,
        undefined,
        undefined,
      ]);
      expect(inside('发展中国家', '中国')).toBe(true);
      expect(fromCharCode).toHaveBeenCalled();
    } finally {
      fromCharCode.mockRestore();
      mapSet.mockRestore();
      chineseTable.install(shipped);
    }
  });
});

describe('the rule in a content script', () => {
  it('comes with the lexicon: a frame that installs its tables from it rejects 中国 in 发展中国家', () => {
    const china = { id: 'china', type: 'place', names: { zh: ['中国'] } };
    const json = JSON.parse(JSON.stringify(lexiconToJSON(buildLexicon([china]))));
    try {
      installFoldTables({}); // a fresh frame: no tables until the lexicon's
      const matcher = createMatcher(lexiconFromJSON(json));
      expect(findMentions('发展中国家', matcher)).toEqual([]);
      expect(findMentions('中国和发展中国家', matcher)).toHaveLength(1);
    } finally {
      useBundledFoldTables();
    }
  });
});
