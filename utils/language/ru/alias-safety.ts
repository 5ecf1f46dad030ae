/** Russian words too ordinary to highlight as names (folded forms). */
import type { AliasSafety } from '../language';

export const aliasSafety: AliasSafety = {
  commonWords: ['и', 'в', 'на', 'с', 'по', 'не', 'что', 'как', 'для', 'это', 'все'],
};
