/**
 * Chinese aliases: two characters are a word, so the minimum length is 2; single characters
 * are therefore never highlighted, and no list of ordinary words is needed.
 */
import type { AliasSafety } from '../language';

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

export const aliasSafety: AliasSafety = {
  commonWords: [],
  minimumLength: (letters) => (HAN.test(letters) ? 2 : undefined),
};
