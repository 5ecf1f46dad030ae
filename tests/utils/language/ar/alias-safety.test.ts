import { describe, expect, it } from 'vitest';
import { aliasSafety } from '../../../../utils/knowledge-base/alias-safety';
import { foldKey } from '../../../../utils/text/fold';

describe('alias safety: Arabic', () => {
  it.each([
    ['شي', false, false],
    ['في', false, false],
    ['على', false, false],
    ['إلى', false, false],
    ['التعاون', false, false],
    ['الصين', false, true],
    ['شي جين بينغ', false, true],
  ])('%s (case-sensitive: %s) is safe to highlight: %s', (text, caseSensitive, safe) => {
    expect(aliasSafety(foldKey(text, { caseSensitive }), caseSensitive).safe).toBe(safe);
  });
});
