/**
 * Chinese: full-width forms, Han written without spaces between words (so a name is not a
 * mention where its characters belong to other words: word-contexts.ts), and the regional names
 * of countries (name-variants.ts, where lexicons are built).
 */
import type { Language } from '../language';
import { aliasSafety } from './alias-safety';
import { dates } from './dates';
import { CJK_SCRIPT, UNSPACED, foldCjk } from './fold';
import { nameVariants } from './name-variants';
import { surnameFirst } from './names';
import { chineseTable } from './tables';
import { insideChineseWord } from './word-contexts';

export const chinese: Language = {
  code: 'zh',
  ranges: CJK_SCRIPT,
  folder: foldCjk,
  foldTable: chineseTable,
  unspaced: UNSPACED,
  insideWord: insideChineseWord,
  nameVariants,
  surnameFirst,
  aliasSafety,
  dates,
};
