/**
 * A headless Chromium with or without the built extension, and a CDP trace of what a page does
 * meanwhile, cut into tasks with the extension's part of each (trace-tasks.ts): shared by the
 * measures that load real pages with the extension (measure-heavy.ts, measure-storm.ts).
 */
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, findChromium, launchWithExtension } from '../lib/chromium';
import { stamps, tasksOf, type Task, type TraceEvent } from './trace-tasks';

/** Present once the content script's first scan has painted (card-host.ts). */
export const READY = 'qarina-ui[data-ready]';
const CATEGORIES =
  'devtools.timeline,disabled-by-default-devtools.timeline,blink,v8.execute,toplevel';

/** A browser with the extension at `extension` (a build directory), or without any (null). */
export async function open(
  extension: string | null,
): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  if (extension !== null) {
    const { context } = await launchWithExtension({ headless: true, extensionPath: extension });
    return { context, close: () => context.close() };
  }
  const browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  return { context, close: () => browser.close() };
}

/** Traces `act` on a new page of `context`; returns the page's tasks and time stamps. */
export async function traced(
  context: BrowserContext,
  act: (page: Page) => Promise<void>,
): Promise<{ tasks: Task[]; marks: Map<string, number> }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  await act(page);
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await done;
  await page.close();
  return { tasks: tasksOf(events), marks: stamps(events) };
}

export const stamp = (page: Page, label: string) =>
  page.evaluate((l) => console.timeStamp(l), label);
