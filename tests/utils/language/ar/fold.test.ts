import { describe, expect, it } from 'vitest';
import { foldKey } from '../../../../utils/text/fold';

describe('foldKey: Arabic', () => {
  it.each([
    ['tashkeel and shadda', 'الصِّينُ', 'الصين'],
    ['sukun and tanween', 'أَلْمَاتِيٌّ', 'الماتي'],
    ['superscript alef', 'هٰذا', 'هذا'],
    ['Quranic marks', 'الصين\u06d6', 'الصين'],
    ['tatweel', 'كـازاخسـتان', 'كازاخستان'],
    ['alef with hamza above', 'أبريل', 'ابريل'],
    ['alef with hamza below', 'إطار', 'اطار'],
    ['alef with madda', 'آسيا', 'اسيا'],
    ['alef wasla', 'ٱلصين', 'الصين'],
    ['alef maqsura', 'الوسطى', 'الوسطي'],
    ['ta marbuta', 'منظمة', 'منظمه'],
    ['hamza on waw ~ on yeh', 'مسؤول', 'مسئول'],
    ['Persian yeh', 'ایران', 'ايران'],
    ['Persian kaf', 'کازاخستان', 'كازاخستان'],
    ['lam-alef ligature', 'ﻻ', 'لا'],
    ['Arabic-Indic digits', '٢٠٢٥', '2025'],
    ['Arabic letter mark', 'الصين\u061c', 'الصين'],
  ])('folds %s: %s → %s', (_rule, input, expected) => {
    expect(foldKey(input)).toBe(expected);
  });

  it.each([
    ['ب is not ت', 'بين', 'تين'],
    ['ه is not ح', 'هدف', 'حدف'],
    ['و is not ؤ-less yeh', 'مسول', 'مسئول'],
  ])('keeps distinct: %s', (_rule, a, b) => {
    expect(foldKey(a)).not.toBe(foldKey(b));
  });

  it('does not strip the article or proclitics from aliases', () => {
    expect(foldKey('الصين')).toBe('الصين');
    expect(foldKey('وكازاخستان')).toBe('وكازاخستان');
  });
});
