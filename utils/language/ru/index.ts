/** Russian: the Cyrillic script's folding (case, ё as е), which Kazakh names share; case forms of names. */
import type { Language } from '../language';
import { aliasSafety } from './alias-safety';
import { dates } from './dates';
import { CYRILLIC_SCRIPT, foldCyrillic } from './fold';
import { nameVariants } from './name-variants';
import { titles } from './titles';

export const russian: Language = {
  code: 'ru',
  ranges: CYRILLIC_SCRIPT,
  folder: foldCyrillic,
  nameVariants,
  titles,
  aliasSafety,
  dates,
};
