import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanMentions, scanTextMentions } from '../../../utils/match/find-mentions';
import { foldAndStep, reportHits } from '../../../utils/match/fold-scan';
import { buildLexicon } from '../../../utils/match/lexicon';
import { createMatcher, scanKeysAtWordEnds } from '../../../utils/match/matcher';
import { foldText, foldedString } from '../../../utils/text/fold';
import { TEST_ENTRIES } from './lexicon-fixture';

// The fixture's names plus one whose key has an expansion (ß folds to ss: two units, one character).
const matcher = createMatcher(
  buildLexicon([...TEST_ENTRIES, { id: 'street', names: { en: ['Strasse'], ru: ['Штрассе'] } }]),
);

/** Pieces of text: names, their clitic and case variants, and what folding removes, collapses or expands. */
const piece = fc.constantFrom(
  ...['China', 'CHINA', 'SCO', 'sco', 'UN', 'UNESCO', 'Shanghai', 'Wang Yi', 'Nurtleu'],
  ...[
    'الصين',
    'والصين',
    'للصين',
    'وانغ يي',
    'شانغهاي',
    'كازاخستانية',
    '中国',
    '上海合作组织',
    '上海',
  ],
  ...['Straße', 'STRASSE', 'strasse', 'Stra\u00adße', 'Қазақстан', 'Ван И', 'ß', 'ßß', 'a', 'x'],
  ...[' ', '  ', ' \n\t ', '\u00a0', '\u00ad', '\u0301', '\u0651', '-', ', ', '.', '«', '»'],
);
const textArb = fc.array(piece, { maxLength: 24 }).map((parts) => parts.join(''));

/** Mentions as (start, end, pattern) triples, and the end returned. */
function viaSeparatePass(text: string): [number[][], number] {
  const found: number[][] = [];
  const last = scanMentions(foldText(text), matcher, { shortForms: true }, (s, e, p) =>
    found.push([s, e, p]),
  );
  return [found, last];
}

function viaFusedLoop(text: string): [number[][], number] {
  const found: number[][] = [];
  const last = scanTextMentions(text, matcher, true, (s, e, p) => found.push([s, e, p]));
  return [found, last];
}

describe('folding and matching in one loop', () => {
  it('folds exactly as foldText does (codes and offsets)', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const fused = foldAndStep(text, matcher);
        const folded = foldText(text);
        expect(foldedString(fused)).toBe(foldedString(folded));
        expect([...fused.starts.subarray(0, fused.length + 1)]).toEqual([...folded.starts]);
      }),
      { numRuns: 400 },
    );
  });

  it('reports the key occurrences the separate pass reports', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const separate: number[][] = [];
        const folded = foldText(text);
        scanKeysAtWordEnds(matcher, folded.codes, folded.length, 0, folded.length, (p, e, s) =>
          separate.push([p, e, s]),
        );
        const fused: number[][] = [];
        reportHits(matcher, foldAndStep(text, matcher), (p, e, s) => fused.push([p, e, s]));
        expect(fused).toEqual(separate);
      }),
      { numRuns: 400 },
    );
  });

  it('finds the mentions the separate pass finds, and ends where it does', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        expect(viaFusedLoop(text)).toEqual(viaSeparatePass(text));
      }),
      { numRuns: 600 },
    );
  });

  it('matches across an expansion and after a long text that grew the buffers', () => {
    const long = `${'ß '.repeat(3000)}Straße and Strasse`;
    const [found] = viaFusedLoop(long);
    expect(found.map(([s, e]) => long.slice(s!, e))).toEqual(['Straße', 'Strasse']);
    expect(viaFusedLoop('Wang Yi in ألماتي')[0]).toHaveLength(2);
  });
});
