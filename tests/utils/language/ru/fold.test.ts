import { describe, expect, it } from 'vitest';
import { foldKey } from '../../../../utils/text/fold';

describe('foldKey: Cyrillic', () => {
  it.each([
    ['Cyrillic case', 'Ван И', 'ван и'],
    ['ё = е', 'Семёнов', 'семенов'],
    ['Ё = е', 'Ёлка', 'елка'],
    ['Kazakh letters kept', 'Қазақстан', 'қазақстан'],
  ])('folds %s: %s → %s', (_rule, input, expected) => {
    expect(foldKey(input)).toBe(expected);
  });

  it.each([
    ['й is not и', 'Войн', 'Воин'],
    ['Kazakh і is not и', 'Қазақстанның і', 'Қазақстанның и'],
  ])('keeps distinct: %s', (_rule, a, b) => {
    expect(foldKey(a)).not.toBe(foldKey(b));
  });
});
