/**
 * Helpers for the hostile and heavy pages (scripts/demo/hostile/): Qarina's console errors, the
 * page's DOM compared with its own copy from before the content script ran, responsiveness.
 * The page-side code uses no Array methods: some pages replace them.
 */
import type { BrowserContext, Frame, Page, Worker } from '@playwright/test';

const FROM_QARINA = /chrome-extension:\/\/|qarina/i;

/** Errors from Qarina (text or location naming the extension) in every page and the worker. */
export function collectQarinaErrors(context: BrowserContext, worker: Worker): string[] {
  const errors: string[] = [];
  const onConsole = (m: { type(): string; text(): string; location(): { url: string } }) => {
    if (m.type() === 'error' && FROM_QARINA.test(`${m.text()} ${m.location().url}`))
      errors.push(m.text());
  };
  context.on('console', onConsole);
  worker.on('console', onConsole);
  context.on('weberror', (e) => {
    const error = e.error();
    if (FROM_QARINA.test(`${error.message}\n${error.stack ?? ''}`)) errors.push(error.message);
  });
  return errors;
}

/** Every console error of a page, whoever caused it (for pages with no script of their own). */
export function collectAllErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** The page's DOM as serialised at DOMContentLoaded (by harness.js) and now, minus <qarina-ui>. */
export function domBeforeAndNow(target: Page | Frame): Promise<{ before: string; now: string }> {
  return target.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    for (const host of clone.querySelectorAll('qarina-ui')) host.remove();
    return {
      before: (window as unknown as { __domBefore: string }).__domBefore,
      now: clone.outerHTML,
    };
  });
}

/** The number of <qarina-ui> elements in a page or frame (at most one, the host). */
export function hostCount(target: Page | Frame): Promise<number> {
  return target.evaluate(() => document.querySelectorAll('qarina-ui').length);
}

/**
 * Highlighted texts without Array methods or Range setters (for pages that replace them): Qarina
 * paints with StaticRanges, read here from their text nodes.
 */
export function highlighted(target: Page | Frame, name = 'qarina-underline'): Promise<string[]> {
  return target.evaluate((n) => {
    const texts: string[] = [];
    for (const r of CSS.highlights.get(n) ?? []) {
      const start = r.startContainer as Text;
      let text = '';
      if (start === r.endContainer) text = start.data.slice(r.startOffset, r.endOffset);
      else {
        // A mention across text nodes: the start's tail, the nodes between, the end's head.
        const walker = document.createTreeWalker(document, NodeFilter.SHOW_TEXT);
        walker.currentNode = start;
        text = start.data.slice(r.startOffset);
        for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
          if (t === r.endContainer) {
            text += t.data.slice(0, r.endOffset);
            break;
          }
          text += t.data;
        }
      }
      texts[texts.length] = text;
    }
    return texts;
  }, name);
}

/** True when the page's requestAnimationFrame counter (harness.js) keeps advancing. */
export async function keepsAnimating(page: Page): Promise<boolean> {
  const frames = () => page.evaluate(() => (window as unknown as { __frames: number }).__frames);
  const before = await frames();
  await page.waitForTimeout(300);
  return (await frames()) > before;
}
