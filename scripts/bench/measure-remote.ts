/**
 * Find + highlight with remote matching (issue 18, goals 2 and 4) beside the local matcher, same
 * page, same run: the whole scan's wall time (to the paint after the last answer), the page
 * thread's share (the scanner's slices plus serialising requests and parsing answers) and its
 * longest slice, the background's share (matching), the waits between the two threads, and the
 * messages. The background's stand-in is a dedicated worker (scripts/bench/page/remote-channel.ts):
 * page and background overlap as in the extension, where the background is another process.
 */
import type { BenchPage } from './bench-page';
import type { KbName, PageName } from './fixtures';
import { bytes, median, ms, ratio, record, repeat, type Report } from './harness';
import type { ScanResult } from './page/scan';

export async function measureRemote(
  bench: BenchPage,
  report: Report,
  quick: boolean,
): Promise<void> {
  const page: PageName = quick ? '100KB' : '1MB';
  const kbs: KbName[] = quick ? ['bundled'] : ['bundled', '10k', '100k'];
  const rows: string[][] = [];
  const figures: unknown[] = [];
  let bundledWall = NaN;
  for (const kb of kbs) {
    await bench.reload();
    await bench.call('load', 'page', page);
    await bench.call('load', 'kb', kb);
    await bench.call('buildLexiconOf', kb);
    const runs = quick ? 1 : kb === '100k' ? 3 : 5;
    const local: ScanResult[] = [];
    const remote: ScanResult[] = [];
    // Interleaved, so that the machine's load falls on both alike.
    await repeat(runs, async () => {
      local.push(await bench.call('scanPage', page, kb));
      remote.push(await bench.call('scanPage', page, kb, undefined, true));
    });
    await bench.call('clear');
    process.stderr.write(`  remote matching: ${page} × ${kb} done\n`);
    const m = (list: ScanResult[], of: (r: ScanResult) => number) => median(list.map(of));
    const channel = (r: ScanResult) => r.remote!;
    const localWall = m(local, (r) => r.ms);
    const remoteWall = m(remote, (r) => r.ms);
    const remotePage = m(remote, (r) => r.busyMs + channel(r).pageMs + channel(r).applyMs);
    const background = m(remote, (r) => channel(r).backgroundMs);
    if (kb === 'bundled') bundledWall = localWall;
    const shipped = kb === 'bundled' ? localWall : remoteWall;
    rows.push([
      `${page} × ${kb}`,
      `${ms(localWall)} (slices ${ms(m(local, (r) => r.busyMs))}, longest ${ms(m(local, (r) => r.longestSliceMs))})`,
      `${ms(remoteWall)} (page ${ms(remotePage)}: answers ${ms(m(remote, (r) => channel(r).applyMs))}; longest slice ${ms(m(remote, (r) => r.longestSliceMs))})`,
      `${ms(background)} (build ${ms(m(remote, (r) => channel(r).workerBuildMs))})`,
      `${ms(m(remote, (r) => channel(r).toWorkerMs))} · ${ms(m(remote, (r) => channel(r).toPageMs))}`,
      `${ms(m(remote, (r) => channel(r).firstRequestMs))} · ${ms(m(remote, (r) => channel(r).afterLastAnswerMs))}`,
      `${m(remote, (r) => channel(r).messages)} · ${bytes(m(remote, (r) => channel(r).chars))}`,
      ratio(localWall, remotePage),
      `${ratio(remoteWall, localWall)} · ${ratio(shipped, bundledWall)}`,
      `${local[0]!.mentions} / ${remote[0]!.mentions}`,
    ]);
    figures.push({ page, kb, local, remote });
  }
  record(
    report,
    'remoteMatching',
    {
      title: 'Find + highlight, local matcher vs remote matching (median, interleaved runs)',
      columns: [
        'page × knowledge base',
        'local: wall (slices, longest)',
        'remote: wall (page thread: slices, JSON and applying answers; longest slice)',
        'remote: background (worker) matching (its matcher build, before the scan)',
        'waits, summed: requests for the worker · answers for the page',
        'first request · after last answer',
        'messages · JSON both ways',
        'local wall / remote page thread',
        'remote wall / local wall · as shipped / bundled local wall',
        'mentions local / remote',
      ],
      rows,
      note:
        "The background's stand-in is a dedicated worker with its own matcher (JSON both ways, as runtime messaging): page and background overlap, as in the extension, where the background is another process. " +
        'As shipped: local up to 2,000 entries (bundled), remote above. ' +
        'Waits: a request queued behind earlier ones in the worker, an answer queued behind the page’s slices. ' +
        'First request: from the scan’s start; after last answer: to the paint that ends the scan.',
    },
    figures,
  );
}
