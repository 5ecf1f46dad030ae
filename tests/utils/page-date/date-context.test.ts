import { describe, expect, it } from 'vitest';
import {
  endsTalkingAbout,
  saysCopyright,
  saysUpdated,
} from '../../../utils/page-date/date-context';

describe('the words around a date', () => {
  it('see update labels in every language, as whole words where words are spaced', () => {
    for (const label of ['Updated:', 'آخر تحديث', 'Обновлено', '最后更新：'])
      expect(saysUpdated(label), label).toBe(true);
    expect(saysUpdated('Outdated')).toBe(false);
    expect(saysUpdated('Published')).toBe(false);
  });

  it('see copyright lines', () => {
    expect(saysCopyright('© Example')).toBe(true);
    expect(saysCopyright('جميع الحقوق محفوظة')).toBe(true);
    expect(saysCopyright('By Jane Doe')).toBe(false);
  });

  it('see a word that makes a date the subject of the sentence', () => {
    for (const prefix of ['Since ', 'منذ ', 'после ', '自'])
      expect(endsTalkingAbout(prefix), prefix).toBe(true);
    for (const prefix of ['ALMATY, ', 'ألماتي ', 'МОСКВА, ', ''])
      expect(endsTalkingAbout(prefix), prefix).toBe(false);
  });
});
