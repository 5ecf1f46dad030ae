import { describe, expect, it } from 'vitest';
import { packArrays, packedAsBytes, unpackArrays } from '../../../utils/match/packed-array';

const kinds = (packed: ReturnType<typeof packArrays>) => packed.arrays.map(([, kind]) => kind);
const viaJson = (packed: unknown) => JSON.parse(JSON.stringify(packed)) as unknown;

describe('packed arrays', () => {
  it('picks the narrowest type that holds every value where asked to', () => {
    const packed = packArrays({
      a: [[0, 255], 'narrow'],
      b: [[0, 256], 'narrow'],
      c: [new Int32Array([65535]), 'narrow'],
      d: [[65536], 'narrow'],
      e: [[], 'narrow'],
    });
    expect(kinds(packed)).toEqual(['u8', 'u16', 'u16', 'i32', 'u8']);
  });

  it('packs in the asked type, so the other end gets it without a copy', () => {
    const packed = packArrays({ small: [[1, 2], 'i32'], wide: [[3], 'u16'] });
    expect(kinds(packed)).toEqual(['i32', 'u16']);
    const { small, wide } = unpackArrays(viaJson(packed));
    expect(small).toStrictEqual(Int32Array.from([1, 2]));
    expect(wide).toStrictEqual(Uint16Array.from([3]));
  });

  it('round-trips through JSON as views on one buffer, each aligned for its type', () => {
    const values: Parameters<typeof packArrays>[0] = {
      bytes: [[1, 2, 3], 'narrow'],
      halves: [[0, 7, 300, 65535], 'narrow'],
      odd: [[9], 'u8'],
      words: [[2 ** 31 - 1, 1], 'narrow'],
    };
    const restored = unpackArrays(viaJson(packArrays(values)));
    for (const [name, [array]] of Object.entries(values))
      expect(Array.from(restored[name]!)).toEqual(array);
    expect(restored.halves).toBeInstanceOf(Uint16Array);
    expect(restored.words).toBeInstanceOf(Int32Array);
    const buffers = new Set(Object.values(restored).map((array) => array.buffer));
    expect(buffers.size).toBe(1);
    for (const array of Object.values(restored)) expect(array.byteOffset % 4).toBe(0);
  });

  it('refuses values it cannot pack and input that is not packed arrays', () => {
    expect(() => packArrays({ a: [[-1], 'narrow'] })).toThrow(RangeError);
    expect(() => packArrays({ a: [[2 ** 31], 'narrow'] })).toThrow(RangeError);
    expect(() => packArrays({ a: [[0.5, NaN], 'narrow'] })).toThrow(RangeError);
    expect(() => packArrays({ a: [[256], 'u8'] })).toThrow(/cannot pack 256 as u8/);
    expect(() => packArrays({ a: [[65536], 'u16'] })).toThrow(RangeError);
    expect(() => unpackArrays('AAAA')).toThrow(/packed/);
    expect(() => unpackArrays({ bytes: 'AAAA', arrays: [] })).toThrow(/packed/);
    expect(() => unpackArrays({ bytes: ['AAAA'], arrays: [['a', 'f64', 1]] })).toThrow(/packed/);
    expect(() => unpackArrays({ bytes: ['AAAA'], arrays: [['a', 'i32', 2]] })).toThrow(RangeError);
  });

  it('sends the bytes in parts of 256K characters, decoded into one buffer', () => {
    const values = Uint8Array.from({ length: 300_000 }, (_, i) => (i * 31) % 256);
    const packed = packArrays({ values: [values, 'u8'] });
    expect((packed.bytes as string[]).map((part) => part.length)).toEqual([
      2 ** 18,
      400_000 - 2 ** 18,
    ]);
    expect(unpackArrays(viaJson(packed)).values).toStrictEqual(values);
  });

  it('sends its bytes decoded where messages are cloned, and takes views on them as they arrive', () => {
    const values: Parameters<typeof packArrays>[0] = {
      odd: [[9, 8, 7], 'u8'],
      words: [[2 ** 31 - 1, 1], 'i32'],
    };
    const bytes = packedAsBytes(packArrays(values));
    expect(bytes.bytes).toBeInstanceOf(Uint8Array);
    expect(packedAsBytes(bytes)).toEqual(bytes);
    const arrived = structuredClone(bytes);
    const restored = unpackArrays(arrived);
    expect(Array.from(restored.odd!)).toEqual([9, 8, 7]);
    expect(restored.words).toStrictEqual(Int32Array.from([2 ** 31 - 1, 1]));
    // No copy: the arrays are views on the buffer that arrived.
    for (const array of Object.values(restored))
      expect(array.buffer).toBe((arrived.bytes as Uint8Array).buffer);
    // What JSON makes of bytes (an object of indexes) is refused, not misread.
    expect(() => unpackArrays(viaJson(bytes))).toThrow(/packed/);
  });
});
