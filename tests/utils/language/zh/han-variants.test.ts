import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodeVarints } from '../../../../scripts/lib/han-variants-table';
import { SIMPLIFIED, TRADITIONAL } from '../../../../utils/language/zh/han-variants.generated';
import {
  VARINT_DIGITS,
  readVarints,
  simplifiedOf,
} from '../../../../utils/language/zh/han-variants';

const char = (s: string) => s.charCodeAt(0);
const pairs = (() => {
  let f = 0;
  return readVarints(TRADITIONAL)
    .map((delta) => (f += delta))
    .map((from) => [from, simplifiedOf(from)!] as const);
})();

describe('readVarints', () => {
  it('reads 5 bits a digit, least significant first, 32 marking that more follow', () => {
    const digits = (...values: number[]) => values.map((v) => VARINT_DIGITS[v]).join('');
    expect(readVarints('')).toEqual([]);
    expect(readVarints(digits(0, 1, 31))).toEqual([0, 1, 31]);
    expect(readVarints(digits(32, 1))).toEqual([32]);
    expect(readVarints(digits(33, 2, 5))).toEqual([1 + 2 * 32, 5]);
  });

  it('reads what the generator writes', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 0x3ffff })), (numbers) => {
        expect(readVarints(encodeVarints(numbers))).toEqual(numbers);
      }),
    );
  });
});

describe('simplifiedOf', () => {
  it.each([
    ['國', '国'],
    ['華', '华'],
    ['組', '组'],
    ['烏', '乌'],
  ])('%s → %s', (traditional, simplified) => {
    expect(simplifiedOf(char(traditional))).toBe(char(simplified));
  });

  it.each(['国', '王', 'A', 'К', 'ك', 'か'])('knows no simplified form of %s', (c) => {
    expect(simplifiedOf(char(c))).toBeUndefined();
  });

  it('maps Han to Han, one code unit each, and never to a character it converts again', () => {
    expect(pairs.length).toBe(readVarints(SIMPLIFIED).length);
    expect(pairs.length).toBeGreaterThan(1500);
    for (const [from, to] of pairs) {
      expect(from >= 0x3400 && from <= 0x9fff && to >= 0x3400 && to <= 0x9fff).toBe(true);
      expect(simplifiedOf(to)).toBeUndefined();
    }
  });
});
