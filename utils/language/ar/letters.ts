/**
 * The Arabic letters the clitic rules look at, as code units of folded text (so ا stands for
 * أ إ آ ٱ too, and ي for ى).
 */

/** Code units of the folded letters of the proclitics and the article. */
export const ARABIC = {
  alef: 0x0627,
  lam: 0x0644,
  waw: 0x0648,
  fa: 0x0641,
  ba: 0x0628,
  kaf: 0x0643,
} as const;

/** True for a (folded) Arabic-script letter. */
export function isArabicLetter(c: number): boolean {
  return (
    (c >= 0x0620 && c <= 0x064a) ||
    (c >= 0x066e && c <= 0x06d3) ||
    (c >= 0x0750 && c <= 0x077f) ||
    (c >= 0x08a0 && c <= 0x08c9)
  );
}
