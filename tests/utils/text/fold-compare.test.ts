import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldKey } from '../../../utils/text/fold';
import { foldsTo } from '../../../utils/text/fold-compare';

describe('foldsTo', () => {
  const text = fc
    .array(fc.constantFrom('a', 'B', 'é', ' ', '\u00a0', '\u200b', 'ß', 'İ', '\u0301', '-'), {
      maxLength: 12,
    })
    .map((c) => c.join(''));

  it('says whether a span folds to a key exactly as foldKey folds it (case kept or not)', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), fc.boolean(), text, (s, a, b, caseSensitive, other) => {
        const from = Math.min(a, b) % (s.length + 1);
        const to = from + (Math.max(a, b) % (s.length + 1 - from));
        const options = { caseSensitive };
        const key = foldKey(s.slice(from, to), options);
        expect(foldsTo(s, from, to, key, options)).toBe(true);
        expect(foldsTo(s, from, to, foldKey(other, options), options)).toBe(
          foldKey(other, options) === key,
        );
      }),
    );
  });

  it('keeps case only when asked', () => {
    expect(foldsTo('the SCO met', 4, 7, 'SCO', { caseSensitive: true })).toBe(true);
    expect(foldsTo('the sco met', 4, 7, 'SCO', { caseSensitive: true })).toBe(false);
    expect(foldsTo('the SCO met', 3, 8, 'sco')).toBe(true); // spaces around trimmed
  });
});
