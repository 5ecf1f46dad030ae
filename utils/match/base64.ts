/**
 * Base64 for the lexicon's typed arrays. Native `Uint8Array.prototype.setFromBase64`/`toBase64`
 * (Chromium 140+, Firefox 133+) decode tens of megabytes in milliseconds; browsers without them
 * get `atob`/`btoa` with a byte loop, several times slower on large lexicons. Decoding goes into
 * an array of the exact size: Chromium's `Uint8Array.fromBase64` of a string over ~512 KB cost
 * twice what allocating and filling its bytes does (1.1 MB: 8.8 ms against 3.4 ms for
 * `setFromBase64` into a new array, in the bench page), as if it filled a second buffer.
 */

interface NativeBase64 {
  fromBase64?: (text: string) => Uint8Array<ArrayBuffer>;
}
interface NativeBase64Bytes {
  toBase64?: () => string;
  setFromBase64?: (text: string) => { read: number; written: number };
}

/** The bytes a base64 string encodes. */
export function bytesFromBase64(text: string): Uint8Array<ArrayBuffer> {
  const setFrom = (Uint8Array.prototype as NativeBase64Bytes).setFromBase64;
  if (typeof setFrom === 'function') {
    const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
    const bytes = new Uint8Array(Math.floor((text.length * 3) / 4) - padding);
    const { written } = setFrom.call(bytes, text);
    return written === bytes.length ? bytes : bytes.subarray(0, written); // whitespace in text
  }
  const native = (Uint8Array as NativeBase64).fromBase64;
  if (typeof native === 'function') return native.call(Uint8Array, text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The base64 string of a typed array's bytes. */
export function bytesToBase64(array: ArrayBufferView): string {
  const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
  const native = (bytes as NativeBase64Bytes).toBase64;
  if (typeof native === 'function') return native.call(bytes);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 8192)
    binary += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return btoa(binary);
}
