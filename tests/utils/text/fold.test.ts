import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldKey, foldsTo, keysCollide } from '../../../utils/text/fold';

describe('foldKey: script-independent rules', () => {
  it.each([
    ['decomposed accents', 'Nurtle\u0301u', 'nurtleu'],
    ['curly apostrophe', 'People’s Daily', "people's daily"],
    ['modifier apostrophe', 'Xiʼan', "xi'an"],
    ['en dash', 'China–Kazakhstan', 'china-kazakhstan'],
    ['non-breaking hyphen', 'China\u2011Kazakhstan', 'china-kazakhstan'],
    ['soft hyphen', 'Kazakh\u00adstan', 'kazakhstan'],
    ['zero-width space', 'Kazakh\u200bstan', 'kazakhstan'],
    ['NBSP and repeated spaces', 'Wang\u00a0\u00a0  Yi', 'wang yi'],
    ['leading and trailing spaces', '  Wang Yi ', 'wang yi'],
    ['ideographic space', '王毅\u3000外长', '王毅 外长'],
  ])('folds %s: %s → %s', (_rule, input, expected) => {
    expect(foldKey(input)).toBe(expected);
  });

  it('keeps case when asked (case-sensitive aliases)', () => {
    expect(foldKey('ＳＣＯ', { caseSensitive: true })).toBe('SCO');
    expect(foldKey('Nurtléu', { caseSensitive: true })).toBe('Nurtleu');
  });
});

describe('keysCollide', () => {
  it.each([
    [{ text: 'الصين' }, { text: 'الصِّين' }, true],
    [{ text: 'SCO', caseSensitive: true }, { text: 'sco' }, true],
    [{ text: 'SCO', caseSensitive: true }, { text: 'Sco', caseSensitive: true }, false],
    [{ text: 'Wang Yi' }, { text: 'Wang' }, false],
  ])('%o vs %o → %s', (a, b, expected) => {
    expect(keysCollide(a, b)).toBe(expected);
  });
});

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
