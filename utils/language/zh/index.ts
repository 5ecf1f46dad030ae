/** Chinese: full-width forms, and Han written without spaces between words. */
import type { Language } from '../language';
import { aliasSafety } from './alias-safety';
import { dates } from './dates';
import { CJK_SCRIPT, UNSPACED, foldCjk } from './fold';
import { surnameFirst } from './names';
import { hanVariantTable } from './simplified';

export const chinese: Language = {
  code: 'zh',
  ranges: CJK_SCRIPT,
  folder: foldCjk,
  foldTable: hanVariantTable,
  unspaced: UNSPACED,
  surnameFirst,
  aliasSafety,
  dates,
};
