import { describe, expect, it } from 'vitest';
import { queryVariants } from '../../../../utils/language/ar/query-variants';
import { searchKey } from '../../../../utils/search/search-key';

describe('queryVariants (Arabic)', () => {
  it.each([
    ['the conjunction و', 'والصين', ['الصين']],
    ['the conjunction ف', 'فالصين', ['الصين']],
    ['the preposition ب', 'بكازاخستان', ['كازاخستان']],
    ['the preposition ك', 'كالصين', ['الصين']],
    ['the preposition ل on a bare noun', 'لكازاخستان', ['كازاخستان']],
    ['a chain و + ب', 'وبالصين', ['بالصين', 'الصين']],
    ['لل for ل + the article', 'للصين', ['الصين', 'اللصين', 'لصين']],
    ['لل for ل + an article whose noun starts with ل', 'للجنة', ['الجنه', 'اللجنه', 'لجنه']],
    ['و + لل', 'وللصين', ['للصين', 'الصين', 'اللصين', 'لصين']],
  ])('strips %s: %s → %j', (_rule, query, variants) => {
    expect(queryVariants(searchKey(query))).toEqual(variants);
  });

  it.each([
    ['a word without proclitics', 'الصين'],
    ['a Latin word', 'bank'],
    ['a Cyrillic word', 'вода'],
    ['a proclitic alone', 'و'],
    ['a proclitic with one letter after it', 'وا'],
  ])('gives no variants for %s: %s', (_rule, query) => {
    expect(queryVariants(searchKey(query))).toEqual([]);
  });
});
