import { describe, expect, it } from 'vitest';
import { aliasSafety } from '../../../../utils/knowledge-base/alias-safety';
import { foldKey } from '../../../../utils/text/fold';

describe('alias safety: Russian', () => {
  it.each([
    ['что', false, false],
    ['Все', false, false],
    ['Китай', false, true],
  ])('%s (case-sensitive: %s) is safe to highlight: %s', (text, caseSensitive, safe) => {
    expect(aliasSafety(foldKey(text, { caseSensitive }), caseSensitive).safe).toBe(safe);
  });
});
