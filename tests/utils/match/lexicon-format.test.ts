import { afterEach, describe, expect, it } from 'vitest';
import { buildLexicon } from '../../../utils/match/lexicon';
import { lexiconFromJSON, lexiconToJSON } from '../../../utils/match/lexicon-format';
import { createMatcher } from '../../../utils/match/matcher';
import { findMentions } from '../../../utils/match/find-mentions';
import { installFoldTables } from '../../../utils/text/fold';
import { useBundledFoldTables } from '../../../utils/text/fold-tables';
import { bundledMatchTables } from '../../../utils/text/match-tables';

describe('the lexicon carries the fold tables to content scripts', () => {
  afterEach(() => useBundledFoldTables());

  const lexicon = buildLexicon([{ id: 'china', names: { zh: ['中国'] } }]);

  it('holds the tables its keys were folded with, through JSON', () => {
    const json = JSON.parse(JSON.stringify(lexiconToJSON(lexicon))) as Record<string, unknown>;
    expect(lexiconFromJSON(json).foldTables).toEqual(bundledMatchTables());
  });

  it('a matcher made in a context without them (a content script) installs them', () => {
    const json = JSON.parse(JSON.stringify(lexiconToJSON(lexicon))) as Record<string, unknown>;
    installFoldTables({}); // what a content script starts with: no table in its bundle
    const matcher = createMatcher(lexiconFromJSON(json));
    const text = '他訪問了中國。';
    expect(findMentions(text, matcher).map((m) => text.slice(m.start, m.end))).toEqual(['中國']);
  });
});
