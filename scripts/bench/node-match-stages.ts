/**
 * npx tsx scripts/bench/node-match-stages.ts [KB] [RUNS] [STAGE]
 *
 * The scan of the 1 MB bench page's texts one stage more at a time (issue 18 goal 2), min and
 * median of RUNS interleaved: folding and stepping (foldAndStep), with the key ends' word checks
 * and key lists (reportHits, a sink that does nothing), and the whole scan (scanTextMentions). With STAGE, that stage alone (CPU profiles).
 */
import { Window } from 'happy-dom';
import type { KnowledgeBase } from '../../utils/knowledge-base/schema';
import { scanTextMentions } from '../../utils/match/find-mentions';
import { foldAndStep, reportHits } from '../../utils/match/fold-scan';
import { buildLexicon } from '../../utils/match/lexicon';
import { createMatcher } from '../../utils/match/matcher';
import { collectTextRuns } from '../../utils/page/text-runs';
import { kbJson, pageHtml, type KbName } from './fixtures';

const [kb = '10k', runsArg = '21', only] = process.argv.slice(2);
const window = new Window();
window.document.body.innerHTML = pageHtml('1MB');
const texts = collectTextRuns(window.document.body as unknown as Node).map((r) => r.text);
const entries = (JSON.parse(kbJson(kb as KbName)) as KnowledgeBase).entries;
const matcher = createMatcher(buildLexicon(entries, { dataVersion: 'bench' }));
let sink = 0;
const stages: Record<string, () => void> = {
  'fold + step': () => texts.forEach((t) => foldAndStep(t, matcher)),
  '+ key ends': () =>
    texts.forEach((t) => reportHits(matcher, foldAndStep(t, matcher), (p) => (sink += p))),
  'whole scan': () => texts.forEach((t) => scanTextMentions(t, matcher, true, () => sink++)),
};
const times: Record<string, number[]> = {};
for (let r = 0; r < Number(runsArg); r++)
  for (const [label, run] of Object.entries(stages)) {
    if (only !== undefined && label !== only) continue;
    const t0 = performance.now();
    run();
    (times[label] ??= []).push(performance.now() - t0);
  }
const median = (x: number[]) => [...x].sort((a, b) => a - b)[x.length >> 1]!;
console.log(`1MB × ${kb}, ${matcher.lexicon.fail.length} states (${sink > 0 ? 'ok' : ''})`);
for (const [label, x] of Object.entries(times))
  console.log(`  ${label}: ${Math.min(...x).toFixed(1)} ms min, ${median(x).toFixed(1)} median`);
