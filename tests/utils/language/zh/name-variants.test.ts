import { beforeAll, describe, expect, it } from 'vitest';
import { installTerritoryNames, nameVariants } from '../../../../utils/language/zh/name-variants';
import { findMentions } from '../../../../utils/match/find-mentions';
import { buildLexicon } from '../../../../utils/match/lexicon';
import { createMatcher } from '../../../../utils/match/matcher';
import { useBundledMatchTables } from '../../../../utils/text/match-tables';

describe('nameVariants: regional names of countries (CLDR zh-Hant, zh-Hant-HK)', () => {
  beforeAll(() => useBundledMatchTables()); // where lexicons are built
  it.each([
    ['哈萨克斯坦', '哈萨克'],
    ['乌兹别克斯坦', '乌兹别克'],
    ['吉尔吉斯斯坦', '吉尔吉斯'],
    ['土库曼斯坦', '土库曼'],
    ['塔吉克斯坦', '塔吉克'],
    ['阿塞拜疆', '亚塞拜然'], // Taiwan
    ['阿塞拜疆', '亚塞拜疆'], // Hong Kong
    ['格鲁吉亚', '乔治亚'],
    ['沙特阿拉伯', '沙乌地阿拉伯'],
    ['老挝', '寮国'],
  ])('%s → %s', (name, regional) => {
    expect(nameVariants(name, 'place')).toContain(regional);
  });

  it.each([
    ['中国', 'place', 'the same name once folded (中國)'],
    ['俄罗斯', 'place', 'the same name once folded (俄羅斯)'],
    ['哈萨克斯坦共和国', 'place', 'not CLDR’s name of the territory'],
    ['哈萨克斯坦', 'organization', 'not a place'],
    ['托卡耶夫', 'person', 'not a place'],
  ])('%s (%s) has no other name: %s', (name, type) => {
    expect(nameVariants(name, type)).toEqual([]);
  });
});

describe('the lexicon matches regional names, and not those an entry withholds', () => {
  const matcher = createMatcher(
    buildLexicon([
      { id: 'kazakhstan', type: 'place', names: { zh: ['哈萨克斯坦'] } },
      {
        id: 'tajikistan',
        type: 'place',
        names: { zh: ['塔吉克斯坦', { text: '塔吉克', searchOnly: true }] },
      },
    ]),
  );
  const found = (text: string) =>
    findMentions(text, matcher).map((m) => [m.entryId, text.slice(m.start, m.end)]);

  it.each([
    ['習近平與哈薩克總統通電話', [['kazakhstan', '哈薩克']]],
    ['与哈萨克斯坦签署协议', [['kazakhstan', '哈萨克斯坦']]],
    ['塔吉克斯坦总统', [['tajikistan', '塔吉克斯坦']]],
    ['塔吉克牧民', []], // searchOnly: also the Tajik people
  ])('%s', (text, mentions) => {
    expect(found(text)).toEqual(mentions);
  });
});

describe('the regional names table', () => {
  it('is installed with the match tables only (the popup and content scripts never load it)', () => {
    try {
      installTerritoryNames('');
      expect(nameVariants('哈萨克斯坦', 'place')).toEqual([]);
      useBundledMatchTables();
      expect(nameVariants('哈萨克斯坦', 'place')).toEqual(['哈萨克']);
    } finally {
      useBundledMatchTables();
    }
  });
});
