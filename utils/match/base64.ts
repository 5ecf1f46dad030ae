/**
 * Base64 for the lexicon's typed arrays. Native `Uint8Array.prototype.setFromBase64`/`toBase64`
 * (Chromium 140+, Firefox 133+) decode tens of megabytes in milliseconds; browsers without them
 * get `atob`/`btoa` with a byte loop, several times slower on large lexicons. Decoding goes into
 * an array of the exact size, made before decoding: Chromium's `Uint8Array.fromBase64` of a string over ~512 KB cost
 * twice what allocating and filling its bytes does (1.1 MB: 8.8 ms against 3.4 ms for
 * `setFromBase64` into a new array, in the bench page), as if it filled a second buffer.
 */

interface NativeBase64Bytes {
  toBase64?: () => string;
  setFromBase64?: (text: string) => { read: number; written: number };
}

/**
 * The bytes base64 text encodes, given whole or in parts (each but the last a multiple of 4
 * characters long: the parts of one base64 string, see `base64Parts`), decoded into one array.
 * `Uint8Array.fromBase64` is not used: it ships with `setFromBase64` and costs more (above).
 */
export function bytesFromBase64(text: string | readonly string[]): Uint8Array<ArrayBuffer> {
  const parts = typeof text === 'string' ? [text] : text;
  let length = 0;
  for (const part of parts) length += decodedLength(part);
  const bytes = new Uint8Array(length);
  const setFrom = (Uint8Array.prototype as NativeBase64Bytes).setFromBase64;
  let written = 0;
  for (const part of parts) {
    if (typeof setFrom === 'function') {
      written += setFrom.call(bytes.subarray(written), part).written;
      continue;
    }
    const binary = atob(part);
    for (let i = 0; i < binary.length; i++) bytes[written++] = binary.charCodeAt(i);
  }
  return written === length ? bytes : bytes.subarray(0, written); // whitespace in the text
}

function decodedLength(text: string): number {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return Math.floor((text.length * 3) / 4) - padding;
}

/**
 * Base64 text cut into parts of at most 2¹⁸ characters (a multiple of 4: each part decodes
 * alone). Chromium's JSON.parse of one 1.37 MB string took 4.2 ms in the bench page, of the same
 * text in parts of 256K characters 0.2 ms.
 */
export function base64Parts(text: string, size = 2 ** 18): string[] {
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += size) parts.push(text.slice(i, i + size));
  return parts;
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
