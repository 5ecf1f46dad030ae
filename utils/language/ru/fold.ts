/**
 * Cyrillic folding (Russian, Kazakh): letter case, and ё written as е (Russian prints ё as е
 * most of the time). Other letters with diacritics (й, Kazakh ә ғ қ ң ө ұ ү һ і) are distinct
 * letters and are kept.
 */
import { inRanges, type CodeRange } from '../language';
import type { ScriptFolder } from '../script-folder';

/** Cyrillic and Cyrillic Supplement (the code units this folder owns). */
export const CYRILLIC_SCRIPT: readonly CodeRange[] = [[0x0400, 0x052f]];

export const foldCyrillic: ScriptFolder = {
  name: 'cyrillic',
  fold(c, caseSensitive) {
    if (!inRanges(c, CYRILLIC_SCRIPT)) return undefined;
    if (c === 0x0451) return 'е'; // ё
    if (c === 0x0401) return caseSensitive ? 'Е' : 'е'; // Ё
    const s = String.fromCharCode(c);
    return caseSensitive ? s : s.toLowerCase();
  },
};
