import type { ConsoleMessage, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { collectQarinaErrors, domBeforeAndNow, highlighted, hostCount } from './hostile-page';
import { CARD, hoverMention } from './qarina-page';

/**
 * scripts/demo/hostile/host-removal.html removes every element of <html> it did not create: at
 * once, `__removeLater(ms)` after it appears, or in one pass (`__removeOnce()`), until
 * `__stopRemoving()`. Qarina notices its host is gone, puts a fresh one back while a card is
 * wanted (the pointer or focus on its mention), backs off when the page keeps removing it, and its
 * marks follow what is on screen.
 */
type HostilePage = {
  __removed: number;
  __stopRemoving(): void;
  __removeOnce(): void;
  __removeLater(ms: number): void;
  __oldHost?: Element | null;
};
const removed = (page: Page) => page.evaluate(() => (window as unknown as HostilePage).__removed);
const activeMarks = (page: Page) => highlighted(page, 'qarina-active');

/** Hosts on the page and the mentions marked active, read in one go. */
const screenState = (page: Page) =>
  page.evaluate(() => ({
    hosts: document.querySelectorAll('qarina-ui').length,
    active: [...(CSS.highlights.get('qarina-active') ?? [])].map((r) => (r as Range).toString()),
  }));
const title = (page: Page) => page.locator(CARD).locator('.qc-title');

/** The page, once Qarina has painted its names (its host was removed at once, as it appeared). */
async function openHostile(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect.poll(() => removed(page)).toBeGreaterThan(0);
  await expect.poll(() => highlighted(page)).toEqual(['Wang Yi', 'Murat Nurtleu', 'Almaty']);
}

test('the page removes the open card’s host: with the pointer still on the name, the card comes back in a fresh host', async ({
  context,
  demo,
  serviceWorker,
}) => {
  const errors = collectQarinaErrors(context, serviceWorker);
  const page = await context.newPage();
  await openHostile(page, `${demo.url}/hostile/host-removal.html`);
  await page.evaluate(() => (window as unknown as HostilePage).__stopRemoving());
  await hoverMention(page, 'Almaty');
  await expect(title(page)).toHaveText('Almaty');
  expect(await activeMarks(page)).toEqual(['Almaty']);
  await page.evaluate(() => {
    const w = window as unknown as HostilePage;
    w.__oldHost = document.querySelector('qarina-ui');
    w.__removeOnce();
  });
  await expect(title(page)).toHaveText('Almaty');
  expect(
    await page.evaluate(
      () => document.querySelector('qarina-ui') !== (window as unknown as HostilePage).__oldHost,
    ),
  ).toBe(true);
  expect(await hostCount(page)).toBe(1);
  expect(await activeMarks(page)).toEqual(['Almaty']);
  const { before, now } = await domBeforeAndNow(page);
  expect(now).toBe(before);
  expect(errors).toEqual([]);
});

test('moving off the name as the page removes the card, and back within the close delay, brings the card back', async ({
  context,
  demo,
}) => {
  const page = await context.newPage();
  await openHostile(page, `${demo.url}/hostile/host-removal.html`);
  await page.evaluate(() => (window as unknown as HostilePage).__stopRemoving());
  const point = await hoverMention(page, 'Almaty');
  await expect(title(page)).toHaveText('Almaty');
  await page.mouse.move(point.x, point.y + 200);
  await page.evaluate(() => (window as unknown as HostilePage).__removeOnce());
  await page.mouse.move(point.x, point.y, { steps: 2 });
  await expect(title(page)).toHaveText('Almaty');
  expect(await activeMarks(page)).toEqual(['Almaty']);
});

test('a page that removes the host in a loop: Qarina backs off, says so once in the debug log, and shows no active mark without a card', async ({
  context,
  demo,
  serviceWorker,
}) => {
  const errors = collectQarinaErrors(context, serviceWorker);
  const page = await context.newPage();
  const debug: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'debug' && m.text().startsWith('[qarina]')) debug.push(m.text());
  });
  await openHostile(page, `${demo.url}/hostile/host-removal.html`);
  // Removed at once: no card can show, and no mention may look active.
  await hoverMention(page, 'Almaty');
  await expect.poll(() => removed(page)).toBeGreaterThan(1);
  expect(await screenState(page)).toEqual({ hosts: 0, active: [] });
  await expect.poll(() => removed(page)).toBeGreaterThan(3); // put back, and removed, again
  expect(await screenState(page)).toEqual({ hosts: 0, active: [] });
  // Removed 100 ms after each attach (the card flashes): the waits grow, so removals slow down.
  await page.evaluate(() => (window as unknown as HostilePage).__removeLater(100));
  await page.waitForTimeout(2000);
  const early = await removed(page);
  await page.waitForTimeout(3000);
  const late = await removed(page);
  expect(late - early).toBeLessThanOrEqual(2); // the wait has reached 1.6 s or more
  const state = await screenState(page);
  expect(state.active).toEqual(state.hosts === 0 ? [] : ['Almaty']);
  expect(debug).toHaveLength(1);
  expect(debug[0]).toMatch(/keeps removing/);
  // The page stops: the card, still wanted, comes back after the current wait (at most 30 s).
  await page.evaluate(() => (window as unknown as HostilePage).__stopRemoving());
  await expect(title(page)).toHaveText('Almaty', { timeout: 20_000 });
  expect(await activeMarks(page)).toEqual(['Almaty']);
  const { before, now } = await domBeforeAndNow(page);
  expect(now).toBe(before);
  expect(errors).toEqual([]);
});
