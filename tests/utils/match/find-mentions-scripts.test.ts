import { describe, expect, it } from 'vitest';
import { mentionsOf } from './lexicon-fixture';

describe('Latin text', () => {
  it.each([
    ['any case', 'talks with WANG YI today', 'WANG YI'],
    ['accents', 'met Murat Nurtléu', 'Murat Nurtléu'],
    ['NBSP and repeated spaces', 'Wang\u00a0\u00a0 Yi said', 'Wang\u00a0\u00a0 Yi'],
    ['soft hyphen', 'Kazakh\u00adstan and', 'Kazakh\u00adstan'],
    ['zero-width space', 'Kazakh\u200bstan and', 'Kazakh\u200bstan'],
    ['a possessive', "the SCO's summit", 'SCO'],
    ['a curly possessive', 'China’s view', 'China'],
    ['acronym in capitals', 'at the UN.', 'UN'],
  ])('matches across %s', (_rule, text, surface) => {
    expect(mentionsOf(text).map(([, s]) => s)).toEqual([surface]);
  });

  it.each([
    ['SCO in Scotland', 'Scotland'],
    ['UN in UNESCO', 'UNESCO'],
    ['a case-sensitive acronym in lower case', 'the sco and un'],
    ['China inside Chinatown', 'Chinatown'],
    ['China after a letter', 'IndoChina'],
  ])('does not match %s', (_rule, text) => {
    expect(mentionsOf(text)).toEqual([]);
  });

  it('matches the longest of overlapping names', () => {
    expect(mentionsOf('the Shanghai Cooperation Organisation and Shanghai')).toEqual([
      ['sco', 'Shanghai Cooperation Organisation'],
      ['shanghai', 'Shanghai'],
    ]);
  });
});

describe('Cyrillic text', () => {
  it.each([
    ['case', 'КАЗАХСТАН', 'КАЗАХСТАН'],
    ['ё = е', 'Нуртлёу', 'Нуртлёу'],
    ['Kazakh', 'Қазақстан', 'Қазақстан'],
  ])('matches across %s', (_rule, text, surface) => {
    expect(mentionsOf(`в ${text} сегодня`).map(([, s]) => s)).toEqual([surface]);
  });

  it('respects word boundaries', () => {
    expect(mentionsOf('Казахстанский')).toEqual([]); // Казахстана is a case form (ru/name-variants.ts)
    expect(mentionsOf('Китайский')).toEqual([]);
  });
});

describe('Chinese text', () => {
  it.each([
    ['without word boundaries', '王毅外长会见', '王毅'],
    ['the longest name', '上海合作组织峰会', '上海合作组织'],
    ['an abbreviation', '上合组织成员', '上合组织'],
    ['in traditional characters', '上海合作組織峰會', '上海合作組織'],
  ])('matches %s', (_rule, text, surface) => {
    expect(mentionsOf(text).map(([, s]) => s)).toEqual([surface]);
  });

  it('folds full-width Latin next to Chinese', () => {
    expect(mentionsOf('在ＳＣＯ会议上')).toEqual([['sco', 'ＳＣＯ']]);
  });
});
