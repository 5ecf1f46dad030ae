import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  collectAllErrors,
  collectQarinaErrors,
  domBeforeAndNow,
  highlighted,
  hostCount,
} from './hostile-page';
import { CARD, hoverMention, openReady } from './qarina-page';

/**
 * Reads the page with CDP's Runtime.evaluate: Playwright's own page.evaluate wrapper runs in the
 * page's world and would trip on the replaced built-ins. The expressions use none of them.
 */
async function rawEvaluate<T>(page: Page, expression: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression,
    returnByValue: true,
  });
  if (exceptionDetails)
    throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return result.value as T;
}

// Qarina paints with StaticRanges (no text, no rects), and this page replaces Range's setStart and
// document.createRange: text is read from the text node, the point from a live range made with
// the setters left (selectNodeContents, setEnd, collapse) at the end of the mention's first letter.
const HIGHLIGHTED = `(() => { const t = []; for (const r of CSS.highlights.get('qarina-underline') ?? []) t[t.length] = r.startContainer.data.slice(r.startOffset, r.startContainer === r.endContainer ? r.endOffset : undefined); return t; })()`;
const FIRST_MENTION_POINT = `(() => { const s = CSS.highlights.get('qarina-underline').values().next().value;
  const x = new Range(); x.selectNodeContents(s.startContainer); x.setEnd(s.startContainer, s.startOffset + 1); x.collapse(false);
  const r = x.getBoundingClientRect();
  return { x: r.left - 2, y: r.top + r.height / 2 }; })()`;
const DOM_UNCHANGED = `(() => { const c = document.documentElement.cloneNode(true);
  for (const h of c.querySelectorAll('qarina-ui')) h.remove(); return c.outerHTML === window.__domBefore; })()`;

test('a page that replaces built-ins (Array.prototype.map, appendChild, getComputedStyle…) gets highlights and cards', async ({
  context,
  demo,
  serviceWorker,
}) => {
  const errors = collectQarinaErrors(context, serviceWorker);
  const page = await openReady(context, `${demo.url}/hostile/builtins.html`);
  await expect
    .poll(() => rawEvaluate(page, HIGHLIGHTED))
    .toEqual(['Wang Yi', 'Murat Nurtleu', 'Almaty', 'United Nations']);
  await page.mouse.move(5, 5);
  const point = await rawEvaluate<{ x: number; y: number }>(page, FIRST_MENTION_POINT);
  await page.mouse.move(point.x, point.y, { steps: 2 });
  await expect(page.locator(CARD).locator('.qc-title')).toHaveText('Wang Yi');
  // Qarina never called the page's versions (Playwright's own injected script may have).
  expect(await rawEvaluate(page, 'window.__hostileStacks')).not.toMatch(/extension:\/\//);
  expect(await rawEvaluate(page, DOM_UNCHANGED)).toBe(true);
  expect(errors).toEqual([]);
});

test("a page with a strict CSP (default-src 'none'): highlights, a styled card, no console error, DOM untouched", async ({
  context,
  demo,
}) => {
  const page = await context.newPage();
  const errors = collectAllErrors(page); // the page has no script of its own: every error would be Qarina's
  const response = await page.goto(`${demo.url}/hostile/csp.html`);
  expect(response!.headers()['content-security-policy']).toBe("default-src 'none'");
  await page.waitForSelector('qarina-ui[data-ready]', { state: 'attached' });
  await expect
    .poll(() => highlighted(page))
    .toEqual(expect.arrayContaining(['وانغ يي', 'ألماتي', 'Wang Yi']));
  await hoverMention(page, 'Murat Nurtleu');
  const card = page.locator(CARD);
  await expect(card.locator('.qc-title')).toHaveText('Murat Nurtleu');
  const box = (await card.boundingBox())!;
  expect(box.width).toBeGreaterThan(150); // its stylesheet applied (an unstyled card has no width)
  const source = await response!.text();
  const same = await page.evaluate((html) => {
    const parsed = new DOMParser().parseFromString(html, 'text/html').documentElement.outerHTML;
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    clone.querySelector('qarina-ui')?.remove();
    return clone.outerHTML === parsed;
  }, source);
  expect(same).toBe(true);
  expect(errors).toEqual([]);
});

test('a page that removes the host element: highlights stay, the next card brings the host back', async ({
  context,
  demo,
  serviceWorker,
}) => {
  const errors = collectQarinaErrors(context, serviceWorker);
  const page = await context.newPage();
  await page.goto(`${demo.url}/hostile/host-removal.html`);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __removed: number }).__removed))
    .toBeGreaterThan(0);
  await expect.poll(() => highlighted(page)).toEqual(['Wang Yi', 'Murat Nurtleu', 'Almaty']);
  expect(await hostCount(page)).toBe(0);
  await page.evaluate(() => (window as unknown as { __stopRemoving(): void }).__stopRemoving());
  await hoverMention(page, 'Almaty');
  await expect(page.locator(CARD).locator('.qc-title')).toHaveText('Almaty');
  expect(await hostCount(page)).toBe(1);
  const { before, now } = await domBeforeAndNow(page);
  expect(now).toBe(before);
  expect(errors).toEqual([]);
});

test('same-origin, cross-origin and about:blank frames are each highlighted in their own document, untouched', async ({
  context,
  demo,
  serviceWorker,
}) => {
  const errors = collectQarinaErrors(context, serviceWorker);
  const page = await openReady(context, `${demo.url}/hostile/frames.html`);
  const frame = (selector: string) =>
    page
      .locator(selector)
      .elementHandle()
      .then((h) => h!.contentFrame().then((f) => f!));
  await expect.poll(() => highlighted(page)).toEqual(['Wang Yi']);
  for (const selector of ['#same', '#cross']) {
    const inner = await frame(selector);
    await expect.poll(() => highlighted(inner)).toEqual(['United Nations', 'Almaty']);
    const { before, now } = await domBeforeAndNow(inner);
    expect(now).toBe(before);
  }
  expect(new URL((await frame('#cross')).url()).hostname).toBe('localhost');
  const blank = await frame('#blank');
  await expect.poll(() => highlighted(blank)).toEqual(['Murat Nurtleu']);
  const blankBody = await blank.evaluate(() => document.body.innerHTML);
  expect(blankBody.replace(/<qarina-ui[^]*<\/qarina-ui>/, '')).toBe(
    '<p id="in-blank">Murat Nurtleu wrote from about:blank.</p>',
  );
  const { before, now } = await domBeforeAndNow(page);
  expect(now).toBe(before);
  expect(errors).toEqual([]);
});
