/** Arabic words too ordinary to highlight as names (folded forms). */
import type { AliasSafety } from '../language';

export const aliasSafety: AliasSafety = {
  // Particles and very frequent short words (شي alone means "thing").
  commonWords: [
    'شي',
    'في',
    'من',
    'علي',
    'الي',
    'عن',
    'مع',
    'ان',
    'او',
    'ما',
    'لا',
    'هذا',
    'هذه',
    'التي',
    'الذي',
    'كل',
    'بين',
    'قد',
    'هو',
    'هي',
    'يي',
    'دول',
    'الدول',
    'الجوار',
    'التعاون',
    'الرئيس',
    'وزير',
  ],
};
