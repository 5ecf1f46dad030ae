import { describe, expect, it } from 'vitest';
import { foldKey } from '../../../../utils/text/fold';

describe('foldKey: CJK', () => {
  it.each([
    ['full-width Latin', 'ＳＣＯ', 'sco'],
    ['full-width digits', '２０２５', '2025'],
    ['half-width katakana', 'ｶﾀｶﾅ', 'カタカナ'],
  ])('folds %s: %s → %s', (_rule, input, expected) => {
    expect(foldKey(input)).toBe(expected);
  });

  it.each([['simplified is not traditional', '马', '馬']])('keeps distinct: %s', (_rule, a, b) => {
    expect(foldKey(a)).not.toBe(foldKey(b));
  });
});
