/**
 * Base64 for the lexicon's typed arrays. Native `Uint8Array.fromBase64`/`toBase64` (Chromium
 * 140+, Firefox 133+) decode tens of megabytes in milliseconds; browsers without them get
 * `atob`/`btoa` with a byte loop, several times slower on large lexicons.
 */

interface NativeBase64 {
  fromBase64?: (text: string) => Uint8Array<ArrayBuffer>;
}
interface NativeBase64Bytes {
  toBase64?: () => string;
}

/** The bytes a base64 string encodes. */
export function bytesFromBase64(text: string): Uint8Array<ArrayBuffer> {
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
