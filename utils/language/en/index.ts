/** English: the Latin script's folding (case, accents). */
import type { Language } from '../language';
import { aliasSafety } from './alias-safety';
import { dates } from './dates';
import { LATIN_SCRIPT, foldLatin } from './fold';
import { nameVariants } from './name-variants';
import { titles } from './titles';

export const english: Language = {
  code: 'en',
  ranges: LATIN_SCRIPT,
  folder: foldLatin,
  nameVariants,
  titles,
  aliasSafety,
  dates,
};
