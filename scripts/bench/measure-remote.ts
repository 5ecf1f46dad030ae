/**
 * Find + highlight with remote matching (issue 18, goal 4) beside the local matcher, same page,
 * same run: the whole scan's wall time (to the paint after the last answer), the page thread's
 * share (the scanner's slices plus serialising requests and parsing answers) and its longest
 * slice, the background's share (matching), and the messages. The background's stand-in runs on
 * the page's thread (scripts/bench/page/remote-channel.ts), so the remote wall time is the sum of
 * both shares, an upper bound of what a separate process gives.
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
    const remotePage = m(remote, (r) => r.busyMs + channel(r).pageMs);
    const background = m(remote, (r) => channel(r).backgroundMs);
    rows.push([
      `${page} × ${kb}`,
      `${ms(localWall)} (slices ${ms(m(local, (r) => r.busyMs))}, longest ${ms(m(local, (r) => r.longestSliceMs))})`,
      `${ms(remoteWall)} (page ${ms(remotePage)}, longest slice ${ms(m(remote, (r) => r.longestSliceMs))})`,
      ms(background),
      `${m(remote, (r) => channel(r).messages)} · ${bytes(m(remote, (r) => channel(r).chars))}`,
      ratio(localWall, remotePage),
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
        'remote: wall (page thread, longest slice)',
        'remote: background matching',
        'messages · JSON both ways',
        'local wall / remote page thread',
        'mentions local / remote',
      ],
      rows,
      note: "The background's stand-in shares the page's thread here (a task away each way, JSON both ways): the remote wall time is page + background; in the extension the background is another process.",
    },
    figures,
  );
}
