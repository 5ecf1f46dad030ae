/**
 * The cache in Chromium's IndexedDB: seeding it, and a service worker waking to a seeded cache
 * (bundled JSON parsed and validated, store created, first entry answered from the cache),
 * against parsing the same JSON alone.
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
    const parts = ['parseMs', 'validateMs', 'storeMs'].map((k) =>
      ms(median(wakes.map((w) => w[k as 'ms']))),
    );
    const goals = [
      kb === '100k' ? `seed < 5 s: ${met(seed < 5000)}` : '',
      kb === '10k' ? `wake < 50 ms: ${met(wake < 50)}` : '',
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
        'parse / validate / store',
        'JSON.parse alone',
        'wake/parse',
        'goal',
      ],
      rows,
      note: 'wake: JSON.parse + KnowledgeBaseSchema.parse + createKnowledgeStore (content hash) + start + first getEntry from the cache.',
    },
    figures,
  );
}
