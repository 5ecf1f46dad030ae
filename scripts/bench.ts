/**
 * npm run bench [-- --quick] [--out FILE] [--no-build] [--only NAME,NAME…] [--cases PAGE:KB,…]
 *
 * Qarina's benchmark in headless Chromium: one table per measure, each figure the median of
 * several runs with its ratio to a baseline measured in the same run, and the same figures as
 * JSON in FILE (default bench-results/bench.json). --quick runs every measure once on the
 * smallest sizes (npm test runs it so the benchmark never rots). --only runs the named measures
 * (highlight, longtask, ready, remote, card, search, seed, heap, pagedate, heavy, storm, bundle) while one is
 * being worked on; heavy and storm measure the built extension (QARINA_CHROME_BUILD;
 * QARINA_BASELINE_BUILD adds another to heavy);
 * --cases runs only the named find + highlight cases of a full run (1MB:bundled,1MB:100k),
 * without mark.js.
 * Nothing asserts a timing.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { openBenchPage } from './bench/bench-page';
import { markdownTable, newReport } from './bench/harness';
import { measureBundle } from './bench/measure-bundle';
import { measureCard } from './bench/measure-card';
import { measureHeap } from './bench/measure-heap';
import { measureHeavy } from './bench/measure-heavy';
import { measureHighlight } from './bench/measure-highlight';
import { measureLongTask } from './bench/measure-longtask';
import { measurePageDate } from './bench/measure-page-date';
import { measureReady } from './bench/measure-ready';
import { measureRemote } from './bench/measure-remote';
import { measureSearch } from './bench/measure-search';
import { measureSeed } from './bench/measure-seed';
import { measureStorm } from './bench/measure-storm';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const outAt = args.indexOf('--out');
const out = resolve(outAt >= 0 && args[outAt + 1] ? args[outAt + 1]! : 'bench-results/bench.json');

const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? new Set((args[onlyAt + 1] ?? '').split(',')) : undefined;
const wanted = (name: string) => only === undefined || only.has(name);
if (only) {
  const known = [
    'highlight',
    'longtask',
    'ready',
    'remote',
    'card',
    'search',
    'seed',
    'heap',
    'pagedate',
    'heavy',
    'storm',
    'bundle',
  ];
  const unknown = [...only].filter((name) => !known.includes(name));
  if (unknown.length > 0 || only.size === 0) {
    console.error(
      `--only takes measures among ${known.join(', ')}; got "${args[onlyAt + 1] ?? ''}"`,
    );
    process.exit(2);
  }
}

const casesAt = args.indexOf('--cases');
const highlightCases = casesAt >= 0 ? (args[casesAt + 1] ?? '').split(',') : undefined;

const started = performance.now();
const report = newReport();
const bench = await openBenchPage();
try {
  console.log(
    `Qarina benchmark${quick ? ' (quick: one run, smallest sizes)' : ''}, ${await bench.page.evaluate(() => navigator.userAgent)}`,
  );
  if (quick) {
    console.log(
      'A quick run checks that every measure runs; its figures are not comparable with the goals, ' +
        'so no timing goal is judged. Run `npm run bench` for figures to compare.',
    );
  }
  if (wanted('highlight')) await measureHighlight(bench, report, quick, highlightCases);
  if (wanted('longtask')) await measureLongTask(bench, report, quick);
  if (wanted('ready')) await measureReady(bench, report, quick);
  if (wanted('remote')) await measureRemote(bench, report, quick);
  if (wanted('card')) await measureCard(bench, report, quick);
  if (wanted('search')) await measureSearch(bench, report, quick);
  if (wanted('seed')) await measureSeed(bench, report, quick);
  if (wanted('heap')) await measureHeap(bench, report, quick);
  if (wanted('pagedate')) await measurePageDate(bench, report, quick);
} finally {
  await bench.close();
}
if (wanted('heavy')) await measureHeavy(report, quick);
if (wanted('storm')) await measureStorm(report, quick);
if (wanted('bundle')) measureBundle(report, !args.includes('--no-build'));

const seconds = (performance.now() - started) / 1000;
mkdirSync(dirname(out), { recursive: true });
const meta = {
  quick,
  date: new Date().toISOString(),
  seconds,
  command: `npm run bench${quick ? ' -- --quick' : ''}`,
};
writeFileSync(
  out,
  JSON.stringify({ meta, figures: report.figures, tables: report.tables }, null, 2),
);
writeFileSync(
  out.replace(/\.json$/, '.md'),
  report.tables.map((t) => `**${t.title}**\n\n${markdownTable(t)}`).join('\n\n') + '\n',
);
console.log(
  `\nFigures written to ${out} (and ${out.replace(/\.json$/, '.md')}) in ${seconds.toFixed(1)} s.`,
);
