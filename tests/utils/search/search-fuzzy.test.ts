import { describe, expect, it } from 'vitest';
import { createSearchIndex, search } from '../../../utils/search/search';
import { ENTRIES } from './search-fixture';

const index = createSearchIndex(ENTRIES);

describe('fuzzy search finds typos and transliteration variants', () => {
  it.each([
    ['a Latin letter swapped', 'Nurtlev', 'murat-nurtleu', 'Nurtléu'],
    ['a transliteration without y', 'Tokaev', 'kassym-jomart-tokayev', 'Tokayev'],
    [
      'a misspelt last word',
      'Shanghai Cooperation Organisaton',
      'shanghai-cooperation-organisation',
      'Shanghai Cooperation Organisation',
    ],
    ['an Arabic letter swapped', 'نورتلف', 'murat-nurtleu', 'نورتلو'],
    ['an Arabic dot slip (ب for ي)', 'الصبن', 'china', 'الصين'],
    ['an Arabic typo behind a proclitic', 'والصبن', 'china', 'الصين'],
    ['a Russian letter swapped', 'Нуртлев', 'murat-nurtleu', 'Нуртлеу'],
    ['a Chinese homophone', '托卡也夫', 'kassym-jomart-tokayev', '托卡耶夫'],
    ['a doubled letter', 'Tokayevv', 'kassym-jomart-tokayev', 'Tokayev'],
  ])('%s: %s', (_typo, query, id, name) => {
    expect(search(index, query)[0]).toMatchObject({
      entryId: id,
      kind: 'fuzzy',
      matchedName: name,
    });
  });

  it('finds the American spelling exactly: the English rules generate it', () => {
    expect(search(index, 'Shanghai Cooperation Organization')[0]).toMatchObject({
      entryId: 'shanghai-cooperation-organisation',
      kind: 'exact',
    });
  });

  it('scores fuzzy hits between 0 and 1, better hits first', () => {
    const scores = search(index, 'الصبن').map((r) => r.score);
    expect(scores.every((s) => s > 0 && s < 1)).toBe(true);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
  });
});

describe('fuzzy search does not match everything', () => {
  it.each([
    ['an English word', 'xylophone'],
    ['another English word', 'quantum'],
    ['a city not in the knowledge base', 'Bratislava'],
    ['a Russian word that differs from a name by a hyphen', 'кошка'],
    ['an Arabic word', 'مستشفى'],
    ['a Chinese city not in the knowledge base', '北京'],
    ['a transposition in a short word', 'Wnag'],
  ])('%s: %s', (_what, query) => {
    expect(search(index, query)).toEqual([]);
  });

  it('tries a stripped proclitic fuzzily only where typos are allowed', () => {
    // «انغ» (وانغ without و) is inside «شانغهاي»; that is not what «وانغ» asks for.
    expect(search(index, 'وانغ').map((r) => r.kind)).toEqual(['exact', 'prefix']);
  });
});
