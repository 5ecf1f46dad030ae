import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

/** The built Firefox extension, as `wxt build -b firefox` writes it. */
export const FIREFOX_BUILD = resolve('.output/firefox-mv2');

const CANDIDATES = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** Firefox ESR from Debian (or $FIREFOX_PATH); a clear error, never a silent skip, when missing. */
export function findFirefox(): string {
  const found = CANDIDATES.find((path) => path && existsSync(path));
  if (!found) {
    throw new Error(
      'No Firefox found. Install it with `bash scripts/install-system.sh` (Debian/Ubuntu), or set FIREFOX_PATH.',
    );
  }
  return found;
}

/**
 * Headless Firefox driven over WebDriver BiDi (puppeteer-core: no browser download), with the
 * built extension installed as a temporary add-on.
 */
export async function launchFirefoxWithExtension(): Promise<{ browser: Browser; addonId: string }> {
  if (!existsSync(join(FIREFOX_BUILD, 'manifest.json'))) {
    throw new Error(
      `No Firefox build at ${FIREFOX_BUILD}: run \`npx wxt build -b firefox\` first.`,
    );
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
  });
  const addonId = await browser.installExtension(FIREFOX_BUILD);
  return { browser, addonId };
}
