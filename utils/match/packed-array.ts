/**
 * Typed arrays of non-negative integers as JSON: all of them in one base64 string, with a small
 * directory of names, element types and lengths. A content script decodes the string once and
 * takes each array as a view on the decoded bytes, so it allocates one buffer and copies nothing:
 * in Chromium, touching freshly allocated ArrayBuffer memory costs ~3 ms a megabyte and each
 * allocation ~0.1 ms more, which made ready cost what it allocated. Hence an array is packed in
 * the type its reader wants (no widening copy at the other end), or, where the reader takes any
 * (`'narrow'`), in the narrowest of Uint8/Uint16/Int32 that holds its values.
 */
import { base64Parts, bytesFromBase64, bytesToBase64 } from './base64';

const KINDS = { u8: Uint8Array, u16: Uint16Array, i32: Int32Array } as const;
type Kind = keyof typeof KINDS;
/** Values each kind holds: [0, limit). */
const LIMIT: Record<Kind, number> = { u8: 2 ** 8, u16: 2 ** 16, i32: 2 ** 31 };

/** An array of non-negative integers below 2³¹. */
export type UintArray = Uint8Array | Uint16Array | Int32Array;

/** The element type an array is packed in: one of the three, or the narrowest that fits. */
export type PackAs = Kind | 'narrow';

/**
 * The JSON form: every array's bytes in one base64 text (in parts of 256K characters, which
 * JSON.parse reads 20 times faster than one long string), then each one's name, kind, length.
 * Where messages are structured-cloned (Firefox, Chrome with `message_serialization`), the bytes
 * travel as they are (`packedAsBytes`): no base64 to decode where they arrive.
 */
export interface PackedArrays {
  bytes: string[] | Uint8Array<ArrayBuffer>;
  arrays: [name: string, kind: Kind, length: number][];
}

/** Arrays start at multiples of 4 bytes, so that an Int32Array view can sit on any of them. */
const align = (offset: number) => (offset + 3) & ~3;

/** Packs named arrays of non-negative integers (a value its kind cannot hold throws). */
export function packArrays(
  arrays: Record<string, [values: ArrayLike<number>, as: PackAs]>,
): PackedArrays {
  const directory: PackedArrays['arrays'] = [];
  let size = 0;
  for (const [name, [values, as]] of Object.entries(arrays)) {
    const max = maxOf(values);
    const kind = as !== 'narrow' ? as : max < LIMIT.u8 ? 'u8' : max < LIMIT.u16 ? 'u16' : 'i32';
    if (max >= LIMIT[kind]) throw new RangeError(`cannot pack ${max} as ${kind} (${name})`);
    directory.push([name, kind, values.length]);
    size = align(size) + values.length * KINDS[kind].BYTES_PER_ELEMENT;
  }
  const buffer = new ArrayBuffer(align(size));
  let offset = 0;
  for (const [name, kind, length] of directory) {
    new KINDS[kind](buffer, offset, length).set(arrays[name]![0]);
    offset = align(offset + length * KINDS[kind].BYTES_PER_ELEMENT);
  }
  return { bytes: base64Parts(bytesToBase64(new Uint8Array(buffer))), arrays: directory };
}

/**
 * The same packed arrays with their bytes decoded (one buffer of its own, at offset 0): the form
 * sent where messages are structured-cloned. Decoded once per lexicon by the background.
 */
export function packedAsBytes(packed: PackedArrays): PackedArrays {
  const { bytes, arrays } = packed;
  return { bytes: isBytes(bytes) ? bytes : bytesFromBase64(bytes), arrays };
}

/**
 * Unpacks `packArrays` or `packedAsBytes` output: views on one buffer, by name (the base64 text
 * decoded, or the bytes as they arrived).
 */
export function unpackArrays(packed: unknown): Record<string, UintArray> {
  const { bytes, arrays } = (packed ?? {}) as Partial<PackedArrays>;
  const text = Array.isArray(bytes) && bytes.every((part) => typeof part === 'string');
  if (!(text || isBytes(bytes)) || !Array.isArray(arrays)) throw new TypeError('not packed arrays');
  const decoded = isBytes(bytes) ? bytes : bytesFromBase64(bytes as string[]);
  const { buffer } = decoded;
  const out: Record<string, UintArray> = {};
  let offset = decoded.byteOffset;
  for (const entry of arrays as unknown[]) {
    const [name, kind, length] = Array.isArray(entry) ? (entry as unknown[]) : [];
    if (typeof name !== 'string' || typeof kind !== 'string' || !Object.hasOwn(KINDS, kind))
      throw new TypeError('not packed arrays');
    const Type = KINDS[kind as Kind];
    // A length that does not fit the bytes throws RangeError here.
    out[name] = new Type(buffer, offset, Number(length));
    offset = align(offset + out[name].byteLength);
  }
  return out;
}

/**
 * A Uint8Array, of this realm or another (a message is cloned into the receiver's realm, but a
 * Firefox content script's globals are not the page's: the tag holds where instanceof may not).
 */
export function isBytes(value: unknown): value is Uint8Array<ArrayBuffer> {
  return Object.prototype.toString.call(value) === '[object Uint8Array]';
}

function maxOf(values: ArrayLike<number>): number {
  let max = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (!(value >= 0 && value < 2 ** 31 && Number.isInteger(value)))
      throw new RangeError(`cannot pack ${value}`);
    if (value > max) max = value;
  }
  return max;
}
