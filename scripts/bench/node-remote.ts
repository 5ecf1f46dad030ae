/**
 * npx tsx scripts/bench/node-remote.ts [KB] [RUNS] [DUMP]
 *
 * The background's matching of the 1 MB bench page in Node (issue 18 goal 2 as shipped): the
 * page's text runs (happy-dom, collectTextRuns) in batches of 64K code units as the remote
 * finder sends them, then per run, interleaved: the local scan of the same texts (scanMentions
 * with the short-form context, what a content script's matcher does), `findRemoteMentions`
 * alone, and with JSON both ways (request parsed, answer stringified and parsed, as runtime
 * messaging does). With BASE=<another checkout> in the environment, that checkout's
 * `findRemoteMentions` is timed too, interleaved (same matcher and texts). Medians (min). With DUMP, the answers decoded by the remote finder into
 * mentions are written to that file (one line each), to compare a change's answers with the
 * earlier ones. Speed is not asserted; CPU profiles: `node --cpu-prof --import tsx ...`.
 */
import { writeFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { findRemoteMentions } from '../../utils/background/remote-matching';
import { createRemoteFinder } from '../../utils/content/remote-finder';
import type { KnowledgeBase } from '../../utils/knowledge-base/schema';
import { scanMentions } from '../../utils/match/find-mentions';
import { buildLexicon } from '../../utils/match/lexicon';
import { createMatcher } from '../../utils/match/matcher';
import { PatternFlag } from '../../utils/match/pattern-flags';
import { ShortFormContext, shortFormContext } from '../../utils/match/short-forms';
import type { FoundMentions } from '../../utils/messaging/protocol';
import { collectTextRuns, type TextRun } from '../../utils/page/text-runs';
import type { PageMention, UnitMentions } from '../../utils/page/unit-mentions';
import { foldTextScratch } from '../../utils/text/fold';
import { kbJson, pageHtml, type KbName } from './fixtures';

const [kb = '10k', runsArg = '15', dump] = process.argv.slice(2);

const window = new Window();
const body = window.document.body;
body.innerHTML = pageHtml('1MB');
const runs = collectTextRuns(body as unknown as Node);
const batches: TextRun[][] = [[]];
let chars = 0;
for (const run of runs) {
  if (chars + run.text.length > 1 << 16 && batches.at(-1)!.length > 0) {
    batches.push([]);
    chars = 0;
  }
  batches.at(-1)!.push(run);
  chars += run.text.length;
}
const texts = batches.map((batch) => batch.map((run) => run.text));

const entries = (JSON.parse(kbJson(kb as KbName)) as KnowledgeBase).entries;
const matcher = createMatcher(buildLexicon(entries, { dataVersion: 'bench' }));
const flags = matcher.lexicon.patternFlags;

function local(): number {
  let n = 0;
  for (const batch of texts)
    for (const text of batch)
      scanMentions(foldTextScratch(text), matcher, { shortForms: true }, (start, end, p) => {
        if (
          flags[p]! & PatternFlag.ShortForm &&
          shortFormContext(text, start, end) === ShortFormContext.NotAName
        )
          return;
        n++;
      });
  return n;
}

type Find = typeof findRemoteMentions;
const base = process.env.BASE;
const baseFind = base
  ? ((await import(`${base}/utils/background/remote-matching.ts`)) as { findRemoteMentions: Find })
      .findRemoteMentions
  : undefined;

function remote(find: Find = findRemoteMentions): FoundMentions[] {
  return texts.map((batch) => find(matcher, batch, true));
}

function remoteJson(find: Find = findRemoteMentions): number {
  let bytes = 0;
  for (const batch of texts) {
    const asked = JSON.parse(JSON.stringify({ texts: batch, shortForms: true })) as {
      texts: string[];
    };
    const reply = JSON.stringify({
      ok: true,
      value: find(matcher, asked.texts, true),
    });
    bytes += reply.length;
    JSON.parse(reply);
  }
  return bytes;
}

const times: Record<string, number[]> = {};
const time = (label: string, f: () => unknown) => {
  const start = performance.now();
  f();
  (times[label] ??= []).push(performance.now() - start);
};
const mentions = local();
const replyChars = remoteJson();
remote();
if (baseFind) remoteJson(baseFind);
const answers = remote();
for (let r = 0; r < Number(runsArg); r++) {
  time('local', local);
  if (baseFind) time('base: remote', () => remote(baseFind));
  time('remote', remote);
  if (baseFind) time('base: remote + JSON', () => remoteJson(baseFind));
  time('remote + JSON', remoteJson);
  time('request JSON', () => texts.map((t) => JSON.parse(JSON.stringify({ texts: t }))));
  time('answer JSON', () => answers.map((a) => JSON.parse(JSON.stringify(a))));
}
const median = (x: number[]) => [...x].sort((a, b) => a - b)[x.length >> 1]!;
console.log(
  `1MB × ${kb}: ${runs.length} runs in ${batches.length} batches, ${mentions} mentions, ` +
    `answers ${(replyChars / 1e6).toFixed(2)} M chars of JSON`,
);
for (const [label, x] of Object.entries(times))
  console.log(`  ${label}: ${median(x).toFixed(1)} ms (min ${Math.min(...x).toFixed(1)})`);

if (dump) {
  // Through the content side: the mentions and inner names the page would build from answers.
  const finder = createRemoteFinder({
    ask: async (asked, shortForms) =>
      JSON.parse(JSON.stringify(findRemoteMentions(matcher, asked, shortForms))) as FoundMentions,
    batchChars: Infinity,
  });
  const nodeIndex = new Map(runs.flatMap((run) => run.nodes).map((node, i) => [node, i]));
  const lines: string[] = [];
  const line = (m: PageMention, extra = '') =>
    lines.push(
      [
        nodeIndex.get(m.startNode),
        m.startOffset,
        nodeIndex.get(m.endNode),
        m.endOffset,
        m.entryId,
        m.entryIndex,
        m.lang,
        m.pattern,
        m.needsDocument,
        m.text,
      ].join(' ') + extra,
    );
  for (const batch of batches) {
    const found = (await finder.begin(batch[0]!.unit, batch, true)) as UnitMentions;
    for (const m of found.list()) {
      line(m);
      for (const inner of finder.inner(m))
        line(inner, ` inner ${inner.depth} ${inner.parent.text}`);
    }
  }
  writeFileSync(dump, `${lines.join('\n')}\n`);
  console.log(`  ${lines.length} mentions and inner names written to ${dump}`);
}
