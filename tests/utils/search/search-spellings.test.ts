import { describe, expect, it } from 'vitest';
import { createSearchIndex, search } from '../../../utils/search/search';
import { ENTRIES } from './search-fixture';

const index = createSearchIndex(ENTRIES);

describe('search finds names however they are written', () => {
  it.each([
    ['Arabic with diacritics', 'الصِّينُ', 'china'],
    ['Arabic with tatweel', 'الصـــين', 'china'],
    ['Arabic with و', 'والصين', 'china'],
    ['Arabic with ب', 'بالصين', 'china'],
    ['Arabic with و + ب', 'وبالصين', 'china'],
    ['Arabic with لل (ل + the article)', 'للصين', 'china'],
    ['Arabic with ل on a bare noun', 'لنورتلو', 'murat-nurtleu'],
    ['Arabic hamza left out', 'الماتي', 'almaty'],
    ['Arabic hamza as madda', 'آلماتي', 'almaty'],
    ['Latin in lower case', 'nurtleu', 'murat-nurtleu'],
    ['Latin with an accent', 'Nurtléu', 'murat-nurtleu'],
    ['Latin with a decomposed accent', 'Nurtle\u0301u', 'murat-nurtleu'],
    ['a hyphen written as a space', 'Kassym Jomart Tokayev', 'kassym-jomart-tokayev'],
    ['full-width Latin', 'ＳＣＯ', 'shanghai-cooperation-organisation'],
    ['a case-sensitive acronym in lower case', 'sco', 'shanghai-cooperation-organisation'],
    ['Russian ё written е', 'Желтое море', 'yellow-sea'],
    ['Russian in capitals', 'ШОС', 'shanghai-cooperation-organisation'],
    ['Chinese', '习近平', 'xi-jinping'],
    ['traditional Chinese', '習近平', 'xi-jinping'],
    ['a search-only Arabic name', 'شي', 'xi-jinping'],
    ['a search-only, case-sensitive English name', 'Xi', 'xi-jinping'],
  ])('%s: %s', (_how, query, id) => {
    expect(search(index, query)[0]).toMatchObject({ entryId: id, kind: 'exact' });
  });
});
