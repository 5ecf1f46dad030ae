import { describe, expect, it } from 'vitest';
import { foldKey } from '../../../../utils/text/fold';

describe('foldKey: Latin', () => {
  it.each([
    ['case', 'Wang Yi', 'wang yi'],
    ['accents', 'Nurtléu', 'nurtleu'],
    ['ß', 'Straße', 'strasse'],
    ['ø', 'Ørsted', 'orsted'],
  ])('folds %s: %s → %s', (_rule, input, expected) => {
    expect(foldKey(input)).toBe(expected);
  });
});
