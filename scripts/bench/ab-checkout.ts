/**
 * What the ab-*.ts scripts share: their two checkouts (and optional arguments) from the
 * command line, and a checkout's own bench page. Each side bundles its checkout's
 * scripts/bench/page-entry.ts, so that the two sides run two versions of the code in one process.
 */
import type { BenchPage } from './bench-page';
import type { KbName, PageName } from './fixtures';

/**
 * BEFORE, AFTER and the optional arguments after them (missing ones from `defaults`); prints
 * `usage` and exits when a checkout is missing.
 */
export function abArgs<const D extends readonly string[]>(
  usage: string,
  defaults: D,
): [string, string, ...{ -readonly [K in keyof D]: string }] {
  const [before, after, ...rest] = process.argv.slice(2);
  if (!before || !after) {
    console.error(`usage: ${usage}`);
    process.exit(2);
  }
  const args = defaults.map((d, i) => rest[i] ?? d) as { -readonly [K in keyof D]: string };
  return [before, after, ...args];
}

/** A checkout's bench page (a worktree with node_modules linked, or this one). */
export async function openCheckout(root: string): Promise<BenchPage> {
  process.chdir(root); // the bench page bundles scripts/bench/page-entry.ts of the current folder
  const { openBenchPage } = (await import(`${root}/scripts/bench/bench-page.ts`)) as {
    openBenchPage: () => Promise<BenchPage>;
  };
  return openBenchPage();
}

/** A checkout's bench page with `page` and `kb` loaded and the lexicon built. */
export async function openLoaded(root: string, page: string, kb: string): Promise<BenchPage> {
  const bench = await openCheckout(root);
  await bench.call('load', 'page', page as PageName);
  await bench.call('load', 'kb', kb as KbName);
  await bench.call('buildLexiconOf', kb as KbName);
  return bench;
}
