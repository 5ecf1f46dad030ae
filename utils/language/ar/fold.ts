/**
 * Arabic folding: a name matches whatever the page adds or leaves out of diacritics, Quranic
 * marks and tatweel, and whichever spelling variant of a letter it uses (hamza seats on alef,
 * alef maqsura, ta marbuta, Persian/Urdu letter forms). Arabic-Indic digits become ASCII digits.
 */
import { inRanges, type CodeRange } from '../language';
import type { ScriptFolder } from '../script-folder';

/** Marks that are written or left out freely: tashkeel, shadda, sukun, superscript alef, Quranic signs, tatweel. */
function isOptionalMark(c: number): boolean {
  return (
    (c >= 0x0610 && c <= 0x061a) || // honorifics and Quranic marks
    (c >= 0x064b && c <= 0x065f) || // fathatan … sukun, maddah, hamza above/below
    c === 0x0640 || // tatweel (kashida)
    c === 0x0670 || // superscript (dagger) alef
    (c >= 0x06d6 && c <= 0x06dc) ||
    (c >= 0x06df && c <= 0x06e8) ||
    (c >= 0x06ea && c <= 0x06ed) ||
    (c >= 0x08d3 && c <= 0x08ff) // extended Quranic annotation marks
  );
}

/** Letter variants folded to one representative (code unit → code unit). */
const LETTER_VARIANTS = new Map<number, number>([
  [0x0622, 0x0627], // آ → ا
  [0x0623, 0x0627], // أ → ا
  [0x0625, 0x0627], // إ → ا
  [0x0671, 0x0627], // ٱ (wasla) → ا
  [0x0672, 0x0627], // ٲ → ا
  [0x0673, 0x0627], // ٳ → ا
  [0x0649, 0x064a], // ى → ي
  [0x06cc, 0x064a], // Persian ی → ي
  [0x06d2, 0x064a], // Urdu ے → ي
  [0x0629, 0x0647], // ة → ه
  [0x06c0, 0x0647], // ۀ → ه
  [0x06c1, 0x0647], // ہ → ه
  [0x0624, 0x0626], // ؤ → ئ (hamza seat spellings vary: مسؤول / مسئول)
  [0x06a9, 0x0643], // Persian ک → ك
  [0x06aa, 0x0643], // ڪ → ك
  // Persian letters for sounds Arabic lacks, typed on Persian keyboards or kept in foreign names
  // (پوتين = بوتين, گ for g: name-variants.ts spells ng as نغ، نج or نك)
  [0x06af, 0x0643], // گ → ك
  [0x067e, 0x0628], // پ → ب
  [0x0686, 0x062c], // چ → ج
  [0x0698, 0x0632], // ژ → ز
]);

/** Arabic, Arabic Supplement, Arabic Extended-A. */
const BLOCKS: readonly CodeRange[] = [
  [0x0600, 0x06ff],
  [0x0750, 0x077f],
  [0x08a0, 0x08ff],
];

/** Presentation forms (ligatures, contextual shapes) from legacy encodings. */
const PRESENTATION_FORMS: readonly CodeRange[] = [
  [0xfb50, 0xfdff],
  [0xfe70, 0xfefe],
];

/** The code units this folder owns. */
export const ARABIC_SCRIPT: readonly CodeRange[] = [...BLOCKS, ...PRESENTATION_FORMS];

export const foldArabic: ScriptFolder = {
  name: 'arabic',
  fold(c) {
    if (inRanges(c, PRESENTATION_FORMS)) return String.fromCharCode(c).normalize('NFKC');
    if (!inRanges(c, BLOCKS)) return undefined;
    if (isOptionalMark(c)) return '';
    if (c >= 0x0660 && c <= 0x0669) return String.fromCharCode(0x30 + c - 0x0660);
    if (c >= 0x06f0 && c <= 0x06f9) return String.fromCharCode(0x30 + c - 0x06f0);
    const variant = LETTER_VARIANTS.get(c);
    return String.fromCharCode(variant ?? c);
  },
};
