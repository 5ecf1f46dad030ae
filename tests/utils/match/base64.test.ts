import { afterEach, describe, expect, it, vi } from 'vitest';
import { bytesFromBase64, bytesToBase64 } from '../../../utils/match/base64';

const BYTES = Uint8Array.from({ length: 20_000 }, (_, i) => (i * 7919) % 256);
const BASE64 = Buffer.from(BYTES).toString('base64');

type Patched = { fromBase64?: unknown; prototype: { toBase64?: unknown } };
const patched = Uint8Array as unknown as Patched;

describe('base64', () => {
  afterEach(() => {
    delete patched.fromBase64;
    delete patched.prototype.toBase64;
  });

  it('falls back to atob/btoa where the native methods are missing', () => {
    expect(patched.fromBase64).toBeUndefined(); // Node 20 has none: the fallback runs
    expect(bytesToBase64(BYTES)).toBe(BASE64);
    expect(bytesFromBase64(BASE64)).toEqual(BYTES);
  });

  it('encodes only the view, not the whole buffer', () => {
    const view = new Int32Array(BYTES.buffer, 8, 4);
    expect(bytesToBase64(view)).toBe(Buffer.from(BYTES.subarray(8, 24)).toString('base64'));
  });

  it('uses the native methods where they exist', () => {
    const fromBase64 = vi.fn((text: string) => new Uint8Array(Buffer.from(text, 'base64')));
    const toBase64 = vi.fn(function (this: Uint8Array) {
      return Buffer.from(this).toString('base64');
    });
    patched.fromBase64 = fromBase64;
    patched.prototype.toBase64 = toBase64;
    expect(bytesToBase64(BYTES)).toBe(BASE64);
    expect(bytesFromBase64(BASE64)).toEqual(BYTES);
    expect(fromBase64).toHaveBeenCalledOnce();
    expect(toBase64).toHaveBeenCalledOnce();
  });
});
