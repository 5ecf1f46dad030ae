import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledJson as bundled } from '../../fixtures/bundled-kb';
import { canonicalJson, contentHash, fnv1a64 } from '../../../utils/knowledge-base/content-hash';

/** The textbook FNV-1a 64 with BigInt, to check the two-halves version against. */
function referenceFnv1a64(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    hash = ((hash ^ BigInt(byte)) * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

describe('fnv1a64', () => {
  it('matches the published FNV-1a 64 test vectors', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });

  it('agrees with a BigInt implementation on any text, Arabic and CJK included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(fnv1a64(text)).toBe(referenceFnv1a64(text));
      }),
    );
  });
});

describe('contentHash', () => {
  it('is the same whatever the key order', () => {
    expect(contentHash({ a: 1, b: { c: [1, 2], d: 'x' } })).toBe(
      contentHash({ b: { d: 'x', c: [1, 2] }, a: 1 }),
    );
    expect(canonicalJson({ b: 1, a: [{ d: 1, c: 2 }] })).toBe('{"a":[{"c":2,"d":1}],"b":1}');
  });

  it('changes when any value changes, including array order', () => {
    const changed = structuredClone(bundled);
    changed.entries[0]!.summary.en += ' ';
    expect(contentHash(changed)).not.toBe(contentHash(bundled));
    expect(contentHash({ a: [1, 2] })).not.toBe(contentHash({ a: [2, 1] }));
  });

  it('names the algorithm in the version', () => {
    expect(contentHash(bundled)).toMatch(/^fnv1a64:[0-9a-f]{16}$/);
  });
});
