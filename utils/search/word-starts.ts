/**
 * Where inside a name a word-prefix search may start: after a space («Cooperation» finds
 * «Shanghai Cooperation Organisation»), at every character of a script written without spaces
 * («组织» finds «上合组织»), and past a word's clitics where its language has them («تعاون»
 * finds «للتعاون», «طريق» finds «والطريق»).
 */
import { cliticsOf } from '../language/registry';
import { BOUNDARYLESS, charClass } from '../text/char-class';

const SPACE = 0x20;

/** Offsets (> 0, ascending, distinct) of the word starts inside a search key. */
export function wordStarts(key: string): number[] {
  const starts: number[] = [];
  let prev = SPACE; // the key's start counts as following a space
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (prev === SPACE) {
      if (i > 0) starts.push(i);
      cliticsOf(c)?.pushStemStarts(key, i, starts);
    } else if (charClass(c) === BOUNDARYLESS && charClass(prev) === BOUNDARYLESS) {
      starts.push(i);
    }
    prev = c;
  }
  return starts;
}
