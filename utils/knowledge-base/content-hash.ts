/**
 * The data version of a knowledge base: a content hash over a canonical JSON form.
 *
 * The cache compares it with the version it stored to decide whether to re-seed, so two files
 * with the same content must hash alike whatever their key order or whitespace, and any change
 * to a value must change it. FNV-1a 64 is enough for change detection (it is not a security
 * boundary), and unlike `crypto.subtle` it is synchronous, so the background knows the bundled
 * version before any await.
 */

/** `value` as JSON with object keys sorted at every depth; arrays keep their order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

const TWO_32 = 2 ** 32;

/** FNV-1a 64 of the UTF-8 bytes of `text`, as 16 lowercase hex digits. */
export function fnv1a64(text: string): string {
  // 64-bit arithmetic in two 32-bit halves; BigInt would be several times slower on a large file.
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (const byte of new TextEncoder().encode(text)) {
    lo ^= byte;
    // hash * prime, where prime = 2^40 + 0x1b3 (mod 2^64).
    const loProduct = (lo >>> 0) * 0x1b3; // < 2^41: exact in a double
    const carry = Math.floor(loProduct / TWO_32);
    hi = (Math.imul(hi, 0x1b3) + carry + (lo << 8)) >>> 0;
    lo = loProduct >>> 0;
  }
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}

/** The data version of `value` (a knowledge base), e.g. `fnv1a64:85944171f73967e8`. */
export function contentHash(value: unknown): string {
  return `fnv1a64:${fnv1a64(canonicalJson(value))}`;
}
