import { describe, expect, it } from 'vitest';
import { foldKey, keysCollide } from '../../../utils/text/fold';

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

describe('foldKey: Latin, Cyrillic, CJK, common', () => {
  it.each([
    ['case', 'Wang Yi', 'wang yi'],
    ['accents', 'Nurtléu', 'nurtleu'],
    ['decomposed accents', 'Nurtle\u0301u', 'nurtleu'],
    ['ß', 'Straße', 'strasse'],
    ['ø', 'Ørsted', 'orsted'],
    ['curly apostrophe', 'People’s Daily', "people's daily"],
    ['modifier apostrophe', 'Xiʼan', "xi'an"],
    ['en dash', 'China–Kazakhstan', 'china-kazakhstan'],
    ['non-breaking hyphen', 'China\u2011Kazakhstan', 'china-kazakhstan'],
    ['soft hyphen', 'Kazakh\u00adstan', 'kazakhstan'],
    ['zero-width space', 'Kazakh\u200bstan', 'kazakhstan'],
    ['NBSP and repeated spaces', 'Wang\u00a0\u00a0  Yi', 'wang yi'],
    ['leading and trailing spaces', '  Wang Yi ', 'wang yi'],
    ['Cyrillic case', 'Ван И', 'ван и'],
    ['ё = е', 'Семёнов', 'семенов'],
    ['Ё = е', 'Ёлка', 'елка'],
    ['Kazakh letters kept', 'Қазақстан', 'қазақстан'],
    ['full-width Latin', 'ＳＣＯ', 'sco'],
    ['full-width digits', '２０２５', '2025'],
    ['half-width katakana', 'ｶﾀｶﾅ', 'カタカナ'],
    ['ideographic space', '王毅\u3000外长', '王毅 外长'],
  ])('folds %s: %s → %s', (_rule, input, expected) => {
    expect(foldKey(input)).toBe(expected);
  });

  it.each([
    ['й is not и', 'Войн', 'Воин'],
    ['Kazakh і is not и', 'Қазақстанның і', 'Қазақстанның и'],
    ['simplified is not traditional', '马', '馬'],
  ])('keeps distinct: %s', (_rule, a, b) => {
    expect(foldKey(a)).not.toBe(foldKey(b));
  });

  it('keeps case when asked (case-sensitive aliases)', () => {
    expect(foldKey('ＳＣＯ', { caseSensitive: true })).toBe('SCO');
    expect(foldKey('Nurtléu', { caseSensitive: true })).toBe('Nurtleu');
  });
});

describe('keysCollide', () => {
  it.each([
    [{ text: 'الصين' }, { text: 'الصِّين' }, true],
    [{ text: 'SCO', caseSensitive: true }, { text: 'sco' }, true],
    [{ text: 'SCO', caseSensitive: true }, { text: 'Sco', caseSensitive: true }, false],
    [{ text: 'Wang Yi' }, { text: 'Wang' }, false],
  ])('%o vs %o → %s', (a, b, expected) => {
    expect(keysCollide(a, b)).toBe(expected);
  });
});
