/**
 * A knowledge base nests a few levels deep (file → entries → entry → facts → fact → text). The
 * JSON tree parser and the schema both recurse, so a file of thousands of nested brackets would
 * overflow the stack instead of being refused; this linear scan finds such a file first.
 */

/** Far deeper than any knowledge base (about 7 levels), far shallower than the stack's limit. */
export const MAX_NESTING = 64;

/** The offset of the first bracket that opens level `max + 1`, or undefined when none does. */
export function tooDeepAt(text: string, max = MAX_NESTING): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return i;
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    }
  }
  return undefined;
}
