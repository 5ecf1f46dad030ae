/**
 * Page-date detection (utils/page-date/findPageDate, issue 16) on the 1 MB benchmark page, p50
 * and p95, beside a whole-page baseline measured in the same run (the document's whole text read
 * and searched for dates with the same patterns). Two cases: the page as generated and the same
 * page with two undated paragraphs at the head of its article (every source tried, nothing
 * found: the worst case). The generated page's dispatch dateline is its fifth paragraph (the
 * dispatch's headline twice, each followed by one in another language:
 * scripts/lib/generate-page.ts), past the two
 * paragraphs a dateline is looked for in (utils/page-date/head-dates.ts): in the runs of
 * 7 December nothing is found there either, so both cases time the whole search.
 * Garbage is collected (CDP) before each sample, so a collection owed to earlier work (the
 * page's rendering, the baseline's megabyte strings) is not charged to a sub-millisecond call;
 * each sample of ours is the mean of 10 calls in a row (the page's clock ticks in 0.1 ms).
 * Goal: under 2 ms.
 */
import type { BenchPage } from './bench-page';
import type { PageName } from './fixtures';
import { met, ms, percentile, ratio, record, repeat, type Report } from './harness';

const GOAL_MS = 2;
const CALLS = 10;

export async function measurePageDate(
  bench: BenchPage,
  report: Report,
  quick: boolean,
): Promise<void> {
  const page: PageName = quick ? '100KB' : '1MB';
  const runs = quick ? 3 : 40;
  const gc = () => bench.cdp.send('HeapProfiler.collectGarbage');
  await bench.reload();
  await bench.call('load', 'page', page);
  const rows: string[][] = [];
  const figures: unknown[] = [];
  for (const which of ['generated', 'undated'] as const) {
    const size = await bench.call('pageDateSetUp', page, which);
    await bench.call('pageDateOnce', 3); // compiles the code paths: not recorded
    const ours = await repeat(runs, async () => (await gc(), bench.call('pageDateOnce', CALLS)));
    const baseline = await repeat(
      quick ? 1 : 9,
      async () => (await gc(), bench.call('pageDateBaselineOnce')),
    );
    const [p50, p95] = [
      percentile(
        ours.map((o) => o.ms),
        50,
      ),
      percentile(
        ours.map((o) => o.ms),
        95,
      ),
    ];
    const b50 = percentile(
      baseline.map((b) => b.ms),
      50,
    );
    rows.push([
      `${page}, ${which === 'generated' ? 'as generated' : 'undated head (every source tried)'}`,
      ours[0]!.found ?? 'none',
      ms(p50),
      ms(p95),
      ms(b50),
      ratio(b50, p50),
      `p95 < ${GOAL_MS} ms: ${met(p95 < GOAL_MS, quick)}`,
    ]);
    figures.push({
      page,
      case: which,
      ...size,
      p50,
      p95,
      baselineP50: b50,
      found: ours[0]!.found,
      baselineFound: baseline[0]!.found,
      samples: ours.map((o) => o.ms),
    });
  }
  record(
    report,
    'pageDate',
    {
      title: 'Page-date detection (findPageDate) per call (Chromium)',
      columns: [
        'page',
        'found',
        'ours p50',
        'ours p95',
        'whole-text scan p50',
        'baseline/ours',
        'goal',
      ],
      rows,
      note: `Baseline: document.body.textContent read and searched for the first date with the same patterns. Each sample of ours: the mean of ${CALLS} calls; garbage collected before each sample.`,
    },
    figures,
  );
}
