import { afterEach, describe, expect, it, vi } from 'vitest';
import { base64Parts, bytesFromBase64, bytesToBase64 } from '../../../utils/match/base64';

const BYTES = Uint8Array.from({ length: 20_000 }, (_, i) => (i * 7919) % 256);
const BASE64 = Buffer.from(BYTES).toString('base64');

type Patched = {
  fromBase64?: unknown;
  prototype: { toBase64?: unknown; setFromBase64?: unknown };
};
const patched = Uint8Array as unknown as Patched;

describe('base64', () => {
  afterEach(() => {
    delete patched.fromBase64;
    delete patched.prototype.toBase64;
    delete patched.prototype.setFromBase64;
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

  it('encodes with the native toBase64 where it exists', () => {
    const toBase64 = vi.fn(function (this: Uint8Array) {
      return Buffer.from(this).toString('base64');
    });
    patched.prototype.toBase64 = toBase64;
    expect(bytesToBase64(BYTES)).toBe(BASE64);
    expect(toBase64).toHaveBeenCalledOnce();
  });

  it('decodes into one array of the exact size where setFromBase64 exists', () => {
    const fromBase64 = vi.fn(() => {
      throw new Error('not this one');
    });
    const setFromBase64 = vi.fn(function (this: Uint8Array, text: string) {
      const decoded = Buffer.from(text, 'base64');
      this.set(decoded);
      return { read: text.length, written: decoded.length };
    });
    patched.fromBase64 = fromBase64;
    patched.prototype.setFromBase64 = setFromBase64;
    for (const length of [0, 1, 2, 3, 20_000]) {
      const bytes = bytesFromBase64(Buffer.from(BYTES.subarray(0, length)).toString('base64'));
      expect(bytes).toEqual(BYTES.subarray(0, length));
      expect(bytes.buffer.byteLength).toBe(length);
    }
    expect(bytesFromBase64(base64Parts(BASE64, 400))).toEqual(BYTES);
    expect(setFromBase64).toHaveBeenCalledTimes(5 + Math.ceil(BASE64.length / 400));
    expect(fromBase64).not.toHaveBeenCalled();
  });

  it('decodes base64 given in parts, natively or not', () => {
    const parts = base64Parts(BASE64, 4000);
    expect(parts.length).toBe(Math.ceil(BASE64.length / 4000));
    expect(parts.join('')).toBe(BASE64);
    expect(bytesFromBase64(parts)).toEqual(BYTES); // Node 20: the atob fallback, part by part
    expect(bytesFromBase64([])).toEqual(new Uint8Array(0));
  });
});
