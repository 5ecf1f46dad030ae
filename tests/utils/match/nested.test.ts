import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../utils/match/find-mentions';
import { buildLexicon, type LexiconEntry } from '../../../utils/match/lexicon';
import { createMatcher } from '../../../utils/match/matcher';
import { innerSpans, withNested } from '../../../utils/match/nested';
import { TEST_ENTRIES } from './lexicon-fixture';

const ENTRIES: LexiconEntry[] = [
  ...TEST_ENTRIES,
  {
    id: 'relations',
    names: {
      en: ['China–Kazakhstan relations'],
      ar: ['العلاقات الصينية الكازاخستانية'],
      zh: ['中哈关系'],
    },
  },
  {
    id: 'mfa-china',
    names: {
      en: ['Ministry of Foreign Affairs of China'],
      ar: ['وزارة الخارجية الصينية'],
      zh: ['中国外交部'],
      ru: ['МИД КНР'],
    },
  },
  { id: 'china-nisba', names: { ar: ['الصينية'], ru: ['КНР'] } },
  { id: 'politburo-cpc', names: { en: ['Political Bureau of the CPC Central Committee'] } },
  { id: 'cpc-cc', names: { en: ['CPC Central Committee'] } },
  { id: 'cpc', names: { en: [{ text: 'CPC', caseSensitive: true }] } },
  { id: 'tokayev', names: { en: ['Kassym-Jomart Tokayev', 'Tokayev'] } },
];
const matcher = createMatcher(buildLexicon(ENTRIES));

/** A text's mentions with the nested ones, as [depth, entry id, surface, container's id]. */
function nested(text: string): [number, string, string, string | null][] {
  const list = withNested(text, findMentions(text, matcher), matcher);
  return list.map((m) => [
    m.depth,
    m.entryId,
    text.slice(m.start, m.end),
    list[m.within]?.entryId ?? null,
  ]);
}

describe('names inside names', () => {
  it.each([
    [
      'talks on China–Kazakhstan relations',
      [
        [0, 'relations', 'China–Kazakhstan relations', null],
        [1, 'china', 'China', 'relations'],
        [1, 'kazakhstan', 'Kazakhstan', 'relations'],
      ],
    ],
    [
      'the Ministry of Foreign Affairs of China said',
      [
        [0, 'mfa-china', 'Ministry of Foreign Affairs of China', null],
        [1, 'china', 'China', 'mfa-china'],
      ],
    ],
    [
      'the Shanghai Cooperation Organisation met',
      [
        [0, 'sco', 'Shanghai Cooperation Organisation', null],
        [1, 'shanghai', 'Shanghai', 'sco'],
      ],
    ],
    [
      '中国外交部发言人',
      [
        [0, 'mfa-china', '中国外交部', null],
        [1, 'china', '中国', 'mfa-china'],
      ],
    ],
    [
      '上海合作组织',
      [
        [0, 'sco', '上海合作组织', null],
        [1, 'shanghai', '上海', 'sco'],
      ],
    ],
    [
      'МИД КНР заявил',
      [
        [0, 'mfa-china', 'МИД КНР', null],
        [1, 'china-nisba', 'КНР', 'mfa-china'],
      ],
    ],
    [
      'وقالت وزارة الخارجية الصينية',
      [
        [0, 'mfa-china', 'وزارة الخارجية الصينية', null],
        [1, 'china-nisba', 'الصينية', 'mfa-china'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(nested(text)).toEqual(expected);
  });

  it('finds names at any depth, each naming its container', () => {
    expect(nested('the Political Bureau of the CPC Central Committee')).toEqual([
      [0, 'politburo-cpc', 'Political Bureau of the CPC Central Committee', null],
      [1, 'cpc-cc', 'CPC Central Committee', 'politburo-cpc'],
      [2, 'cpc', 'CPC', 'cpc-cc'],
    ]);
  });

  it('does not repeat the compound’s own entry (Tokayev in Kassym-Jomart Tokayev)', () => {
    expect(nested('President Kassym-Jomart Tokayev')).toEqual([
      [0, 'tokayev', 'Kassym-Jomart Tokayev', null],
    ]);
  });

  it('keeps the rules of a mention inside a compound (case: «Sco» is not SCO)', () => {
    const sco = matcher.entryIds.indexOf('sco');
    expect(innerSpans('Shanghai Cooperation Organisation', sco, matcher)).toHaveLength(1);
    expect(nested('Kazakhstan and China')).toEqual([
      [0, 'kazakhstan', 'Kazakhstan', null],
      [0, 'china', 'China', null],
    ]);
  });

  it('matches each distinct compound once per matcher (cached)', () => {
    const id = matcher.entryIds.indexOf('relations');
    const first = innerSpans('China–Kazakhstan relations', id, matcher);
    expect(innerSpans('China–Kazakhstan relations', id, matcher)).toBe(first);
    const other = createMatcher(buildLexicon(ENTRIES));
    expect(innerSpans('China–Kazakhstan relations', id, other)).not.toBe(first);
  });
});
