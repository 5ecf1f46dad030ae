import { describe, expect, it } from 'vitest';
import { foldKey } from '../../../utils/text/fold';
import { searchKey } from '../../../utils/search/search-key';
import { wordStarts } from '../../../utils/search/word-starts';

describe('searchKey', () => {
  it.each([
    ['Arabic marks and letter forms', 'الصِّينُ', 'الصين'],
    ['Arabic hamza forms', 'ألماتي', 'الماتي'],
    ['tatweel', 'الصـــين', 'الصين'],
    ['accents', 'Nurtléu', 'nurtleu'],
    ['ё', 'Жёлтое', 'желтое'],
    ['full-width forms', 'ＳＣＯ', 'sco'],
    ['hyphens as spaces', 'Kassym-Jomart', 'kassym jomart'],
    ['a run of separators as one space', 'Alma – Ata', 'alma ata'],
    ['a stray space before a hyphen', 'قاسم -جومارت', 'قاسم جومارت'],
    ['apostrophes dropped', "Xi'an", 'xian'],
    ['dots dropped', 'U.S.', 'us'],
    ['leading and trailing separators dropped', ' «China» ', 'china'],
    ['punctuation only', '–…', ''],
  ])('folds %s: %s → %s', (_what, text, key) => {
    expect(searchKey(text)).toBe(key);
  });

  it.each(['الصين', 'Nurtleu', 'Китай', '中国', 'Wang Yi'])(
    'agrees with detection folding on a plain name: %s',
    (name) => {
      expect(searchKey(name)).toBe(foldKey(name));
    },
  );
});

describe('wordStarts', () => {
  it.each<[string, string, string[]]>([
    [
      'after spaces',
      'shanghai cooperation organisation',
      ['cooperation organisation', 'organisation'],
    ],
    ['at every Han character', '上合组织', ['合组织', '组织', '织']],
    ['after the article', 'منظمه شانغهاي للتعاون', ['شانغهاي للتعاون', 'للتعاون', 'تعاون']],
    [
      'after و + the article',
      'مبادره الحزام والطريق',
      ['الحزام والطريق', 'حزام والطريق', 'والطريق', 'الطريق', 'طريق'],
    ],
    ['after the article of the first word', 'الصين', ['صين']],
    ['nowhere inside a one-word name', 'china', []],
    ['not after an و that is a first letter', 'وانغ يي', ['يي']],
  ])('%s: %s', (_where, key, suffixes) => {
    expect(wordStarts(key).map((start) => key.slice(start))).toEqual(suffixes);
  });
});
