/** English words too ordinary to highlight as names (folded forms). */
import type { AliasSafety } from '../language';

export const aliasSafety: AliasSafety = {
  commonWords: [
    'the',
    'and',
    'of',
    'in',
    'on',
    'at',
    'to',
    'for',
    'is',
    'it',
    'as',
    'by',
    'with',
    'from',
    'that',
    'this',
    'new',
    'one',
    'all',
    'not',
    'but',
    'are',
    'was',
  ],
};
