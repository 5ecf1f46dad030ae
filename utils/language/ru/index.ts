/** Russian: the Cyrillic script's folding (case, ё as е), which Kazakh names share. */
import type { Language } from '../language';
import { aliasSafety } from './alias-safety';
import { CYRILLIC_SCRIPT, foldCyrillic } from './fold';

export const russian: Language = {
  code: 'ru',
  ranges: CYRILLIC_SCRIPT,
  folder: foldCyrillic,
  aliasSafety,
};
