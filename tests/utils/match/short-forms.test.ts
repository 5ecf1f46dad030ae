import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../utils/match/find-mentions';
import { buildLexicon, type LexiconEntry } from '../../../utils/match/lexicon';
import { createMatcher } from '../../../utils/match/matcher';
import { afterTitle, keepShortForms, shortFormsOf } from '../../../utils/match/short-forms';

const XI: LexiconEntry = {
  id: 'xi',
  type: 'person',
  names: {
    ar: ['شي جين بينغ'],
    en: ['Xi Jinping', { text: 'Xi', caseSensitive: true, searchOnly: true }],
    zh: ['习近平'],
    ru: ['Си Цзиньпин'],
  },
};
const TOKAYEV: LexiconEntry = {
  id: 'tokayev',
  type: 'person',
  names: {
    en: ['Kassym-Jomart Tokayev', 'Tokayev'],
    zh: ['托卡耶夫'],
    ru: ['Касым-Жомарт Токаев'],
  },
};
const matcher = createMatcher(buildLexicon([XI, TOKAYEV]));

/** The mentions of a document (lines), short forms resolved, as [id, text] pairs. */
function documentMentions(...lines: string[]): [string, string][] {
  const found = lines.map((line) => findMentions(line, matcher, { shortForms: true }));
  return keepShortForms(lines, found, matcher).flatMap((list, i) =>
    list.map((m): [string, string] => [m.entryId, lines[i]!.slice(m.start, m.end)]),
  );
}

describe('shortFormsOf', () => {
  it('takes the surname: first word of a Chinese name, last of any other', () => {
    expect(shortFormsOf(XI)).toEqual([
      { lang: 'ar', text: 'شي' },
      { lang: 'en', text: 'Xi' },
      { lang: 'ru', text: 'Си' },
    ]);
    expect(shortFormsOf(TOKAYEV)).toEqual([
      { lang: 'en', text: 'Tokayev' },
      { lang: 'ru', text: 'Токаев' },
    ]);
  });

  it('gives none for other entries', () => {
    expect(shortFormsOf({ type: 'place', names: { en: ['Central Asia'] } })).toEqual([]);
  });
});

describe('short forms in context', () => {
  it('are left out unless asked for (pages, by default)', () => {
    expect(findMentions('President Xi said', matcher)).toEqual([]);
  });

  it.each([
    ['en', 'President Xi said', 'Xi'],
    ['ru', 'поблагодарил председателя Си за поддержку', 'Си'],
    ['ru', 'с председателем Си', 'Си'],
    ['ar', 'وقال الرئيس شي إن', 'شي'],
    ['ar', 'وأشاد بالرئيس شي', 'شي'],
  ])('%s: after a title: %s', (_lang, text, form) => {
    expect(documentMentions(text)).toEqual([['xi', form]]);
  });

  it('are mentions throughout a document that names the entry in full, before and after', () => {
    expect(documentMentions('Xi arrived.', 'Xi Jinping spoke.', 'Xi left.')).toEqual([
      ['xi', 'Xi'],
      ['xi', 'Xi Jinping'],
      ['xi', 'Xi'],
    ]);
    // Токаев: the Russian text never names Tokayev in full
    expect(documentMentions('Си отметил', 'Си Цзиньпин и Токаев')).toEqual([
      ['xi', 'Си'],
      ['xi', 'Си Цзиньпин'],
    ]);
  });

  it('after a title, name the entry for the whole document', () => {
    expect(documentMentions('Xi arrived.', 'President Xi spoke.', 'Xi left.')).toEqual([
      ['xi', 'Xi'],
      ['xi', 'Xi'],
      ['xi', 'Xi'],
    ]);
  });

  it('are nothing alone, in lower case, or inside a word after an apostrophe', () => {
    expect(documentMentions('Xi arrived.', 'Xi said.')).toEqual([]);
    expect(documentMentions('وقال شي إن', 'ليس هذا شي جديدا')).toEqual([]);
    expect(documentMentions('Xi Jinping.', 'in xi and Xi’an')).toEqual([['xi', 'Xi Jinping']]);
    expect(documentMentions('Си Цзиньпин.', 'сюита си минор')).toEqual([['xi', 'Си Цзиньпин']]);
  });

  it("keeps the possessive 's (Xi's)", () => {
    expect(documentMentions('Xi Jinping.', "Xi's speech")).toEqual([
      ['xi', 'Xi Jinping'],
      ['xi', 'Xi'],
    ]);
  });
});

describe('afterTitle', () => {
  it.each([
    ['President Xi', true],
    ['Foreign Minister Wang', true],
    ['Mr. Wang', true],
    ['the president, Xi', false],
    ['Chinese Xi', false],
  ])('%s: %s', (text, expected) => {
    expect(afterTitle(text, text.lastIndexOf(' ') + 1)).toBe(expected);
  });
});
