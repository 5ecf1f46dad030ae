/**
 * Typed arrays of non-negative integers as JSON: the narrowest of Uint8/Uint16/Int32 that holds
 * every value, its bytes in base64. Most of the lexicon's values are small (class ids, counts,
 * key lengths), so this sends a fraction of the bytes an Int32Array would.
 */
import { bytesFromBase64, bytesToBase64 } from './base64';

const KINDS = { u8: Uint8Array, u16: Uint16Array, i32: Int32Array } as const;
type Kind = keyof typeof KINDS;

/** An array of non-negative integers below 2³¹. */
export type UintArray = Uint8Array | Uint16Array | Int32Array;

/** The JSON form: the element type and the bytes in base64. */
export type PackedArray = [Kind, string];

/** Packs an array of non-negative integers below 2³¹ (others throw). */
export function packArray(array: ArrayLike<number>): PackedArray {
  let max = 0;
  for (let i = 0; i < array.length; i++) {
    const value = array[i]!;
    if (!(value >= 0 && value < 2 ** 31)) throw new RangeError(`cannot pack ${value}`);
    if (value > max) max = value;
  }
  const kind: Kind = max < 2 ** 8 ? 'u8' : max < 2 ** 16 ? 'u16' : 'i32';
  return [kind, bytesToBase64(new KINDS[kind](array))];
}

/** Unpacks a `packArray` result into its narrow type (any of the three). */
export function unpackArray(packed: unknown): UintArray {
  if (!Array.isArray(packed) || typeof packed[1] !== 'string' || !Object.hasOwn(KINDS, packed[0]))
    throw new TypeError('not a packed array');
  return new KINDS[packed[0] as Kind](bytesFromBase64(packed[1]).buffer);
}

/** Unpacks into `Type`, widening (native copy) when the packed type is narrower. */
export function unpackArrayAs(packed: unknown, Type: new (length: number) => UintArray): UintArray {
  const narrow = unpackArray(packed);
  if (narrow instanceof Type) return narrow;
  const wide = new Type(narrow.length);
  wide.set(narrow);
  return wide;
}
