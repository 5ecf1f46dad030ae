import { describe, expect, it } from 'vitest';
import { titles } from '../../../../utils/language/ru/titles';
import { afterTitle } from '../../../../utils/match/short-forms';

describe('Russian titles', () => {
  it.each(['председатель', 'председателя', 'председателем', 'президенту', 'министром', 'главы'])(
    'include %s',
    (form) => {
      expect(titles).toContain(form);
    },
  );
});

describe('Russian titles before a short form (issue 15, family 3)', () => {
  it.each([
    ['председатель Си', true],
    ['с председателем Си', true],
    ['президенту Токаеву', true],
    ['министром Ван', true],
    ['Китай Си', false],
    ['Си', false],
  ])('%s: %s', (text, expected) => {
    expect(afterTitle(text, text.lastIndexOf(' ') + 1)).toBe(expected);
  });
});
