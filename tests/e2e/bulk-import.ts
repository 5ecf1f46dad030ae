/**
 * A generated import large enough to pass the background's remote-matching threshold (issue 18,
 * goal 4): the reader's additions of import-valid.json (Karaganda, the Eurasian Development Bank)
 * and `count` made-up places, each named in the four card languages.
 */
import { readFileSync } from 'node:fs';

const LATIN = 'bcdfghklmnprstvz';
const ARABIC = 'بتدفغكلمنرسزشقوي';
const HAN = '阿巴达法加卡拉马纳帕萨塔瓦扎雅哈';
const CYRILLIC = 'бвгдзклмнпрстфхц';

/** Entry `i`'s made-up word in a script's letters (three letters and a vowel each). */
function word(i: number, letters: string, vowel: string): string {
  let out = '';
  for (let n = i, k = 0; k < 3; k++, n = Math.floor(n / letters.length))
    out += letters[n % letters.length]! + vowel;
  return out;
}

/** The English name of made-up place `i`. */
export const bulkName = (i: number): string => `Vorkh ${word(i, LATIN, 'o')}`;

const MADE_UP = {
  ar: 'قرية مصطنعة للاختبار.',
  en: 'A made-up village for the test.',
  zh: '测试用的虚构村庄。',
  ru: 'Вымышленная деревня для теста.',
};

export function bulkImport(count: number): string {
  const base = JSON.parse(readFileSync('tests/fixtures/kb/import-valid.json', 'utf8')) as {
    entries: unknown[];
  };
  for (let i = 0; i < count; i++) {
    base.entries.push({
      id: `bulk-place-${i}`,
      type: 'place',
      names: {
        ar: [`قرية ${word(i, ARABIC, 'ا')}`],
        en: [bulkName(i)],
        zh: [`${word(i, HAN, '')}村`],
        ru: [`Ворх ${word(i, CYRILLIC, 'о')}`],
      },
      summary: MADE_UP,
      facts: [{ text: MADE_UP, on: '2025', sources: ['S1'] }],
      related: [],
    });
  }
  return JSON.stringify(base);
}
