/**
 * npx tsx scripts/bench/node-match-counts.ts [KB] [RUNS]
 *
 * Where the matcher's work on the 1 MB bench page goes, by knowledge-base size (issue 18 goal 2:
 * an automaton visits one state a character whatever its size, so what grows?). Counts, over
 * the page's 3,948 text runs folded as the scan folds them: state visits (failure links
 * followed included) and binary-search steps, positions where a key ends (`outFirst`), those
 * at a word end, reporting states walked and key occurrences listed, occurrences past the
 * checker's first tests, mentions picked, short-form context calls; then timings of the stages
 * (min and median of RUNS): folding alone, the automaton's steps, the whole scan, the scan
 * with the short-form context (what `findRemoteMentions` runs per text). The counting loop is a
 * copy of the scan's (matcher.ts), instrumented: not the shipped code.
 */
import { Window } from 'happy-dom';
import type { KnowledgeBase } from '../../utils/knowledge-base/schema';
import { insideUnspacedWord } from '../../utils/language/registry';
import {
  MAX_CLITIC_CHAIN,
  endsAtBoundary,
  hasClitics,
  mentionStart,
  wordStartBefore,
} from '../../utils/match/boundaries';
import { scanTextMentions } from '../../utils/match/find-mentions';
import { buildLexicon } from '../../utils/match/lexicon';
import { createMatcher } from '../../utils/match/matcher';
import { PatternFlag } from '../../utils/match/pattern-flags';
import { shortFormContext } from '../../utils/match/short-forms';
import { collectTextRuns } from '../../utils/page/text-runs';
import { foldTextScratch } from '../../utils/text/fold';
import { kbJson, pageHtml, type KbName } from './fixtures';

const [kb = '10k', runsArg = '11'] = process.argv.slice(2);
const window = new Window();
window.document.body.innerHTML = pageHtml('1MB');
const texts = collectTextRuns(window.document.body as unknown as Node).map((r) => r.text);
const entries = (JSON.parse(kbJson(kb as KbName)) as KnowledgeBase).entries;
const matcher = createMatcher(buildLexicon(entries, { dataVersion: 'bench' }));
const lex = matcher.lexicon;
const { classOf, rootRow, maxKeyLength } = matcher;
const { childOffset, edgeClass, fail, outFirst, reportNext, reportDepth, reportStart } = lex;

const c = {
  chars: 0,
  visits: 0,
  searchSteps: 0,
  keyEnds: 0,
  atWordEnds: 0,
  reportStatesWalked: 0,
  occurrencesListed: 0,
  shortFormsListed: 0,
  rejectedStart: 0,
  rejectedUnspaced: 0,
  rejectedUnspacedShort: 0,
  caseChecks: 0,
  mentionsPicked: 0,
  shortFormContextCalls: 0,
};
for (const text of texts) {
  const f = foldTextScratch(text);
  const { codes, length } = f;
  c.chars += length;
  let state = 0;
  for (let i = 0; i < length; i++) {
    const cls = classOf[codes[i]!]!;
    if (cls === 0) state = 0;
    else
      for (;;) {
        c.visits++;
        if (state === 0) {
          state = rootRow[cls]!;
          break;
        }
        let lo = state + childOffset[state]! - 1;
        let hi = state + childOffset[state + 1]! - 1;
        let found = -1;
        while (lo <= hi) {
          c.searchSteps++;
          const mid = (lo + hi) >>> 1;
          const e = edgeClass[mid]!;
          if (e === cls) {
            found = mid + 1;
            break;
          }
          if (e < cls) lo = mid + 1;
          else hi = mid - 1;
        }
        if (found >= 0) {
          state = found;
          break;
        }
        state = fail[state]!;
      }
    if (outFirst[state] === 0) continue;
    c.keyEnds++;
    const end = i + 1;
    if (!endsAtBoundary(codes, length, end)) continue;
    c.atWordEnds++;
    const wordStart = wordStartBefore(codes, end, end - 1 - maxKeyLength);
    const latest = wordStart + (hasClitics(codes[wordStart]!) ? MAX_CLITIC_CHAIN : 0);
    for (let r = outFirst[state]!; r !== 0; r = reportNext[r]!) {
      c.reportStatesWalked++;
      if (end - reportDepth[r]! > latest) break;
      const keyStart = end - reportDepth[r]!;
      for (let o = reportStart[r]!; o < reportStart[r + 1]!; o++) {
        c.occurrencesListed++;
        const p = lex.outPattern[o]!;
        const flags = lex.patternFlags[p]!;
        if (flags & PatternFlag.ShortForm) c.shortFormsListed++;
        const start = mentionStart(codes, keyStart, flags, lex.arabicArticleOnBareAliases);
        if (start < 0) c.rejectedStart++;
        else if (insideUnspacedWord(codes, length, keyStart, end)) {
          c.rejectedUnspaced++;
          if (flags & PatternFlag.ShortForm) c.rejectedUnspacedShort++;
        } else if (flags & PatternFlag.CaseSensitive) c.caseChecks++;
      }
    }
  }
  scanTextMentions(text, matcher, true, (start, end, p) => {
    c.mentionsPicked++;
    if (lex.patternFlags[p]! & PatternFlag.ShortForm) {
      c.shortFormContextCalls++;
      shortFormContext(text, start, end);
    }
  });
}
console.log(`1MB × ${kb}: ${texts.length} texts, ${lex.fail.length} states`);
for (const [k, v] of Object.entries(c))
  console.log(`  ${k}: ${v}${k === 'chars' ? '' : ` (${((1000 * v) / c.chars).toFixed(1)} per 1000 chars)`}`);

const stages: Record<string, () => void> = {
  fold: () => texts.forEach((t) => foldTextScratch(t)),
  'scan (no sink)': () => texts.forEach((t) => scanTextMentions(t, matcher, true, () => {})),
  'scan + short-form context': () =>
    texts.forEach((t) =>
      scanTextMentions(t, matcher, true, (s, e, p) => {
        if (lex.patternFlags[p]! & PatternFlag.ShortForm) shortFormContext(t, s, e);
      }),
    ),
};
const times: Record<string, number[]> = {};
for (let r = 0; r < Number(runsArg); r++)
  for (const [label, run] of Object.entries(stages)) {
    const t0 = performance.now();
    run();
    (times[label] ??= []).push(performance.now() - t0);
  }
const median = (x: number[]) => [...x].sort((a, b) => a - b)[x.length >> 1]!;
for (const [label, x] of Object.entries(times))
  console.log(`  ${label}: ${Math.min(...x).toFixed(1)} ms min, ${median(x).toFixed(1)} median`);
