/**
 * What json-syntax.ts says about a single bad token: a string the scanner could not finish, text
 * outside double quotes, an invisible character. Each comes with what to type instead.
 */
import type { SyntaxProblem } from './json-syntax-state';

/** jsonc-parser's ScanError values (declared as a `const enum`, which isolated modules cannot read). */
const SCAN_ERROR = {
  UnexpectedEndOfString: 2,
  UnexpectedEndOfNumber: 3,
  InvalidUnicode: 4,
  InvalidEscapeCharacter: 5,
  InvalidCharacter: 6,
} as const;

const ESCAPES = 'the escapes JSON allows are \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX';

function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** A token the scanner flagged: `raw` is its text, starting at `offset`. */
export function scanErrorProblem(error: number, raw: string, offset: number): SyntaxProblem {
  if (error === SCAN_ERROR.InvalidEscapeCharacter || error === SCAN_ERROR.InvalidUnicode) {
    const bad = /\\(?!["\\/bfnrt]|u[0-9a-fA-F]{4})(u[0-9a-fA-F]{0,3}|.)?/.exec(raw);
    return {
      offset: offset + (bad?.index ?? 0),
      message: `not valid JSON: invalid escape ${bad?.[0] ?? '\\'} in a string`,
      hint: `write \\\\ for a backslash; ${ESCAPES}`,
    };
  }
  if (error === SCAN_ERROR.InvalidCharacter) {
    const index = Math.max(0, raw.split('').findIndex((unit) => unit < ' '));
    const name = raw[index] === '\t' ? ' (a tab)' : '';
    return {
      offset: offset + index,
      message: `not valid JSON: control character ${codePoint(raw[index] ?? ' ')}${name} inside a string`,
      hint: 'write \\t for a tab, or delete the character',
    };
  }
  if (error === SCAN_ERROR.UnexpectedEndOfNumber) {
    return {
      offset,
      message: `not valid JSON: incomplete number ${raw}`,
      hint: 'write digits after the "." or the "e" (2.0, 1e3), or put the text in double quotes',
    };
  }
  return {
    offset,
    message: 'not valid JSON: the string starting here has no closing "',
    hint: 'add " where the text ends (a string cannot continue onto the next line; write \\n for a line break)',
  };
}

/** Text outside double quotes (the scanner's "unknown" token) where `role` was expected. */
export function unquotedProblem(
  raw: string,
  offset: number,
  role: 'file' | 'key' | 'value' | 'stray',
): SyntaxProblem {
  const at = (message: string, hint: string) => ({
    offset,
    message: `not valid JSON: ${message}`,
    hint,
  });
  const first = raw[0] ?? '';
  if (first === '\ufeff') {
    return at(
      'byte order mark (U+FEFF) at the start',
      'save the file as UTF-8 without a byte order mark',
    );
  }
  if (first < ' ' || /[\u0085\u00a0\u00ad\u200b-\u200f\u2028\u2029]/.test(first)) {
    return at(
      `invisible character ${codePoint(first)}`,
      'delete it (it often comes with text pasted from a web page or a word processor)',
    );
  }
  if (role === 'file' && first === '<') {
    return at(
      'the file starts with <, as an HTML or XML page does',
      'choose the knowledge-base .json file: it starts with {',
    );
  }
  if (first === "'") {
    return at('text in single quotes', `JSON needs double quotes: write "…" instead of '…'`);
  }
  const lower = raw.toLowerCase();
  if (role !== 'key' && ['true', 'false', 'null'].includes(lower)) {
    return at(`${raw} is not a JSON value`, `write ${lower} in lower case`);
  }
  if (role !== 'key' && ['undefined', 'nan', 'infinity', '-infinity'].includes(lower)) {
    return at(`${raw} is not a JSON value`, 'write null, a number, or text in double quotes');
  }
  if (role === 'key') {
    return at(`property name ${raw} is not in double quotes`, `write "${raw}"`);
  }
  if (role === 'value') return at(`text ${raw} is not in double quotes`, `write "${raw}"`);
  return at(
    `unexpected text ${raw}`,
    'delete it, or put the text in double quotes where it belongs',
  );
}

/** A token's text, shortened to fit a message. */
export function shortToken(raw: string): string {
  return raw.length > 32 ? `${raw.slice(0, 30)}…${raw[0] === '"' ? '"' : ''}` : raw;
}

/** A token as a fix line names it: `"Wang Yi"`, `the }`, `42`. */
export function describeToken(raw: string): string {
  return /^[{}[\]]$/.test(raw) ? `the ${raw}` : shortToken(raw);
}
