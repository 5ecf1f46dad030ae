import { describe, expect, it } from 'vitest';
import { mentionStart } from '../../../utils/match/boundaries';
import { PatternFlag } from '../../../utils/match/pattern-flags';
import { foldText } from '../../../utils/text/fold';

/** mentionStart of the key found at `keyStart` in `text` (folded). */
const startOf = (text: string, keyStart: number, flags: number, bareArticle = false) =>
  mentionStart(foldText(text).codes, keyStart, flags, bareArticle);

describe('mentionStart', () => {
  it('starts a mention where its key starts a word', () => {
    expect(startOf('Astana', 0, 0)).toBe(0);
    expect(startOf('in Astana', 3, 0)).toBe(3);
    // Letters of two languages are two words: بـ before a Latin key does not glue to it.
    expect(startOf('بUN', 1, PatternFlag.Clitics)).toBe(1);
  });

  it('refuses a key inside a word of a language without clitics', () => {
    expect(startOf('Scotland', 1, 0)).toBe(-1);
    expect(startOf('Scotland', 1, PatternFlag.Clitics)).toBe(-1);
    expect(startOf('Москва', 1, PatternFlag.Clitics)).toBe(-1);
  });

  it('takes the clitics of an Arabic key into its mention, and only when the key allows them', () => {
    // و + ب before الصين (a key with the article): the mention starts at و.
    const flags = PatternFlag.Clitics | PatternFlag.Article;
    expect(startOf('وبالصين', 2, flags)).toBe(0);
    expect(startOf('وبالصين', 2, PatternFlag.Article)).toBe(-1);
    // Three letters that are no clitic chain (قال) before the key: inside another word.
    expect(startOf('قالالصين', 3, flags)).toBe(-1);
  });

  it('wants a spelling that occurs only after a clitic to follow one', () => {
    expect(startOf('لصين', 0, PatternFlag.AfterClitic)).toBe(-1);
    expect(startOf(' لصين', 1, PatternFlag.AfterClitic | PatternFlag.Clitics)).toBe(-1);
    expect(startOf('للصين', 1, PatternFlag.AfterClitic | PatternFlag.Clitics)).toBe(0);
  });
});
