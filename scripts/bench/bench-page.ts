/**
 * The benchmark page in headless Chromium: page-entry.ts bundled with esbuild (IIFE) from the
 * extension's own modules, served from 127.0.0.1 with the generated pages and knowledge bases,
 * and a typed `call` into `window.qarinaBench`. The page's origin is a real http origin, so
 * IndexedDB is Chromium's own.
 */
import { build } from 'esbuild';
import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, findChromium } from '../lib/chromium';
import { fixture, type KbName, type PageName } from './fixtures';
import type { BenchApi } from './page-entry';
import { REMOTE_WORKER_PATH } from './page/remote-channel';

const HTML = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>Qarina bench</title>
<style>body{font:16px/1.6 system-ui,sans-serif;margin:2em}::highlight(qarina-bench),::highlight(bench-regex){text-decoration:underline dotted}</style>
</head><body><p>حوار <span id="anchor">وانغ يي</span> في ألماتي</p><main id="root"></main><script src="/bench.js"></script></body></html>`;

/**
 * Bundles a script of the page (page-entry.ts; remote-worker.ts, the background's stand-in run
 * as a dedicated worker): the same modules the extension ships, `wxt/browser` stubbed.
 */
async function bundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [resolve(entry)],
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    write: false,
    minify: false,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    alias: { 'wxt/browser': resolve('scripts/bench/page/wxt-browser-stub.ts') },
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

export interface BenchPage {
  page: Page;
  cdp: CDPSession;
  /** Calls `window.qarinaBench[name](...args)` in the page. */
  call<K extends keyof BenchApi>(
    name: K,
    ...args: Parameters<BenchApi[K]>
  ): Promise<Awaited<ReturnType<BenchApi[K]>>>;
  /** A fresh page (new document, same origin and browser): between measures. */
  reload(): Promise<void>;
  close(): Promise<void>;
}

/** Starts the server and a headless Chromium on the benchmark page. */
export async function openBenchPage(): Promise<BenchPage> {
  const script = await bundle('scripts/bench/page-entry.ts');
  const worker = await bundle('scripts/bench/page/remote-worker.ts');
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const body =
      path === '/'
        ? HTML
        : path === '/bench.js'
          ? script
          : path === REMOTE_WORKER_PATH
            ? worker
            : fixture(path);
    if (body === undefined) return void response.writeHead(404).end();
    const type =
      path === '/'
        ? 'text/html'
        : path.endsWith('.js')
          ? 'text/javascript'
          : path.startsWith('/kb/')
            ? 'application/json'
            : 'text/html';
    response
      .writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' })
      .end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  const browser: Browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    // --enable-precise-memory-info: exact heap figures; the JS flag lets CDP collect garbage.
    // BENCH_CDP_PORT: a debugging port, for a worker's profile (timeline-remote.ts).
    args: [
      ...CHROMIUM_FLAGS,
      '--enable-precise-memory-info',
      ...(process.env.BENCH_CDP_PORT ? [`--remote-debugging-port=${process.env.BENCH_CDP_PORT}`] : []),
    ],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(0); // mark.js over a large page takes as long as it takes
  const cdp = await page.context().newCDPSession(page);
  const goto = async () => {
    await page.goto(url);
    await page.waitForFunction(() => 'qarinaBench' in window);
  };
  await goto();
  return {
    page,
    cdp,
    call: (name, ...args) =>
      page.evaluate(
        ([n, a]) =>
          (window as unknown as { qarinaBench: Record<string, (...x: unknown[]) => unknown> })
            .qarinaBench[n]!(...a),
        [name, args] as [string, unknown[]],
      ) as never,
    reload: goto,
    async close() {
      await browser.close();
      await new Promise((done) => server.close(done));
    },
  };
}

/**
 * The bench page with `page` rendered once and `kb`'s lexicon built: what the one-off trace and
 * profile scripts (trace-scan.ts, gc-scan.ts, alloc-scan.ts…) all start from.
 */
export async function openBenchWith(page: PageName, kb: KbName): Promise<BenchPage> {
  const bench = await openBenchPage();
  await bench.call('load', 'page', page);
  await bench.call('load', 'kb', kb);
  await bench.call('buildLexiconOf', kb);
  return bench;
}

/** A heap snapshot of the bench page after two full collections, as the raw JSON text. */
export async function heapSnapshotText(bench: BenchPage): Promise<string> {
  await bench.cdp.send('HeapProfiler.collectGarbage');
  await bench.cdp.send('HeapProfiler.collectGarbage');
  const chunks: string[] = [];
  const onChunk = (e: { chunk: string }) => void chunks.push(e.chunk);
  bench.cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await bench.cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  bench.cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  return chunks.join('');
}
