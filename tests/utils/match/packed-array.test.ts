import { describe, expect, it } from 'vitest';
import { packArray, unpackArray, unpackArrayAs } from '../../../utils/match/packed-array';

describe('packed arrays', () => {
  it('picks the narrowest type that holds every value', () => {
    expect(packArray([0, 255])[0]).toBe('u8');
    expect(packArray([0, 256])[0]).toBe('u16');
    expect(packArray(new Int32Array([65535]))[0]).toBe('u16');
    expect(packArray([65536])[0]).toBe('i32');
    expect(packArray([])[0]).toBe('u8');
  });

  it('round-trips through JSON in the narrow type', () => {
    const values = [0, 7, 300, 65535];
    const packed = JSON.parse(JSON.stringify(packArray(Int32Array.from(values)))) as unknown;
    const restored = unpackArray(packed);
    expect(restored).toBeInstanceOf(Uint16Array);
    expect(Array.from(restored)).toEqual(values);
    const big = unpackArray(packArray([2 ** 31 - 1, 1]));
    expect(big).toBeInstanceOf(Int32Array);
    expect(Array.from(big)).toEqual([2 ** 31 - 1, 1]);
  });

  it('widens into the asked type, or keeps the array when it already is that type', () => {
    const wide = unpackArrayAs(packArray([1, 2, 3]), Int32Array);
    expect(wide).toStrictEqual(Int32Array.from([1, 2, 3]));
    expect(unpackArrayAs(packArray([70000]), Int32Array)).toStrictEqual(Int32Array.from([70000]));
  });

  it('refuses values it cannot pack and input that is not a packed array', () => {
    expect(() => packArray([-1])).toThrow(RangeError);
    expect(() => packArray([2 ** 31])).toThrow(RangeError);
    expect(() => packArray([0.5, NaN])).toThrow(RangeError);
    expect(() => unpackArray('AAAA')).toThrow(/packed/);
    expect(() => unpackArray(['f64', 'AAAA'])).toThrow(/packed/);
  });
});
