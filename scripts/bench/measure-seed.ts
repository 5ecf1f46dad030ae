/**
 * The cache in Chromium's IndexedDB: seeding it, and a service worker waking to a seeded cache
 * (store created with the build's data version, opened, version compared, first entry answered
 * from the cache; the bundled file never loaded), against parsing the bundled JSON alone.
 */
import type { BenchPage } from './bench-page';
import type { KbName } from './fixtures';
import { median, met, ms, ratio, record, repeat, type Report } from './harness';

export async function measureSeed(bench: BenchPage, report: Report, quick: boolean): Promise<void> {
  const kbs: KbName[] = quick ? ['bundled'] : ['bundled', '10k', '100k'];
  const rows: string[][] = [];
  const figures: unknown[] = [];
  for (const kb of kbs) {
    await bench.reload();
    await bench.call('load', 'kb', kb);
    const runs = quick ? 1 : kb === '100k' ? 3 : 7;
    const seed = median((await repeat(runs, () => bench.call('seedOnce', kb))).map((s) => s.ms));
    const wakes = await repeat(quick ? 1 : 7, () => bench.call('wakeOnce', kb));
    const parse = median(
      (await repeat(quick ? 1 : 7, () => bench.call('parseOnce', kb))).map((p) => p.ms),
    );
    const wake = median(wakes.map((w) => w.ms));
    const parts = ['checkMs', 'getMs'].map((k) => ms(median(wakes.map((w) => w[k as 'ms']))));
    const goals = [
      kb === '100k' ? `seed < 5 s: ${met(seed < 5000, quick)}` : '',
      kb === '10k' ? `wake < 50 ms: ${met(wake < 50, quick)}` : '',
    ];
    rows.push([
      kb,
      ms(seed),
      ms(wake),
      parts.join(' / '),
      ms(parse),
      ratio(wake, parse),
      goals.filter(Boolean).join('; ') || '—',
    ]);
    figures.push({ kb, seedMs: seed, wakeMs: wake, parseMs: parse, wakes });
  }
  record(
    report,
    'cache',
    {
      title: 'Seed the cache; service worker wake → ready (median, real IndexedDB)',
      columns: [
        'knowledge base',
        'seed',
        'wake → ready',
        'open + version check / first getEntry',
        'JSON.parse alone',
        'wake/parse',
        'goal',
      ],
      rows,
      note:
        'seed: start() on an emptied cache with the knowledge base in memory (open, version check, one readwrite transaction of entry buckets, sources and version). ' +
        "wake: what entrypoints/background.ts does on waking — createKnowledgeStore with the build's version and entry count (no parse, no validation, no hash), start() (open IndexedDB, read the stored version), then the first getEntry from the cache; a wake that fetched the bundled file would fail the run.",
    },
    figures,
  );
}
