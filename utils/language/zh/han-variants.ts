/**
 * Traditional → simplified Han characters, one code unit for one, so that folding keeps offsets:
 * 中國 and 中国 fold alike, on the page and in the knowledge base. The table comes from OpenCC's
 * character table (han-variants.generated.ts says which pairs and how they are encoded; npm run
 * zh:variants regenerates it) and is decoded on first use.
 */
import { SIMPLIFIED, TRADITIONAL } from './han-variants.generated';

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

let table: Map<number, number> | undefined;

function decode(): Map<number, number> {
  const from = readVarints(TRADITIONAL);
  const to = readVarints(SIMPLIFIED);
  const map = new Map<number, number>();
  let f = 0;
  let t = 0;
  for (let i = 0; i < from.length; i++) {
    const z = to[i]!;
    f += from[i]!;
    t += z & 1 ? -(z + 1) / 2 : z / 2;
    map.set(f, t);
  }
  return map;
}

/** The simplified form of a traditional Han character (a code unit), or undefined. */
export function simplifiedOf(c: number): number | undefined {
  table ??= decode();
  return table.get(c);
}
