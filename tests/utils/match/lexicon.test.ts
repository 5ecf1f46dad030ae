import { describe, expect, it } from 'vitest';
import {
  buildLexicon,
  LEXICON_FORMAT,
  lexiconFromJSON,
  lexiconToJSON,
} from '../../../utils/match/lexicon';
import { generateEntries } from '../../../scripts/lib/generate-entries';
import { createMatcher } from '../../../utils/match/matcher';
import { findMentions, findMentionsInFolded } from '../../../utils/match/find-mentions';
import { foldText } from '../../../utils/text/fold';
import { TEST_ENTRIES } from './lexicon-fixture';

const TEXT = 'وأكد أن الصين وكازاخستان، والـUN، و王毅 met Nurtleu.';

describe('lexicon', () => {
  const lexicon = buildLexicon(TEST_ENTRIES, { dataVersion: 'v1' });
  const expected = findMentions(TEXT, createMatcher(lexicon));

  it('finds the mentions of a mixed-script text', () => {
    expect(expected.map((m) => [m.entryId, TEXT.slice(m.start, m.end)])).toEqual([
      ['china', 'الصين'],
      ['kazakhstan', 'وكازاخستان'],
      ['un', 'UN'],
      ['wang-yi', '王毅'],
      ['nurtleu', 'Nurtleu'],
    ]);
  });

  it('survives JSON (typed arrays as base64)', () => {
    const json = JSON.parse(JSON.stringify(lexiconToJSON(lexicon))) as Record<string, unknown>;
    expect(findMentions(TEXT, createMatcher(lexiconFromJSON(json)))).toEqual(expected);
    expect(lexiconFromJSON(json)).toStrictEqual(lexicon);
  });

  it('sends the expanded automaton, its typed arrays in one base64 string', () => {
    const json = lexiconToJSON(lexicon);
    const arrays = (json.arrays as { arrays: [string, string, number][] }).arrays;
    expect(json).not.toHaveProperty('displayNames'); // content scripts never read them
    const kind = Object.fromEntries(arrays.map(([name, kind]) => [name, kind]));
    // the types the matcher reads (no widening copy and no loop over the states at ready)
    expect(kind).toMatchObject({ edgeClass: 'u16', fail: 'i32', patternEntry: 'i32' });
    expect(kind).toMatchObject({ patternLength: 'u16', childOffset: 'u16', outFirst: 'u16' });
    expect(kind).toMatchObject({ reportStart: 'i32', reportNext: 'i32', reportDepth: 'i32' });
  });

  it('restores a large lexicon exactly, with wide arrays', () => {
    const large = buildLexicon(generateEntries(100), { dataVersion: 'big' });
    const json = JSON.parse(JSON.stringify(lexiconToJSON(large))) as Record<string, unknown>;
    expect(lexiconFromJSON(json)).toStrictEqual(large);
  });

  it('sends a lexicon with 32-bit per-state arrays compact, and expands it back', () => {
    const wide = { ...lexicon, childOffset: Int32Array.from(lexicon.childOffset) };
    const json = JSON.parse(JSON.stringify(lexiconToJSON(wide))) as Record<string, unknown>;
    const names = (json.arrays as { arrays: [string][] }).arrays.map(([name]) => name);
    expect(names).toContain('edgeCount'); // 1 byte a state, not childOffset's 4 and outFirst's
    expect(names).not.toContain('childOffset');
    // expanded where it arrives, in the narrowest types its values fit: the lexicon as built
    expect(lexiconFromJSON(json)).toStrictEqual(lexicon);
  });

  it('refuses JSON of another format', () => {
    expect(() => lexiconFromJSON({ ...lexiconToJSON(lexicon), format: 1 })).toThrow(/format 1/);
  });

  it('survives structured clone unchanged', () => {
    const clone = structuredClone(lexicon);
    expect(findMentions(TEXT, createMatcher(clone))).toEqual(expected);
  });

  it('keeps the data version and entry ids', () => {
    expect(lexicon.dataVersion).toBe('v1');
    expect(lexicon.maxKeyLength).toBe(Math.max(...lexicon.patternLength));
    // the longest key: a generated spelling of the longest name (Shanghai co - operation Organisation)
    expect(createMatcher(lexicon).maxKeyLength).toBe(lexicon.maxKeyLength);
    expect(lexicon.maxKeyLength).toBeGreaterThanOrEqual('Shanghai Cooperation Organisation'.length);
    expect(createMatcher(lexicon).entryIds).toEqual(TEST_ENTRIES.map((entry) => entry.id));
  });

  it('refuses a lexicon of another format', () => {
    expect(() => createMatcher({ ...lexicon, format: 99 as typeof LEXICON_FORMAT })).toThrow(
      /format/,
    );
  });

  it('splits a text into windows without losing or doubling mentions', () => {
    const matcher = createMatcher(lexicon);
    const text = Array.from({ length: 50 }, (_, i) =>
      i % 3 ? 'كلام عادي' : 'منظمة شانغهاي للتعاون',
    ).join(' ');
    const folded = foldText(text);
    const whole = findMentionsInFolded(folded, matcher);
    const pieces = [];
    let minStart = 0;
    for (let from = 0; from < folded.length; from += 37) {
      const found = findMentionsInFolded(folded, matcher, { from, to: from + 37, minStart });
      pieces.push(...found);
      const last = found.at(-1);
      if (last) minStart = folded.starts.findIndex((s) => s >= last.end);
    }
    expect(pieces).toEqual(whole);
  });
});
