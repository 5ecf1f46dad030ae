import { describe, expect, it } from 'vitest';
import { readySplit } from '../../../../scripts/bench/page/ready-split';
import { buildLexicon, lexiconForClone, lexiconToJSON } from '../../../../utils/match/lexicon';
import { bundled } from '../../../utils/cache/fixtures';

describe("the bench's split of a frame's ready", () => {
  it('times each step from the message as received, JSON text or structured clone', () => {
    const json = lexiconToJSON(buildLexicon(bundled.entries, { dataVersion: 'bench' }));
    const text = JSON.stringify(json);
    const clone = lexiconForClone(json);
    for (const receive of [() => JSON.parse(text), () => structuredClone(clone)]) {
      const times = readySplit(receive as () => Record<string, unknown>);
      expect(Object.keys(times)).toEqual([
        'parse',
        'decode',
        'foldTables',
        'createMatcher',
        'total',
      ]);
    }
  });
});
