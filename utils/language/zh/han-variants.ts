/**
 * Traditional → simplified Han characters, one code unit for one, so that folding keeps offsets:
 * 中國 and 中国 fold alike, on the page and in the knowledge base. The table comes from OpenCC's
 * character table (han-variants.generated.ts says which pairs and how they are encoded; npm run
 * zh:variants regenerates it). This module decodes it, for every context but content scripts:
 * the table is a tenth of the content script's budget, so the background sends it to them with
 * the lexicon instead (utils/language/fold-tables.ts); the folder reads it from simplified.ts.
 */
import { SIMPLIFIED, TRADITIONAL } from './han-variants.generated';

export { simplifiedOf } from './simplified';

/**
 * The digits of the table's numbers: 5 bits of a number each, least significant first, 32 added
 * when more digits follow. They are the characters most common in the minified content script,
 * most common first, which its gzip compression codes shortest: the table costs about 400 bytes
 * less there than in base 64.
 */
export const VARINT_DIGITS = 'teniros=.a,()lcudh:fp;{}gm&-_vy0CBbw1|?[]x!EDkq+S>2FILNTRAMHG65O';

/** The numbers of a string of VARINT_DIGITS. */
export function readVarints(encoded: string): number[] {
  const numbers: number[] = [];
  let n = 0;
  let shift = 0;
  for (let i = 0; i < encoded.length; i++) {
    const digit = VARINT_DIGITS.indexOf(encoded[i]!);
    n |= (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      numbers.push(n);
      n = shift = 0;
    }
  }
  return numbers;
}

/** The table as pairs, traditional then simplified: [t0, s0, t1, s1, …], traditional ascending. */
export function hanVariantPairs(): Uint16Array {
  const from = readVarints(TRADITIONAL);
  const to = readVarints(SIMPLIFIED);
  const pairs = new Uint16Array(from.length * 2);
  let f = 0;
  let t = 0;
  for (let i = 0; i < from.length; i++) {
    const z = to[i]!;
    f += from[i]!;
    t += z & 1 ? -(z + 1) / 2 : z / 2;
    pairs[2 * i] = f;
    pairs[2 * i + 1] = t;
  }
  return pairs;
}
