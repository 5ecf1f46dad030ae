/** Arabic: folding of marks and letter forms, and the proclitics glued to names. */
import type { Language } from '../language';
import { aliasSafety } from './alias-safety';
import { dates } from './dates';
import { clitics } from './clitics';
import { ARABIC_SCRIPT, foldArabic } from './fold';
import { nameVariants } from './name-variants';
import { queryVariants } from './query-variants';
import { titles } from './titles';

export const arabic: Language = {
  code: 'ar',
  ranges: ARABIC_SCRIPT,
  folder: foldArabic,
  clitics,
  queryVariants,
  nameVariants,
  titles,
  aliasSafety,
  dates,
};
