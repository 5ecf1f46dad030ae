/**
 * Script-independent folding: spacing, invisible characters, dashes, apostrophes and combining
 * accents. These characters appear in every script's text, and a page that writes a name with a
 * non-breaking space, a soft hyphen or a curly apostrophe still names the same thing.
 */
import type { ScriptFolder } from '../language/script-folder';

/** Zero-width and invisible formatting characters: removed, they never break a match. */
function isInvisible(c: number): boolean {
  return (
    c === 0x00ad || // soft hyphen
    c === 0x034f || // combining grapheme joiner
    c === 0x061c || // Arabic letter mark
    c === 0x180e || // Mongolian vowel separator
    (c >= 0x200b && c <= 0x200f) || // ZWSP, ZWNJ, ZWJ, LRM, RLM
    (c >= 0x202a && c <= 0x202e) || // bidi embeddings and overrides
    (c >= 0x2060 && c <= 0x2069) || // word joiner, invisible operators, bidi isolates
    (c >= 0xfe00 && c <= 0xfe0f) || // variation selectors
    c === 0xfeff // byte-order mark / zero-width no-break space
  );
}

function isDash(c: number): boolean {
  return (
    (c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe58 || c === 0xfe63 || c === 0x2e3a || c === 0x2e3b
  );
}

function isApostrophe(c: number): boolean {
  return c === 0x2018 || c === 0x2019 || c === 0x201b || c === 0x2032 || c === 0x02bc || c === 0x0060 || c === 0x00b4;
}

/** Spaces of every width (tab, newline, NBSP, thin, ideographic…): all one plain space. */
const SPACE = /\s/;

export const foldCommon: ScriptFolder = {
  name: 'common',
  fold(c) {
    if (isInvisible(c)) return '';
    if (c >= 0x0300 && c <= 0x036f) return ''; // combining accents of decomposed (NFD) text
    if (c === 0x2028 || c === 0x2029 || SPACE.test(String.fromCharCode(c))) return ' ';
    if (isDash(c)) return '-';
    if (isApostrophe(c)) return "'";
    if (c === 0x201c || c === 0x201d || c === 0x201e || c === 0x00ab || c === 0x00bb) return '"';
    return undefined;
  },
};
