/**
 * npx tsx scripts/bench/alloc-scan.ts [PAGE] [KB] [INTERVAL]
 *
 * What one scan allocates, by allocation site (issue 18 goal 3): a CDP sampling heap profile
 * (HeapProfiler.startSampling, one sample every INTERVAL bytes, default 4096) of one scan of PAGE
 * in the bench page, taken twice after an untimed warm-up: once counting every allocation
 * (objects later collected by minor and major GCs included) and once counting only what is still
 * alive when the scan has painted (the scan's survivors). Prints the top sites of each, in MB and
 * per MB of the page's text, by the allocating function and its line. A tool for working on the
 * scan's garbage, not a measure of `npm run bench`; nothing is asserted.
 */
import { openBenchWith, type BenchPage } from './bench-page';
import type { KbName, PageName } from './fixtures';

const [page = '5MB', kb = 'bundled', intervalArg = '4096'] = process.argv.slice(2);

interface ProfileNode {
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  selfSize: number;
  children: ProfileNode[];
}

/** Self size by site (function:line), the call's parent function beside it. */
function bySite(root: ProfileNode): Map<string, number> {
  const sites = new Map<string, number>();
  const visit = (node: ProfileNode, parent: string) => {
    const { functionName, lineNumber, url } = node.callFrame;
    const name = functionName || '(anonymous)';
    if (node.selfSize > 0) {
      const file = url.endsWith('bench.js') ? '' : ` ${url.split('/').pop()}`;
      const key = `${name}:${lineNumber + 1}${file} ← ${parent}`;
      sites.set(key, (sites.get(key) ?? 0) + node.selfSize);
    }
    for (const child of node.children) visit(child, name);
  };
  visit(root, '');
  return sites;
}

async function profile(bench: BenchPage, all: boolean): Promise<{ sites: Map<string, number> }> {
  await bench.call('dropScanState');
  await bench.call('treeWalkerFloor', page as PageName); // renders a fresh copy, scans nothing
  await bench.cdp.send('HeapProfiler.collectGarbage');
  await bench.cdp.send('HeapProfiler.startSampling', {
    samplingInterval: Number(intervalArg),
    includeObjectsCollectedByMajorGC: all,
    includeObjectsCollectedByMinorGC: all,
  } as { samplingInterval: number });
  const scan = await bench.call('scanPage', page, kb);
  const { profile: p } = (await bench.cdp.send('HeapProfiler.stopSampling')) as unknown as {
    profile: { head: ProfileNode };
  };
  console.log(
    `${all ? 'allocated' : 'alive after'}: ${scan.mentions} mentions, longest slice ${scan.longestSliceMs.toFixed(1)} ms`,
  );
  return { sites: bySite(p.head) };
}

function print(title: string, sites: Map<string, number>, mb: number): void {
  const total = [...sites.values()].reduce((s, x) => s + x, 0);
  console.log(
    `${title}: ${(total / 1048576).toFixed(2)} MB (${(total / 1048576 / mb).toFixed(2)} MB per MB of page)`,
  );
  for (const [site, size] of [...sites].sort((a, b) => b[1] - a[1]).slice(0, 24))
    console.log(`  ${(size / 1048576).toFixed(2).padStart(7)} MB  ${site}`);
}

const bench = await openBenchWith(page as PageName, kb as KbName);
try {
  await bench.call('scanPage', page, kb, 1e9); // warm-up, untimed
  const mb = page.endsWith('MB') ? Number(page.slice(0, -2)) : Number(page.slice(0, -2)) / 1024;
  print('allocated during the scan', (await profile(bench, true)).sites, mb);
  print('alive after the scan', (await profile(bench, false)).sites, mb);
} finally {
  await bench.close();
}
