/**
 * chrome.storage.local allows 10 MB in all (without the `unlimitedStorage` permission); the
 * settings are tiny, so 4 MB of text leaves room for the parsed copy's overhead. Its own module
 * so the message protocol and the options page can name it without bundling the checker.
 */
import type { Problem } from '../knowledge-base/problem';

export const MAX_IMPORT_CHARS = 4_000_000;

/**
 * A file larger than this many bytes is refused before it is read: UTF-8 takes at most 3 bytes
 * per UTF-16 code unit, so its text would exceed `MAX_IMPORT_CHARS` anyway (and the import
 * message's own limit, so it would never reach the checker to be refused with a located error).
 */
export const MAX_IMPORT_BYTES = 4 * MAX_IMPORT_CHARS;

/** The refusal of a file too large to import, located at its start. */
export function tooLargeProblem(size: number, unit: 'characters' | 'bytes'): Problem {
  const max = unit === 'bytes' ? MAX_IMPORT_BYTES : MAX_IMPORT_CHARS;
  return {
    severity: 'error',
    path: [],
    message: `the file is too large (${size} ${unit}; at most ${max})`,
    hint: 'split it, or leave out entries the pages you read do not need',
    line: 1,
    column: 1,
  };
}
