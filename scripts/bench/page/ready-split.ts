/**
 * A content script's ready, step by step: the message's arrival (JSON.parse, or a structured
 * clone's deserialization, as `receive` does), the packed arrays' decoding (nothing left to decode
 * in a clone), the
 * automaton's expansion, the fold tables' installation and the rest of `createMatcher`
 * (lexiconFromJSON reports its steps through its `mark` argument). Each figure includes the
 * fresh memory its step writes, the main cost in Chromium here.
 */
import { lexiconFromJSON } from '../../../utils/match/lexicon';
import { createMatcher } from '../../../utils/match/matcher';
import { installFoldTables } from '../../../utils/text/fold';

export function readySplit(receive: () => Record<string, unknown>): Record<string, number> {
  const times: Record<string, number> = {};
  let last = performance.now();
  const start = last;
  const mark = (step: string) => {
    const now = performance.now();
    times[step] = now - last;
    last = now;
  };
  const json = receive();
  mark('parse');
  const lexicon = lexiconFromJSON(json, mark);
  installFoldTables(lexicon.foldTables);
  mark('foldTables');
  const matcher = createMatcher(lexicon);
  mark('createMatcher');
  if (matcher.entryIds.length === 0) throw new Error('empty matcher');
  times.total = last - start;
  return times;
}
