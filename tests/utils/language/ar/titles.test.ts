import { describe, expect, it } from 'vitest';
import { titles } from '../../../../utils/language/ar/titles';
import { afterTitle } from '../../../../utils/match/short-forms';

describe('Arabic titles', () => {
  it.each(['الرئيس', 'والرئيس', 'للرئيس', 'بالرئيس', 'وللرئيس', 'وزير', 'ووزير', 'نظيره'])(
    'include %s',
    (form) => {
      expect(titles).toContain(form);
    },
  );
});

describe('Arabic titles before a short form (issue 15, family 3)', () => {
  it.each([
    ['الرئيس شي', true],
    ['وقال الرئيس شي', true],
    ['والتقى للرئيس شي', true],
    ['وزير الخارجية وانغ', false], // the title's last word is الخارجية, not a title itself
    ['الصيني شي', false],
    ['شي', false],
  ])('%s: %s', (text, expected) => {
    expect(afterTitle(text, text.lastIndexOf(' ') + 1)).toBe(expected);
  });
});
