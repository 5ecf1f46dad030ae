import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

/**
 * The built Chrome extension, as `wxt build` writes it. QARINA_CHROME_BUILD points elsewhere (a
 * private build, when several people build in one working tree).
 */
export const CHROME_BUILD = resolve(process.env.QARINA_CHROME_BUILD ?? '.output/chrome-mv3');

const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/** Debian Chromium (or $CHROMIUM_PATH); a clear error, never a silent skip, when there is none. */
export function findChromium(candidates = CANDIDATES): string {
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) {
    throw new Error(
      'No Chromium found. Install it with `bash scripts/install-system.sh` (Debian/Ubuntu), ' +
        'or set CHROMIUM_PATH to a Chromium or Chrome executable.',
    );
  }
  return found;
}

/** Flags these machines need (no sandbox as root, no GPU, no calls home on a closed network). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-features=Translate,MediaRouter',
];

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
}

/**
 * A fresh Chromium profile with the built extension loaded. Both flags are needed: without
 * --disable-extensions-except, Playwright's default --disable-extensions wins.
 */
export async function launchWithExtension(options: {
  headless: boolean;
  extensionPath?: string;
  viewport?: { width: number; height: number } | null;
  /** More Chromium flags (e.g. --log-net-log=<file> to record every request from launch on). */
  args?: string[];
}): Promise<ExtensionBrowser> {
  const extensionPath = options.extensionPath ?? CHROME_BUILD;
  if (!existsSync(join(extensionPath, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionPath}: run \`npx wxt build\` first.`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'qarina-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: options.headless,
    viewport: options.viewport === undefined ? { width: 1280, height: 900 } : options.viewport,
    args: [
      ...CHROMIUM_FLAGS,
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
      ...(options.args ?? []),
    ],
  });
  const serviceWorker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  return { context, extensionId, serviceWorker };
}
