/** Arabic: folding of marks and letter forms. */
import type { Language } from '../language';
import { ARABIC_SCRIPT, foldArabic } from './fold';

export const arabic: Language = {
  code: 'ar',
  ranges: ARABIC_SCRIPT,
  folder: foldArabic,
};
