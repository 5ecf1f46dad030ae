import { describe, expect, it } from 'vitest';
import { buildLexicon } from '../../../../utils/match/lexicon';
import { createMatcher } from '../../../../utils/match/matcher';
import { mentionsOf, TEST_ENTRIES } from '../../match/lexicon-fixture';

describe('Arabic proclitics and the article', () => {
  it.each([
    ['الصين', 'الصين'],
    ['والصين', 'والصين'],
    ['فالصين', 'فالصين'],
    ['بالصين', 'بالصين'],
    ['كالصين', 'كالصين'],
    ['وبالصين', 'وبالصين'],
    ['للصين', 'للصين'],
    ['وللصين', 'وللصين'],
    ['كازاخستان', 'كازاخستان'],
    ['وكازاخستان', 'وكازاخستان'],
    ['لكازاخستان', 'لكازاخستان'],
    ['بكازاخستان', 'بكازاخستان'],
    ['وبكازاخستان', 'وبكازاخستان'],
    ['لمبادرة الحزام والطريق', 'لمبادرة الحزام والطريق'],
    ['للجنة المركزية', 'للجنة المركزية'],
    ['وللجنة المركزية', 'وللجنة المركزية'],
  ])('matches the alias inside %s', (text, surface) => {
    expect(mentionsOf(`قال ${text}.`).map(([, s]) => s)).toEqual([surface]);
  });

  it('matches الصين inside للصين', () => {
    expect(mentionsOf('زيارة للصين')).toEqual([['china', 'للصين']]);
  });

  it.each([
    ['a longer word', 'كازاخستانية'],
    ['the nisba adjective', 'الصينية'],
    ['the article on a bare alias', 'الكازاخستان'],
    ['a non-proclitic prefix', 'مكازاخستان'],
    ['a wrong chain order', 'بوكازاخستان'],
    ['ل before the article spelled out', 'لالصين'],
    ['the lam spelling without its ل', 'لصين'],
    ['the bare stem', 'صين'],
    ['a chain too long', 'وبوالصين'],
    ['an Arabic letter glued on', 'ثالصين'],
  ])('does not match %s: %s', (_rule, text) => {
    expect(mentionsOf(`قال ${text} اليوم`)).toEqual([]);
  });

  it.each([
    ['diacritics', 'الصِّينِ'],
    ['tatweel', 'الصـــين'],
    ['alef variants', 'ٱلصين'],
    ['a proclitic with diacritics', 'وَالصِّينُ'],
  ])('matches whatever the page adds: %s', (_rule, text) => {
    expect(mentionsOf(text)).toEqual([['china', text]]);
  });

  it('matches an alias written with hamza on a page without it', () => {
    expect(mentionsOf('في الماتي')).toEqual([['almaty', 'الماتي']]);
    expect(mentionsOf('في آلماتي')).toEqual([['almaty', 'آلماتي']]);
  });

  it('prefers the longest mention at the leftmost start', () => {
    expect(mentionsOf('ومنظمة شانغهاي للتعاون وشانغهاي')).toEqual([
      ['sco', 'ومنظمة شانغهاي للتعاون'],
      ['shanghai', 'وشانغهاي'],
    ]);
  });

  it('never highlights searchOnly aliases', () => {
    expect(mentionsOf('شي')).toEqual([]);
  });

  it('accepts the article on bare aliases only when the lexicon asks for it', () => {
    const matcher = createMatcher(buildLexicon(TEST_ENTRIES, { arabicArticleOnBareAliases: true }));
    expect(mentionsOf('الكازاخستان', matcher)).toEqual([['kazakhstan', 'الكازاخستان']]);
    expect(mentionsOf('للكازاخستان', matcher)).toEqual([['kazakhstan', 'للكازاخستان']]);
    expect(mentionsOf('وبالكازاخستان', matcher)).toEqual([['kazakhstan', 'وبالكازاخستان']]);
    expect(mentionsOf('كازاخستانية', matcher)).toEqual([]);
  });
});
