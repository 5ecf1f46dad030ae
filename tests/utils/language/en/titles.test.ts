import { describe, expect, it } from 'vitest';
import { titles } from '../../../../utils/language/en/titles';
import { afterTitle } from '../../../../utils/match/short-forms';

describe('English titles (issue 15, family 3: a short form after a title names the person)', () => {
  it.each([
    ['President Xi', true],
    ['Vice-President Han', true],
    ['Premier Li', true],
    ['Foreign Minister Wang', true],
    ['Secretary Blinken', true],
    ['Ambassador Zhang', true],
    ['Mr Tokayev', true],
    ['Mrs. Wang', true],
    ['Dr Li', true],
    ['the president, Xi', false],
    ['Chinese Xi', false],
    ['Presidential Xi', false],
    ['Xi', false],
  ])('%s: %s', (text, expected) => {
    expect(afterTitle(text, text.lastIndexOf(' ') + 1)).toBe(expected);
  });

  it('lists titles as written before a name, capitalised', () => {
    for (const title of titles) expect(title[0]).toBe(title[0]!.toUpperCase());
  });
});
