/**
 * Bundle size (gzip, node:zlib level 9) of each entrypoint of the built Chrome extension: the
 * files its manifest or HTML page loads, plus the chunks those import, JS and CSS. The card's
 * code (card.js, the web-accessible script the content script imports on first need) is its own
 * row: every page parses the content script, only a page with a card to show parses the card.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROME_BUILD } from '../lib/chromium';
import { bytes, met, record, type Report } from './harness';

interface Manifest {
  background?: { service_worker?: string };
  action?: { default_popup?: string };
  content_scripts?: { js?: string[]; css?: string[] }[];
  web_accessible_resources?: { resources?: string[] }[];
}

const read = (file: string) => readFileSync(join(CHROME_BUILD, file));
const strip = (path: string) => posix.normalize(path.replace(/^\//, ''));

/** The file and every JS/CSS file it loads, transitively (HTML script/link tags, JS imports). */
function closure(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(join(CHROME_BUILD, file))) return;
    seen.add(file);
    const text = read(file).toString('utf8');
    const pattern = file.endsWith('.html')
      ? /<(?:script[^>]*\ssrc|link[^>]*\shref)="([^"]+\.(?:js|css))"/g
      : /(?:\bimport\s*\(?|\bfrom)\s*["']([^"']+\.(?:js|css))["']/g;
    for (const [, ref] of text.matchAll(pattern))
      visit(ref!.startsWith('/') ? strip(ref!) : strip(posix.join(posix.dirname(file), ref!)));
  };
  visit(entry);
  return [...seen].filter((f) => !f.endsWith('.html'));
}

const gzipped = (files: string[]) =>
  files.reduce((sum, f) => sum + gzipSync(read(f), { level: 9 }).length, 0);
const raw = (files: string[]) => files.reduce((sum, f) => sum + read(f).length, 0);

export function measureBundle(report: Report, build: boolean): void {
  if (build) {
    console.log('\n$ npx wxt build');
    // Rollup's warnings about dependencies' comments are noise here: shown only if the build fails.
    const result = spawnSync('npx', ['wxt', 'build'], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`wxt build failed:\n${result.stdout}${result.stderr}`);
  }
  const manifest = JSON.parse(read('manifest.json').toString('utf8')) as Manifest;
  const entrypoints: [string, string[], number | undefined][] = [
    [
      'content script',
      (manifest.content_scripts ?? []).flatMap((c) =>
        [...(c.js ?? []), ...(c.css ?? [])].flatMap(closure),
      ),
      40 * 1024,
    ],
    [
      'card, on first need',
      (manifest.web_accessible_resources ?? [])
        .flatMap((w) => w.resources ?? [])
        .filter((r) => r.endsWith('.js'))
        .flatMap(closure),
      undefined,
    ],
    [
      'popup',
      manifest.action?.default_popup ? closure(manifest.action.default_popup) : [],
      60 * 1024,
    ],
    [
      'background',
      manifest.background?.service_worker ? closure(manifest.background.service_worker) : [],
      undefined,
    ],
  ];
  const rows = entrypoints.map(([name, files, goal]) => {
    const size = gzipped(files);
    return [
      name,
      files.join(', '),
      bytes(raw(files)),
      bytes(size),
      goal === undefined ? '—' : `≤ ${bytes(goal)}: ${met(size <= goal)}`,
    ];
  });
  record(
    report,
    'bundleSize',
    {
      title: 'Bundle size of each entrypoint (.output/chrome-mv3, gzip -9)',
      columns: ['entrypoint', 'files', 'raw', 'gzip', 'goal'],
      rows,
    },
    entrypoints.map(([name, files]) => ({ name, files, raw: raw(files), gzip: gzipped(files) })),
  );
}
