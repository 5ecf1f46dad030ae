/**
 * npx tsx scripts/bench/ab-node-scan.ts <BASE checkout> [KB] [RUNS]
 *
 * The matcher's scan of the 1 MB bench page's texts in Node, this checkout against another
 * (e.g. `git worktree add /tmp/x-base HEAD`), interleaved in one process (issue 18 goal 2): each
 * side builds its own lexicon and matcher with its own code (a change may change the lexicon's
 * format), then per round each side runs the scan with the short-form context over every text
 * (scanTextMentions, what the background's findRemoteMentions runs) and `findRemoteMentions`
 * over the page's batches of 64K. Prints medians and minima, and whether the two sides found
 * the same mentions (count and a hash of offsets and patterns). Speed is not asserted.
 */
import { Window } from 'happy-dom';
import type { KnowledgeBase } from '../../utils/knowledge-base/schema';
import { collectTextRuns } from '../../utils/page/text-runs';
import { kbJson, pageHtml, type KbName } from './fixtures';

const [base, kb = '10k', runsArg = '21'] = process.argv.slice(2);
if (!base) throw new Error('usage: ab-node-scan.ts <BASE checkout> [KB] [RUNS]');

const window = new Window();
window.document.body.innerHTML = pageHtml('1MB');
const texts = collectTextRuns(window.document.body as unknown as Node).map((r) => r.text);
const batches: string[][] = [[]];
let chars = 0;
for (const text of texts) {
  if (chars + text.length > 1 << 16 && batches.at(-1)!.length > 0) {
    batches.push([]);
    chars = 0;
  }
  batches.at(-1)!.push(text);
  chars += text.length;
}
const entries = (JSON.parse(kbJson(kb as KbName)) as KnowledgeBase).entries;

async function side(root: string) {
  const imp = (path: string) => import(`${root}/utils/${path}.ts`);
  const { buildLexicon } = await imp('match/lexicon');
  const { createMatcher } = await imp('match/matcher');
  const { scanTextMentions } = await imp('match/find-mentions');
  const { shortFormContext } = await imp('match/short-forms');
  const { findRemoteMentions } = await imp('background/remote-matching');
  const matcher = createMatcher(buildLexicon(entries, { dataVersion: 'bench' }));
  const flags = matcher.lexicon.patternFlags as Uint8Array;
  const SHORT = 16; // PatternFlag.ShortForm
  return {
    scan(): [number, number] {
      let n = 0;
      let hash = 0;
      for (const text of texts)
        scanTextMentions(text, matcher, true, (start: number, end: number, p: number) => {
          if (flags[p]! & SHORT && shortFormContext(text, start, end) === 0) return;
          n++;
          hash = (Math.imul(hash, 31) + start * 7 + end * 13 + p) | 0;
        });
      return [n, hash];
    },
    remote(): void {
      for (const batch of batches) findRemoteMentions(matcher, batch, true);
    },
  };
}

const sides = { base: await side(base), this: await side(process.cwd()) };
const found = Object.entries(sides).map(([name, s]) => `${name} ${s.scan().join(' ')}`);
console.log(`1MB × ${kb}: mentions (count, hash): ${found.join('; ')}`);
const times: Record<string, number[]> = {};
for (let r = 0; r < Number(runsArg); r++)
  for (const [name, s] of r % 2 ? Object.entries(sides).reverse() : Object.entries(sides))
    for (const [label, run] of [
      ['scan', () => s.scan()],
      ['findRemoteMentions', () => s.remote()],
    ] as const) {
      const t0 = performance.now();
      run();
      (times[`${label} ${name}`] ??= []).push(performance.now() - t0);
    }
const median = (x: number[]) => [...x].sort((a, b) => a - b)[x.length >> 1]!;
for (const [label, x] of Object.entries(times).sort())
  console.log(`  ${label}: ${median(x).toFixed(1)} ms median (min ${Math.min(...x).toFixed(1)})`);
