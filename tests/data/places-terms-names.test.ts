/**
 * Names of the places, agreements and terms part (data/kb/places-terms.json, issue 17) where a
 * language could read them inside other words: the real matcher over the bundled data finds them
 * in news text and leaves the look-alikes alone.
 */
import { describe, expect, it } from 'vitest';
import { loadMatcher, tryText } from '../../scripts/kb-try';

const matcher = loadMatcher();
const cards = (text: string) =>
  tryText(text, matcher)
    .filter((m) => m.within === undefined)
    .map((m) => [m.id, m.text]);

describe('里海 (the Caspian Sea) is a name, not the 里 of 公里 (kilometre) before 海', () => {
  it.each([
    [
      '里海沿岸国家在阿克套签署公约',
      [
        ['caspian-sea', '里海'],
        ['aktau', '阿克套'],
      ],
    ],
    [
      '俄罗斯和伊朗都是里海国家',
      [
        ['russia', '俄罗斯'],
        ['iran', '伊朗'],
        ['caspian-sea', '里海'],
      ],
    ],
    ['跨越里海的运输线', [['caspian-sea', '里海']]],
  ])('%s', (text, expected) => {
    expect(cards(text)).toEqual(expected);
  });

  it.each([['距离100公里海拔3000米'], ['全国有1.8万公里海岸线'], ['向东50公里海面上']])(
    '%s has no mention',
    (text) => {
      expect(cards(text)).toEqual([]);
    },
  );
});

describe('Termez (ترمذ) is not the nisba of al-Tirmidhi (الترمذي)', () => {
  it.each([
    ['وصل الوفد إلى ترمذ', [['termez', 'ترمذ']]],
    ['روى الترمذي الحديث', []],
  ])('%s', (text, expected) => {
    expect(cards(text)).toEqual(expected);
  });
});

describe('Каспий (the Caspian) in Russian, in its case forms, but not Kaspi Bank', () => {
  it.each([
    ['Саммит на Каспии', [['caspian-sea', 'Каспии']]],
    ['Страны Каспия подписали конвенцию', [['caspian-sea', 'Каспия']]],
    ['Каспи банк открыл отделение', []],
  ])('%s', (text, expected) => {
    expect(cards(text)).toEqual(expected);
  });
});
