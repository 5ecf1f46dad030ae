import { describe, expect, it } from 'vitest';
import { highlightSegments } from '../../../utils/search/highlight-segments';

const m = (text: string) => ({ text, marked: true });
const u = (text: string) => ({ text, marked: false });

describe('highlightSegments', () => {
  it.each<[string, string, [number, number][], { text: string; marked: boolean }[]]>([
    ['no ranges', 'China', [], [u('China')]],
    ['the whole name', 'China', [[0, 5]], [m('China')]],
    ['a prefix', 'Nurtléu', [[0, 4]], [m('Nurt'), u('léu')]],
    [
      'a middle word',
      'Shanghai Cooperation Organisation',
      [[9, 20]],
      [u('Shanghai '), m('Cooperation'), u(' Organisation')],
    ],
    [
      'two ranges',
      'Tokayev',
      [
        [0, 4],
        [5, 7],
      ],
      [m('Toka'), u('y'), m('ev')],
    ],
    [
      'unordered ranges',
      'Tokayev',
      [
        [5, 7],
        [0, 4],
      ],
      [m('Toka'), u('y'), m('ev')],
    ],
    [
      'overlapping ranges',
      'abcdef',
      [
        [0, 3],
        [2, 4],
      ],
      [m('abcd'), u('ef')],
    ],
    [
      'touching ranges',
      'abcdef',
      [
        [0, 2],
        [2, 4],
      ],
      [m('abcd'), u('ef')],
    ],
    ['a range past the end', 'abc', [[1, 9]], [u('a'), m('bc')]],
    ['an empty range', 'abc', [[1, 1]], [u('abc')]],
    ['Arabic with marks', 'الصِّينُ', [[0, 5]], [m('الصِّ'), u('ينُ')]],
  ])('%s', (_case, text, ranges, segments) => {
    expect(highlightSegments(text, ranges)).toEqual(segments);
  });

  it('always concatenates back to the name', () => {
    const text = 'Kassym-Jomart Tokayev';
    for (const ranges of [
      [],
      [[0, 6]],
      [[3, 30]],
      [
        [7, 13],
        [0, 2],
      ],
    ] as [number, number][][]) {
      expect(
        highlightSegments(text, ranges)
          .map((s) => s.text)
          .join(''),
      ).toBe(text);
    }
  });
});
